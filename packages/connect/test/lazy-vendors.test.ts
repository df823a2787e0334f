// @patchbay/connect does not grow with the catalog: its main entry loads a vendor's module (and
// package) only on that vendor's first use, and a type-check loads only the vendors an app names.
// Both are read from the built package, as an app would use it: an esbuild bundle's import graph
// and the files of a TypeScript program. Nothing here is timed.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { vendorNames } from "../src/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = join(here, "..");
const fixtures = join(here, "fixtures/one-vendor-app");
const root = join(packageDir, "../..");
const vendorPackage = /^packages\/(?!connect\/|runtime\/)([a-z0-9-]+)\//;
/** The vendor whose package holds `file` (a path from `from`), if any. */
const vendorOf = (file: string, from = root): string | undefined =>
  vendorPackage.exec(relative(root, resolve(from, file)).replaceAll("\\", "/"))?.[1];

let bundled: ReturnType<typeof bundleOneVendorApp> | undefined;
/** The browser bundle of an app that only calls `connect("datagrid")`, made once for the tests below. */
const oneVendorAppBundle = () => {
  bundled ??= bundleOneVendorApp();
  return bundled;
};
const bundleOneVendorApp = () =>
  build({
    stdin: {
      contents: `import { createPatchbay } from "@patchbay/connect";
export const start = () => createPatchbay({ datagrid: { apiKey: "key" } })
  .connect("datagrid", { body: { connector_id: "google_drive" } });`,
      resolveDir: packageDir,
      sourcefile: "app.ts",
    },
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "browser",
    outdir: join(packageDir, ".tmp/lazy-bundle"),
    write: false,
    metafile: true,
    logLevel: "silent",
    external: ["node:*"],
    // Not this package's tsconfig, whose paths map @patchbay/connect to src/: the built package.
    tsconfigRaw: {},
  });

describe("the main entry loads a vendor only when it is first used", () => {
  it("an app that connects to datagrid bundles every vendor module apart, loaded on demand", async () => {
    const result = await oneVendorAppBundle();
    // The built entry, as an app resolves it (never the source).
    expect(Object.keys(result.metafile.inputs)).toContain("dist/index.js");
    const outputs = result.metafile.outputs;
    const entry = Object.entries(outputs).find(
      ([, output]) => output.entryPoint === "app.ts",
    )?.[0] as string;
    // What loads with the entry: its static imports, transitively.
    const loadedWith = (file: string, seen = new Set<string>()): Set<string> => {
      seen.add(file);
      for (const { path, kind } of outputs[file]?.imports ?? [])
        if (kind === "import-statement" && !seen.has(path)) loadedWith(path, seen);
      return seen;
    };
    const vendorsIn = (files: Set<string>) =>
      new Set(
        [...files].flatMap((file) =>
          Object.keys(outputs[file]?.inputs ?? {}).flatMap(
            (input) => vendorOf(input, process.cwd()) ?? [],
          ),
        ),
      );
    expect([...vendorsIn(loadedWith(entry))]).toEqual([]);
    // One chunk loaded on demand per vendor, holding that vendor's package and no other.
    const onDemand = [...loadedWith(entry)].flatMap((file) =>
      (outputs[file]?.imports ?? []).filter(({ kind }) => kind === "dynamic-import"),
    );
    const perChunk = [...new Set(onDemand.map(({ path }) => path))].map((path) => [
      ...vendorsIn(loadedWith(path)),
    ]);
    const perVendor = perChunk.filter((vendors) => vendors.length > 0);
    expect(perVendor).toHaveLength(vendorNames.length);
    expect(perVendor.map((vendors) => vendors.length)).toEqual(vendorNames.map(() => 1));
    expect(perVendor.flat().sort()).toEqual([...vendorNames].sort());
    // The rest, also loaded on demand: the methods after connect() (get, list, wait, complete,
    // disconnect, listAll) in one, which loads webhook verification on the first verify, and the
    // reading of a failed answer; no vendor's package in them.
    expect(perChunk.length - perVendor.length).toBe(2);
  });

  it("connect() alone loads neither the lifecycle methods nor their paging", async () => {
    const result = await oneVendorAppBundle();
    const outputs = result.metafile.outputs;
    const entry = Object.entries(outputs).find(
      ([, output]) => output.entryPoint === "app.ts",
    )?.[0] as string;
    const text = (file: string) =>
      result.outputFiles.find((output) => relative(process.cwd(), output.path) === file)?.text ??
      "";
    const staticallyLoaded = new Set<string>();
    const visit = (file: string) => {
      if (staticallyLoaded.has(file)) return;
      staticallyLoaded.add(file);
      for (const { path, kind } of outputs[file]?.imports ?? [])
        if (kind === "import-statement") visit(path);
    };
    visit(entry);
    const loaded = [...staticallyLoaded].map(text).join("\n");
    expect(loaded).toContain("the new connection");
    for (const lifecycleOnly of [
      "without the connection in its body",
      "listAllConnections: concurrency must be",
      'Unprocessable Entity"',
      // webhook verification (webhooks.js) and every vendor's webhook rules
      "webhook refused",
      "crypto.subtle",
      "stripe-signature",
    ])
      expect(loaded).not.toContain(lifecycleOnly);
    // They are in the bundle, in chunks loaded on demand (the first verify, a vendor's rules).
    const all = result.outputFiles.map((file) => file.text).join("\n");
    for (const onDemand of ["webhook refused", "stripe-signature"]) expect(all).toContain(onDemand);
  });
});

