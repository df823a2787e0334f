// What the runtime adds, min+gzip, to a browser ESM bundle of one vendor's create-connection
// POST, on top of the same POST through openapi-fetch alone.
// Usage: pnpm --filter @patchbay/runtime build && node packages/runtime/scripts/size.mjs
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
const target = 1536;

// The vendor's descriptor is data every vendor bundle carries, so both entries have it.
const descriptor = `export const descriptor = {
  vendor: "datagrid", envPrefix: "DATAGRID", defaultBaseUrl: "https://api.example.com",
  auth: [{ type: "bearer", option: "apiKey", env: "DATAGRID_API_KEY" }], headers: [],
};`;
const post = `export const start = () => client.POST("/connections", { body: { connector_id: "google_drive" } });`;

const entries = {
  "openapi-fetch": `import createClient from "openapi-fetch";
${descriptor}
const client = createClient({ baseUrl: descriptor.defaultBaseUrl, headers: { Authorization: "Bearer key" } });
${post}`,
  "@patchbay/runtime": `import { createVendorClient } from "./dist/index.js";
${descriptor}
const client = createVendorClient(descriptor, { apiKey: "key" });
${post}`,
};

const bundle = (contents, metafile = false) =>
  build({
    stdin: { contents, resolveDir: root, loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    metafile,
  });

const sizes = {};
for (const [name, contents] of Object.entries(entries)) {
  const code = (await bundle(contents)).outputFiles[0].contents;
  sizes[name] = { min: code.length, "min+gz": gzipSync(code, { level: 9 }).length };
}
console.table(sizes);

// Minified bytes per source file (from src/, so the files show), to see where the size goes.
const bySource = await bundle(
  entries["@patchbay/runtime"].replace("./dist/index.js", "./src/index.ts"),
  true,
);
const inputs = Object.values(bySource.metafile.outputs)[0].inputs;
console.table(
  Object.fromEntries(
    Object.entries(inputs)
      .filter(([file]) => file.includes("runtime/src/"))
      .map(([file, { bytesInOutput }]) => [file, { min: bytesInOutput }]),
  ),
);

const added = sizes["@patchbay/runtime"]["min+gz"] - sizes["openapi-fetch"]["min+gz"];
console.log(
  `runtime adds ${added} B min+gz (${(added / 1024).toFixed(2)} KiB; target ≤ ${target} B)`,
);
