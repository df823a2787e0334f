import { builtinModules } from "node:module";
import { gzipSync } from "node:zlib";
import { build, version as esbuildVersion, type Plugin } from "esbuild";
import { benchDir } from "./locations.ts";
import { measuredNow } from "./measured.ts";
import { officialSdks, packageOf } from "./subjects.ts";

/**
 * Each entry only creates one connection (the call is exported, so nothing is tree-shaken away)
 * and is bundled for the browser as ESM, minified, then gzipped at level 9.
 */
const datagridDescriptor = `{
  vendor: "datagrid", envPrefix: "DATAGRID", defaultBaseUrl: "https://api.datagrid.com/v1",
  auth: [{ type: "bearer", option: "apiKey", env: "DATAGRID_API_KEY" }],
  headers: [{ header: "Datagrid-Teamspace", option: "teamspace", env: "DATAGRID_TEAMSPACE_ID" }],
}`;

export const bundleEntries: Record<string, string> = {
  "plain fetch": `export const start = () =>
  fetch("https://api.datagrid.com/v1/connections", {
    method: "POST",
    headers: { authorization: "Bearer key", "content-type": "application/json" },
    body: JSON.stringify({ connector_id: "google_drive" }),
  }).then((response) => response.json());`,
  "openapi-fetch": `import createClient from "openapi-fetch";
const descriptor = ${datagridDescriptor};
const client = createClient({ baseUrl: descriptor.defaultBaseUrl, headers: { authorization: "Bearer key" } });
export const start = () => client.POST("/connections", { body: { connector_id: "google_drive" } });`,
  // The runtime over openapi-fetch with the very same descriptor data: what the runtime adds.
  "@patchbay/runtime": `import { createVendorClient } from "@patchbay/runtime";
const descriptor = ${datagridDescriptor};
const client = createVendorClient(descriptor, { apiKey: "key" });
export const start = () => client.POST("/connections", { body: { connector_id: "google_drive" } });`,
  [packageOf("datagrid")]: `import { createClient } from "@patchbay/datagrid";
export const start = () => createClient({ apiKey: "key" }).POST("/connections", { body: { connector_id: "google_drive" } });`,
  [packageOf("supermemory")]: `import { createClient } from "@patchbay/supermemory";
export const start = () => createClient({ apiKey: "key" }).POST("/v3/connections/{provider}", {
  params: { path: { provider: "notion" } }, body: { redirectUrl: "https://app.example.com/callback" } });`,
  [packageOf("polytomic")]: `import { createClient } from "@patchbay/polytomic";
export const start = () => createClient({ apiKey: "key" }).POST("/api/connections/connect", {
  body: { name: "Salesforce Connection", redirect_url: "https://app.example.com/done" } });`,
  [packageOf("agentstack")]: `import { createClient } from "@patchbay/agentstack";
export const start = () => createClient({ baseUrl: "https://agentstack.example.com", username: "u", password: "p" })
  .POST("/api/v1/connectors", { body: { url: "https://mcp.example.com/mcp" } });`,
  [packageOf("chartbrew")]: `import { createClient } from "@patchbay/chartbrew";
export const start = () => createClient({ apiKey: "key" }).POST("/team/{team_id}/connections", {
  params: { path: { team_id: "42" } }, body: { name: "Warehouse", type: "postgres", team_id: 42 } });`,
  // All five vendors are in connect's registry whichever one is called.
  "@patchbay/connect": `import { createPatchbay } from "@patchbay/connect";
export const start = () => createPatchbay({ datagrid: { apiKey: "key" } })
  .connect("datagrid", { body: { connector_id: "google_drive" } });`,
  [officialSdks.datagrid.name]: `import Datagrid from "datagrid-ai";
export const start = () => new Datagrid({ apiKey: "key" }).connections.create({ connector_id: "google_drive" });`,
  [officialSdks.supermemory.name]: `import Supermemory from "supermemory";
export const start = () => new Supermemory({ apiKey: "key" }).connections.create("notion", { redirectUrl: "https://app.example.com/callback" });`,
  [officialSdks.polytomic.name]: `import { PolytomicClient } from "polytomic";
export const start = () => new PolytomicClient({ token: "key" }).connections.connect({
  name: "Salesforce Connection", redirect_url: "https://app.example.com/done" });`,
};

export interface BundleSize {
  subject: string;
  minBytes: number;
  gzipBytes: number;
  /** Node built-ins the subject imports, replaced by empty modules as a browser bundler would. */
  stubbedBuiltins: string[];
}

export interface BundleResults {
  measuredAt: string;
  loadAverage: number;
  esbuild: string;
  sizes: BundleSize[];
  /** What `@patchbay/runtime` adds over openapi-fetch alone, same descriptor, min+gz bytes. */
  runtimeOverOpenapiFetchBytes: number;
}

const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** Node built-ins resolve to an empty module (webpack's `fallback: false`), and are recorded. */
function stubBuiltins(stubbed: Set<string>): Plugin {
  return {
    name: "stub-node-builtins",
    setup(build) {
      build.onResolve({ filter: /^[a-z:_/]+$/ }, ({ path }) => {
        if (!builtins.has(path)) return undefined;
        stubbed.add(path.replace(/^node:/, ""));
        return { path, namespace: "stubbed-builtin" };
      });
      build.onLoad({ filter: /.*/, namespace: "stubbed-builtin" }, () => ({
        contents: "export default {};",
      }));
    },
  };
}

export async function measureBundle(
  contents: string,
): Promise<
  Omit<BundleSize, "subject"> & { code: Uint8Array; bytesBySource: Record<string, number> }
> {
  const stubbed = new Set<string>();
  const result = await build({
    metafile: true,
    stdin: { contents, resolveDir: benchDir, loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
    plugins: [stubBuiltins(stubbed)],
  });
  const code = (result.outputFiles[0] as { contents: Uint8Array }).contents;
  const [output] = Object.values(result.metafile.outputs);
  return {
    code,
    /** Minified bytes each input file puts in the bundle. */
    bytesBySource: Object.fromEntries(
      Object.entries(output?.inputs ?? {}).map(([file, { bytesInOutput }]) => [
        file,
        bytesInOutput,
      ]),
    ),
    minBytes: code.length,
    gzipBytes: gzipSync(code, { level: 9 }).length,
    stubbedBuiltins: [...stubbed].sort(),
  };
}

export async function runBundleSize(): Promise<BundleResults> {
  const started = measuredNow();
  const sizes: BundleSize[] = [];
  for (const [subject, contents] of Object.entries(bundleEntries)) {
    const { code: _code, bytesBySource: _bySource, ...size } = await measureBundle(contents);
    sizes.push({ subject, ...size });
    console.log(`  bundle ${subject}: ${size.gzipBytes} B min+gz`);
  }
  const gzipOf = (subject: string) =>
    sizes.find((size) => size.subject === subject)?.gzipBytes ?? 0;
  return {
    ...started,
    esbuild: esbuildVersion,
    sizes,
    runtimeOverOpenapiFetchBytes: gzipOf("@patchbay/runtime") - gzipOf("openapi-fetch"),
  };
}
