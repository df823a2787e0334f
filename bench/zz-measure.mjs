import { build } from "esbuild";
import { gzipSync } from "node:zlib";
const src = process.argv[2] ?? "/work/main/packages/runtime/src/index.ts";
const contents = `import { createVendorClient } from ${JSON.stringify(src)};
const descriptor = {
  vendor: "datagrid", envPrefix: "DATAGRID", defaultBaseUrl: "https://api.datagrid.com/v1",
  auth: [{ type: "bearer", option: "apiKey", env: "DATAGRID_API_KEY" }],
  headers: [{ header: "Datagrid-Teamspace", option: "teamspace", env: "DATAGRID_TEAMSPACE_ID" }],
};
const client = createVendorClient(descriptor, { apiKey: "key" });
export const start = () => client.POST("/connections", { body: { connector_id: "google_drive" } });`;
const r = await build({ metafile: true, stdin: { contents, resolveDir: "/work/main/packages/runtime", loader: "ts" }, bundle: true, minify: true, format: "esm", platform: "browser", target: "es2022", write: false, logLevel: "error", conditions: process.env.COND ? process.env.COND.split(",") : undefined });
const code = r.outputFiles[0].contents;
console.log("min", code.length, "gz", gzipSync(code, { level: 9 }).length);
const [o] = Object.values(r.metafile.outputs);
if (process.env.V) for (const [f, { bytesInOutput }] of Object.entries(o.inputs).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput)) console.log(bytesInOutput, f.replace(/.*\/(packages|node_modules)\//, ""));
if (process.env.OUT) (await import("node:fs")).writeFileSync(process.env.OUT, code);