describe("@patchbay/connect/core holds no catalog: an app's bundle holds the vendors it passes", () => {
  it("an app that passes datagrid loads datagrid's package and no other vendor's, nor any name", async () => {
    const result = await build({
      stdin: {
        contents: `import { createPatchbay } from "@patchbay/connect/core";
import { datagrid } from "@patchbay/connect/vendors/datagrid";
export const start = () => createPatchbay({ vendors: { datagrid }, datagrid: { apiKey: "key" } })
  .connect("datagrid", { body: { connector_id: "google_drive" } });`,
        resolveDir: packageDir,
        sourcefile: "core-app.ts",
      },
      bundle: true,
      splitting: true,
      format: "esm",
      platform: "browser",
      outdir: join(packageDir, ".tmp/core-bundle"),
      write: false,
      metafile: true,
      logLevel: "silent",
      external: ["node:*"],
      tsconfigRaw: {},
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs).toContain("dist/core.js");
    expect(inputs).not.toContain("dist/index.js");
    expect([...new Set(inputs.flatMap((input) => vendorOf(input, process.cwd()) ?? []))]).toEqual([
      "datagrid",
    ]);
    const emitted = result.outputFiles.map((file) => file.text).join("\n");
    for (const vendor of vendorNames.filter((name) => name !== "datagrid"))
      expect(emitted).not.toContain(`"${vendor}"`);
    // Datagrid's lifecycle rules (how a get answer reads: its `valid` field) are a chunk of their
    // own, imported by `rules()`, not by the file the app loads for `connect()`.
    const [app] = result.outputFiles.filter((file) => file.path.endsWith("stdin.js"));
    expect(app?.text).toContain("redirect_url");
    expect(app?.text).not.toContain('"valid"');
    expect(emitted).toContain('"valid"');
  });

  it("the modules loaded on first use make no error of their own: every class is the entry's", () => {
    // Built apart from the entries (tsup.config.ts), they are handed the entry's classes; a class
    // of their own would make an error no app's `instanceof` recognizes.
    const lazy = readdirSync(join(packageDir, "dist")).filter((file) =>
      /^(later|failure|webhooks|chunk-lazy-[^.]+)\.c?js$/.test(file),
    );
    expect(lazy.filter((file) => file.endsWith(".js")).length).toBeGreaterThanOrEqual(3);
    for (const file of lazy) {
      const source = readFileSync(join(packageDir, "dist", file), "utf8");
      expect(source, file).not.toMatch(/\bclass\b/);
      expect(source, file).not.toMatch(/@patchbay\/runtime|openapi-fetch/);
    }
  });
});

describe("the CommonJS entry loads a vendor only when it is first used", () => {
  it("dist/index.cjs inlines no vendor: it requires dist/vendors/<vendor>.cjs on first use", async () => {
    const source = readFileSync(join(packageDir, "dist/index.cjs"), "utf8");
    for (const vendor of vendorNames) {
      expect(source).toContain(`require("./vendors/${vendor}.cjs")`);
      expect(source).not.toContain(`require("@patchbay/${vendor}")`);
    }
    const require = createRequire(import.meta.url);
    const vendorFiles = () =>
      Object.keys(require.cache)
        .filter((file) => file.startsWith(join(packageDir, "dist/vendors/")))
        .map((file) => relative(packageDir, file));
    const connect = require(join(packageDir, "dist/index.cjs"));
    expect(vendorFiles()).toEqual([]);
    const definition = await connect.loadVendor("datagrid");
    expect(vendorFiles()).toEqual(["dist/vendors/datagrid.cjs"]);
    expect(definition).toBe(require(join(packageDir, "dist/vendors/datagrid.cjs")).definition);
    expect(definition).toBe(require(join(packageDir, "dist/registry.cjs")).registry.datagrid);
  });
});

/** The vendor packages a type-check of `file` reads, and its diagnostics. */
function typeCheck(file: string) {
  const program = ts.createProgram([join(fixtures, file)], {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    types: [],
  });
  const vendors = new Set(
    program.getSourceFiles().flatMap((source) => vendorOf(source.fileName) ?? []),
  );
  const errors = ts
    .getPreEmitDiagnostics(program)
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
  return { vendors: [...vendors].sort(), errors };
}

describe("a type-check loads only the vendors an app names", () => {
  it("with `@patchbay/connect/vendors/datagrid`: Datagrid's types, exactly, and no other vendor's", () => {
    const { vendors, errors } = typeCheck("typed.ts");
    expect(errors).toEqual([]);
    expect(vendors).toEqual(["datagrid"]);
  });

  it("with `@patchbay/connect/core` and `{ datagrid }`: Datagrid's types only, its name only", () => {
    const { vendors, errors } = typeCheck("core.ts");
    expect(errors).toEqual([]);
    expect(vendors).toEqual(["datagrid"]);
  });

  it("with `@patchbay/connect/registry`: every vendor, typed", () => {
    const { vendors, errors } = typeCheck("registry.ts");
    expect(errors).toEqual([]);
    expect(vendors).toEqual([...vendorNames].sort());
  });

  it("without it: no vendor's schema, inputs unchecked, names and operations still checked", () => {
    const { vendors, errors } = typeCheck("untyped.ts");
    expect(errors).toEqual([]);
    expect(vendors).toEqual([]);
  });
});
