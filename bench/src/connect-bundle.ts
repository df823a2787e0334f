// What a browser loads for an app that only calls connect("datagrid"): esbuild (browser ESM,
// minified, code splitting on) bundles the app; the call loads the entry chunk, its static
// imports, and the chunks its import of datagrid's vendor module loads. Their bytes are set
// against `@patchbay/datagrid`'s own create call, bundled the same way.
import { join, relative, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Metafile, type Plugin } from "esbuild";
import { runtimeEntrySource, type SourceBytes, stubBuiltins } from "./bundle-size.ts";
import { CALLED_VENDOR, packageDirOf } from "./connect-catalogs.ts";
import { sourceLabel } from "./connect-sources.ts";
import { repositoryRoot } from "./locations.ts";

/** The app: one connection started through connect's main entry (every vendor loaded on first use), nothing else. */
export const connectApp = `import { createPatchbay } from "@patchbay/connect";
export const start = () => createPatchbay({ ${CALLED_VENDOR}: { apiKey: "key" } })
  .connect("${CALLED_VENDOR}", { body: { connector_id: "google_drive" } });`;

/**
 * The same call through `@patchbay/connect/core`: the app passes the one vendor it uses (its
 * definition imported from `@patchbay/connect/vendors/<vendor>`), so its bundle holds no catalog.
 * The import name is the vendor's name (a valid identifier for the called vendor).
 */
export const connectCoreApp = `import { createPatchbay } from "@patchbay/connect/core";
import { ${CALLED_VENDOR} } from "@patchbay/connect/vendors/${CALLED_VENDOR}";
export const start = () => createPatchbay({ vendors: { ${CALLED_VENDOR} }, ${CALLED_VENDOR}: { apiKey: "key" } })
  .connect("${CALLED_VENDOR}", { body: { connector_id: "google_drive" } });`;

/** Connect's two apps: through its main entry, and through `/core` with the vendor passed in. */
export type ConnectAppKind = "main" | "core";
export const connectApps: Record<ConnectAppKind, string> = {
  main: connectApp,
  core: connectCoreApp,
};

/** The baseline: the same call on `@patchbay/datagrid` itself. */
export const vendorApp = `import { createClient } from "@patchbay/${CALLED_VENDOR}";
export const start = () => createClient({ apiKey: "key" })
  .POST("/connections", { body: { connector_id: "google_drive" } });`;

type Outputs = Metafile["outputs"];

/** `start` and every output it imports statically, transitively: what loads with it. */
export function staticClosure(outputs: Outputs, start: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const { path, kind } of outputs[file]?.imports ?? [])
      if (kind === "import-statement") visit(path);
  };
  visit(start);
  return [...seen];
}

/**
 * The outputs the call loads, in load order: the entry's static closure, then that of each chunk
 * it imports dynamically (from any file of that closure) whose closure holds an input of the
 * called vendor's package. With no dynamic import at all (a vendor package alone), the entry's
 * closure; with dynamic imports and none of them the vendor's, an error.
 */
export function loadedByCall(
  outputs: Outputs,
  isCalledInput: (input: string) => boolean,
  entryPoint = "<stdin>",
): string[] {
  const entry = Object.keys(outputs).find((file) => outputs[file]?.entryPoint === entryPoint);
  if (entry === undefined) throw new Error(`no output for the entry point ${entryPoint}`);
  const withEntry = staticClosure(outputs, entry);
  const holdsCalled = (file: string) =>
    Object.keys(outputs[file]?.inputs ?? {}).some(isCalledInput);
  // The app imports the vendor itself (`@patchbay/connect/core` with `vendors`): nothing to follow.
  if (withEntry.some(holdsCalled)) return withEntry;
  const dynamic = [
    ...new Set(
      withEntry.flatMap((file) =>
        (outputs[file]?.imports ?? [])
          .filter(({ kind }) => kind === "dynamic-import")
          .map(({ path }) => path),
      ),
    ),
  ];
  if (dynamic.length === 0) return withEntry;
  const called = dynamic
    .map((chunk) => staticClosure(outputs, chunk))
    .filter((closure) => closure.some(holdsCalled));
  if (called.length === 0)
    throw new Error("none of the entry's dynamic imports loads the called vendor's package");
  return [...new Set([...withEntry, ...called.flat()])];
}

/** Minified bytes per input file over `files` (esbuild's `bytesInOutput`), largest first. */
export function bytesByInput(outputs: Outputs, files: readonly string[]): SourceBytes[] {
  const totals = new Map<string, number>();
  for (const file of files)
    for (const [input, { bytesInOutput }] of Object.entries(outputs[file]?.inputs ?? {}))
      totals.set(input, (totals.get(input) ?? 0) + bytesInOutput);
  return [...totals]
    .filter(([, minBytes]) => minBytes > 0)
    .map(([file, minBytes]) => ({ file, minBytes }))
    .sort((a, b) => b.minBytes - a.minBytes || a.file.localeCompare(b.file));
}

