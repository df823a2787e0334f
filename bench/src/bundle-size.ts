import { builtinModules } from "node:module";
import { join, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { registry } from "@patchbay/connect/registry";
import { dummyCredentialOptions } from "@patchbay/test-support/dummy-credentials";
import { build, version as esbuildVersion, type Plugin } from "esbuild";
import { type CreateInput, createInputs } from "./create-inputs.ts";
import { type DocumentStat, documentStats } from "./document-stats.ts";
import { benchDir, repositoryRoot } from "./locations.ts";
import { measuredNow } from "./measured.ts";
import {
  type BigDocumentVendor,
  bigDocumentCalls,
  bigDocumentVendors,
  bigDocumentVendorsOutsideRegistry,
  createOperationOf,
  isBigDocumentVendor,
  officialSdks,
  packageOf,
  SMALL_DOCUMENT_VENDOR,
  type Vendor,
  vendors,
} from "./subjects.ts";
import {
  connectDir,
  importVendorPackage,
  vendorLinksDir,
  writeVendorLinks,
} from "./vendor-packages.ts";

/**
 * Each entry only creates one connection (the call is exported, so nothing is tree-shaken away)
 * and is bundled for the browser as ESM, minified, then gzipped at level 9.
 */
const datagridDescriptor = `{
  vendor: "datagrid", envPrefix: "DATAGRID", defaultBaseUrl: "https://api.datagrid.com/v1",
  auth: [{ type: "bearer", option: "apiKey", env: "DATAGRID_API_KEY" }],
  headers: [{ header: "Datagrid-Teamspace", option: "teamspace", env: "DATAGRID_TEAMSPACE_ID" }],
}`;

/** What a user of `@patchbay/<vendor>` bundles: one create-connection call, its document's example. */
function vendorEntry(vendor: Vendor, input: CreateInput): string {
  const options = dummyCredentialOptions(registry[vendor].descriptor);
  const { method, path } = createOperationOf(vendor);
  return `import { createClient } from "${packageOf(vendor)}";
export const start = () => createClient(${JSON.stringify(options)}).${method.toUpperCase()}(${JSON.stringify(path)}, ${JSON.stringify(input)});`;
}

/**
 * A user of `@patchbay/<vendor>` of a big document (in connect's registry or not): the same
 * shape, its create-connection call with a fixed input (`bigDocumentCalls`).
 */
async function bigDocumentEntry(vendor: BigDocumentVendor): Promise<string> {
  const { descriptor } = (await importVendorPackage(vendor)) as {
    descriptor: Parameters<typeof dummyCredentialOptions>[0];
  };
  const { method, path, input } = bigDocumentCalls[vendor];
  return `import { createClient } from "${packageOf(vendor)}";
export const start = () => createClient(${JSON.stringify(dummyCredentialOptions(descriptor))}).${method.toUpperCase()}(${JSON.stringify(path)}, ${JSON.stringify(input)});`;
}

/**
 * Every vendor package of the registry, the packages of big documents that are there (Plaid's,
 * Stripe's), then the fixed subjects below.
 */
export async function allBundleEntries(): Promise<Record<string, string>> {
  const inputs = await createInputs();
  const [plain, openapiFetch, runtime, ...rest] = Object.entries(bundleEntries);
  return Object.fromEntries([
    ...([plain, openapiFetch, runtime] as [string, string][]),
    // A big document's vendor, in the registry or not, with its fixed call; each package once.
    ...(await Promise.all(
      [...vendors, ...bigDocumentVendorsOutsideRegistry].map(async (vendor) => [
        packageOf(vendor),
        isBigDocumentVendor(vendor)
          ? await bigDocumentEntry(vendor)
          : vendorEntry(vendor, inputs[vendor as Vendor]),
      ]),
    )),
    ...rest,
  ]);
}

/** The subjects compared on one vendor (Datagrid, which has an official SDK): fixed entries. */
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
  // Every vendor is in connect's registry whichever one is called.
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

/**
 * A build an app's bundler makes: `browser` (esbuild platform browser: the `browser` export
 * condition), `worker` (the same with the `workerd` and `worker` conditions first, as wrangler
 * bundles a Worker), `node` (platform node: the `node` condition, Node built-ins left external).
 */
export type BuildKind = "browser" | "worker" | "node";
export const BUILD_KINDS: readonly BuildKind[] = ["browser", "worker", "node"];

export interface BundleSize {
  subject: string;
  /** The browser build's. */
  minBytes: number;
  gzipBytes: number;
  /** Node built-ins the subject imports, replaced by empty modules as a browser bundler would. */
  stubbedBuiltins: string[];
  /** The other builds' bytes (older results have none). */
  builds?: Partial<Record<Exclude<BuildKind, "browser">, { minBytes: number; gzipBytes: number }>>;
}

export interface BundleResults {
  measuredAt: string;
  loadAverage: number;
  esbuild: string;
  sizes: BundleSize[];
  /** What `@patchbay/runtime` adds over openapi-fetch alone, same descriptor, min+gz bytes. */
  runtimeOverOpenapiFetchBytes: number;
  /** The `@patchbay/runtime` entry's minified bytes by runtime source file, largest first (browser build). */
  runtimeBytesBySource?: SourceBytes[];
  /** The same for each build (older results have none). */
  runtimeBytesByBuild?: Partial<Record<BuildKind, SourceBytes[]>>;
  /** The documents of the small-document baseline and the big documents measured beside it. */
  documents?: DocumentStat[];
}

export interface SourceBytes {
  /** Relative to the repository root, e.g. `packages/runtime/src/client.ts`. */
  file: string;
  /** Minified bytes the file puts in the bundle (esbuild's `bytesInOutput`), before gzip. */
  minBytes: number;
}

const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** Node built-ins resolve to an empty module (webpack's `fallback: false`), and are recorded. */
export function stubBuiltins(stubbed: Set<string>): Plugin {
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
  kind: BuildKind = "browser",
): Promise<
  Omit<BundleSize, "subject" | "builds"> & {
    code: Uint8Array;
    bytesBySource: Record<string, number>;
  }
> {
  const stubbed = new Set<string>();
  const result = await build({
    ...(kind === "worker" && { conditions: ["workerd", "worker"] }),
    metafile: true,
    stdin: { contents, resolveDir: benchDir, loader: "ts" },
    // Our vendor packages resolve through links to packages/<vendor> (bench lists none of them),
    // else as @patchbay/connect's dependencies.
    nodePaths: [join(vendorLinksDir, "node_modules"), join(connectDir, "node_modules")],
    bundle: true,
    minify: true,
    format: "esm",
    platform: kind === "node" ? "node" : "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
    plugins: kind === "node" ? [] : [stubBuiltins(stubbed)],
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

const runtimeSrc = join(repositoryRoot, "packages", "runtime", "src");

/** The runtime's source entry each build takes (its package.json export conditions). */
export const runtimeEntrySource: Record<BuildKind, string> = {
  browser: "index-browser.ts",
  worker: "index.ts",
  node: "index-node.ts",
};

/**
 * The `@patchbay/runtime` entry bundled from the runtime's sources instead of its built file (one
 * file, so esbuild's metafile could not tell its parts apart): each runtime source file's minified
 * bytes in that bundle, largest first. The entry's other inputs (openapi-fetch, the entry itself)
 * are left out.
 */
export async function runtimeBytesBySource(kind: BuildKind = "browser"): Promise<SourceBytes[]> {
  const entry = bundleEntries["@patchbay/runtime"] as string;
  const fromSource = entry.replace(
    '"@patchbay/runtime"',
    JSON.stringify(join(runtimeSrc, runtimeEntrySource[kind])),
  );
  if (fromSource === entry)
    throw new Error('bundle-size.ts: the runtime entry imports no "@patchbay/runtime"');
  const { bytesBySource } = await measureBundle(fromSource, kind);
  return Object.entries(bytesBySource)
    .map(([file, minBytes]) => ({ file: resolve(file), minBytes }))
    .filter(({ file }) => file.startsWith(`${runtimeSrc}/`))
    .map(({ file, minBytes }) => ({ file: relative(repositoryRoot, file), minBytes }))
    .sort((a, b) => b.minBytes - a.minBytes || a.file.localeCompare(b.file));
}

export async function runBundleSize(): Promise<BundleResults> {
  const started = measuredNow();
  writeVendorLinks();
  const sizes: BundleSize[] = [];
  for (const [subject, contents] of Object.entries(await allBundleEntries())) {
    const { code: _code, bytesBySource: _bySource, ...size } = await measureBundle(contents);
    const builds: NonNullable<BundleSize["builds"]> = {};
    for (const kind of ["worker", "node"] as const) {
      const { minBytes, gzipBytes } = await measureBundle(contents, kind);
      builds[kind] = { minBytes, gzipBytes };
    }
    sizes.push({ subject, ...size, builds });
    console.log(
      `  bundle ${subject}: ${size.gzipBytes} B min+gz (worker ${builds.worker?.gzipBytes} B, node ${builds.node?.gzipBytes} B)`,
    );
  }
  const runtimeBytesByBuild: NonNullable<BundleResults["runtimeBytesByBuild"]> = {};
  for (const kind of BUILD_KINDS) runtimeBytesByBuild[kind] = await runtimeBytesBySource(kind);
  const gzipOf = (subject: string) =>
    sizes.find((size) => size.subject === subject)?.gzipBytes ?? 0;
  return {
    ...started,
    esbuild: esbuildVersion,
    sizes,
    runtimeOverOpenapiFetchBytes: gzipOf("@patchbay/runtime") - gzipOf("openapi-fetch"),
    runtimeBytesBySource: runtimeBytesByBuild.browser,
    runtimeBytesByBuild,
    documents: await documentStats(undefined, [SMALL_DOCUMENT_VENDOR, ...bigDocumentVendors]),
  };
}