export interface BundleFigures {
  files: number;
  /** Minified bytes, summed over the files. */
  minBytes: number;
  /** Each file gzipped at level 9, summed: what a browser downloads for them. */
  gzipBytes: number;
}

export interface CallBundle {
  /** What the call loads. */
  loaded: BundleFigures & { outputs: string[] };
  /** Every file esbuild emitted (every vendor's chunk too). */
  all: BundleFigures;
  stubbedBuiltins: string[];
}

const figuresOf = (files: readonly string[], contents: Map<string, Uint8Array>): BundleFigures => ({
  files: files.length,
  minBytes: files.reduce((sum, file) => sum + (contents.get(file)?.length ?? 0), 0),
  gzipBytes: files.reduce(
    (sum, file) => sum + gzipSync(contents.get(file) ?? new Uint8Array(), { level: 9 }).length,
    0,
  ),
});

/** The called vendor's own package (the repository's, links resolved as esbuild resolves them). */
const isCalledPackage = (dir: string) => (input: string) =>
  resolve(dir, input).startsWith(packageDirOf(CALLED_VENDOR) + sep);

async function bundle(contents: string, dir: string, plugins: Plugin[] = []) {
  const stubbed = new Set<string>();
  const result = await build({
    stdin: { contents, resolveDir: dir, loader: "ts" },
    absWorkingDir: dir,
    bundle: true,
    splitting: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    outdir: join(dir, "out"),
    write: false,
    metafile: true,
    logLevel: "silent",
    plugins: [...plugins, stubBuiltins(stubbed)],
  });
  const files = new Map(
    result.outputFiles.map((file) => [
      relative(dir, file.path).replaceAll("\\", "/"),
      file.contents,
    ]),
  );
  return { outputs: result.metafile.outputs, files, stubbed: [...stubbed].sort() };
}

/** `app` bundled from `dir` (where its imports resolve): what the call loads, and everything emitted. */
export async function measureCall(app: string, dir: string): Promise<CallBundle> {
  const { outputs, files, stubbed } = await bundle(app, dir);
  const loaded = loadedByCall(outputs, isCalledPackage(dir));
  const emitted = Object.keys(outputs).filter((file) => file.endsWith(".js"));
  return {
    loaded: { ...figuresOf(loaded, files), outputs: loaded },
    all: figuresOf(emitted, files),
    stubbedBuiltins: stubbed,
  };
}

/** Resolves the exact specifiers to these files (a package's sources instead of its dist/). */
const fromSources = (files: Record<string, string>): Plugin => ({
  name: "from-sources",
  setup(build) {
    build.onResolve({ filter: /^@patchbay\// }, ({ path }) =>
      files[path] ? { path: files[path] } : undefined,
    );
  },
});

/**
 * What the call's loaded bytes are made of, by source file: the same app (connect's main entry's,
 * or `/core`'s) bundled from the catalog's connect sources (`src/`, its generated catalog and
 * vendor modules) and the runtime's (`packages/runtime/src/`) instead of their built files, so
 * that each file shows; the vendor package and openapi-fetch as built. Minified bytes before
 * gzip, largest first.
 */
export async function loadedBytesBySource(
  dir: string,
  catalog?: { root: string; connectDir: string },
  app: ConnectAppKind = "main",
): Promise<{ sources: SourceBytes[]; loaded: BundleFigures }> {
  // the browser build's source entry (the runtime's `browser` export condition), as the apps above resolve
  const runtime = join(repositoryRoot, "packages", "runtime", "src", runtimeEntrySource.browser);
  const connectSource = (file: string) => join(catalog?.connectDir ?? "", "src", file);
  // Without a catalog: the baseline, `@patchbay/<vendor>`'s own call, its runtime from sources too.
  const { outputs, files } = await bundle(catalog ? connectApps[app] : vendorApp, dir, [
    fromSources({
      "@patchbay/runtime": runtime,
      ...(catalog && {
        "@patchbay/connect": connectSource("index.ts"),
        "@patchbay/connect/core": connectSource("core.ts"),
        [`@patchbay/connect/vendors/${CALLED_VENDOR}`]: connectSource(
          join("vendors", `${CALLED_VENDOR}.ts`),
        ),
      }),
    }),
  ]);
  const loaded = loadedByCall(outputs, isCalledPackage(dir));
  return {
    sources: bytesByInput(outputs, loaded).map(({ file, minBytes }) => ({
      file: sourceLabel(resolve(dir, file), catalog?.root),
      minBytes,
    })),
    loaded: figuresOf(loaded, files),
  };
}
