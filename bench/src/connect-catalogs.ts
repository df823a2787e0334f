// The catalogs of `connect-scaling`: @patchbay/connect generated (by the real generator) and
// built (tsup, as packages/connect builds) for three sets of vendors, each in a scratch
// repository root under results/tmp/connect-scaling/<catalog>/, beside an app that uses it.
import { execFile } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { loadSidecar } from "@patchbay/openapi/sidecar";
import { sidecarFileOf } from "@patchbay/openapi/vendor-documents";
import { childEnv } from "./child-env.ts";
import { generateOnce } from "./generation-scaling.ts";
import { repositoryRoot, tmpDir } from "./locations.ts";
import {
  copyVendorFiles,
  freshRoot,
  type VendorFiles,
  vendorFiles,
  writeSyntheticCopy,
} from "./synthetic-documents.ts";
import { connectDir, isGeneratedPackage } from "./vendor-packages.ts";

const run = promisify(execFile);

/** The issue's first catalog: the five vendors connect had when the issue was written. */
export const FIRST_FIVE = ["agentstack", "chartbrew", "datagrid", "polytomic", "supermemory"];
/** The vendor the app calls, and whose own package is the baseline. */
export const CALLED_VENDOR = "datagrid";
/** Documents up to this size (with a `connections` section) are the synthetic vendors' templates. */
export const TEMPLATE_MAX_BYTES = 2 ** 20;
/** Where the catalogs are made. */
export const catalogsDir = join(tmpDir, "connect-scaling");

export interface CatalogVendor {
  name: string;
  /** The vendor of specs/ whose document (and built package) this one is: itself, or a copy's. */
  template: string;
  /** For a synthetic copy: its number (its title, its env prefix `SYNTHETIC_<copy>`). */
  copy?: number;
}

export interface CatalogPlan {
  id: "five" | "registry" | "synthetic";
  label: string;
  vendors: CatalogVendor[];
}

export const syntheticName = (copy: number) => `synth-${String(copy).padStart(3, "0")}`;

/**
 * The three catalogs: the first five vendors; every vendor of connect's registry (read at run
 * time); and `total` vendors, the called one and `total - 1` synthetic copies that cycle through
 * `templates`.
 */
export function planCatalogs({
  registry,
  templates,
  total,
}: {
  registry: readonly string[];
  templates: readonly string[];
  total: number;
}): CatalogPlan[] {
  const missing = [...FIRST_FIVE, CALLED_VENDOR].filter((vendor) => !registry.includes(vendor));
  if (missing.length > 0)
    throw new Error(`connect's registry lacks ${missing.join(", ")}: cannot make the catalogs`);
  if (templates.length === 0) throw new Error("no document with a `connections` section to copy");
  const real = (names: readonly string[]) =>
    [...names].sort().map((name): CatalogVendor => ({ name, template: name }));
  const copies = Array.from(
    { length: total - 1 },
    (_, index): CatalogVendor => ({
      name: syntheticName(index + 1),
      template: templates[index % templates.length] as string,
      copy: index + 1,
    }),
  );
  return [
    { id: "five", label: "5 vendors (the first five)", vendors: real(FIRST_FIVE) },
    {
      id: "registry",
      label: `${registry.length} vendors (connect's registry)`,
      vendors: real(registry),
    },
    {
      id: "synthetic",
      label: `${total} vendors (${CALLED_VENDOR} and ${total - 1} synthetic copies)`,
      vendors: [{ name: CALLED_VENDOR, template: CALLED_VENDOR }, ...copies],
    },
  ];
}

/** The documents in specs/ whose sidecar declares `connections`, up to TEMPLATE_MAX_BYTES, sorted. */
export function templateVendors(files: readonly VendorFiles[] = vendorFiles): string[] {
  return files
    .filter(({ vendor, document }) => {
      if (statSync(join(repositoryRoot, "specs", document)).size > TEMPLATE_MAX_BYTES) return false;
      const file = sidecarFileOf(vendor);
      return loadSidecar(join(repositoryRoot, file), file).connections !== undefined;
    })
    .map(({ vendor }) => vendor)
    .sort();
}

export interface BuiltCatalog extends CatalogPlan {
  root: string;
  /** The catalog's @patchbay/connect (a copy of packages/connect, generated and built there). */
  connectDir: string;
  /** The one-vendor app's directory: `@patchbay/connect` resolves to this catalog's. */
  appDir: string;
  generateMs: number;
  buildMs: number;
  /** Bytes of connect's own files for this catalog. */
  connectFiles: ConnectFiles;
  /** For the registry's catalog: whether its catalog.generated.ts is packages/connect's, byte for byte. */
  matchesRepository?: boolean;
}

export interface ConnectFiles {
  catalogSourceBytes: number;
  indexJsBytes: number;
  indexCjsBytes: number;
  indexDtsBytes: number;
  vendorModules: number;
}

const packagesDir = join(repositoryRoot, "packages");
export const packageDirOf = (vendor: string) => join(packagesDir, vendor);

/** The one-vendor app: what `tsc --noEmit` type-checks, one vendor typed, a typed connect call. */
export const typedApp = `import { createPatchbay } from "@patchbay/connect";
import type {} from "@patchbay/connect/vendors/${CALLED_VENDOR}";

export async function start(): Promise<string | null> {
  const patchbay = createPatchbay({ ${CALLED_VENDOR}: { apiKey: "key" } });
  const connection = await patchbay.connect("${CALLED_VENDOR}", { body: { connector_id: "google_drive" } });
  return connection.authorizationUrl;
}
`;

/** The app's tsconfig: what `tsc --init` leaves on that matters here, no ambient types. */
export const appTsconfig = {
  compilerOptions: {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    module: "esnext",
    moduleResolution: "bundler",
    target: "es2022",
    types: [],
  },
  files: ["app.ts"],
};

function link(target: string, path: string): void {
  mkdirSync(dirname(path), { recursive: true });
  symlinkSync(target, path, "dir");
}

/** The package a synthetic copy resolves to: its template's built package, copied under its name. */
function copyPackage(template: string, name: string, into: string): void {
  const from = packageDirOf(template);
  if (!existsSync(join(from, "dist")))
    throw new Error(`@patchbay/${template} is not built: run pnpm build first`);
  mkdirSync(into, { recursive: true });
  cpSync(join(from, "dist"), join(into, "dist"), { recursive: true });
  const manifest = JSON.parse(readFileSync(join(from, "package.json"), "utf8"));
  writeFileSync(
    join(into, "package.json"),
    `${JSON.stringify({ ...manifest, name: `@patchbay/${name}` }, null, 2)}\n`,
  );
}

/**
 * connect's own dependencies (runtime, openapi-fetch, …) as packages/connect has them, and each
 * catalog vendor's package: the real one (a link to packages/<vendor>), or for a synthetic copy
 * a copy of its template's built package (its own files, so a bundle counts each vendor's bytes;
 * its own dependencies resolve through connect's, the same runtime).
 */
function writeConnectModules(catalog: CatalogPlan, dir: string): void {
  const modules = join(dir, "node_modules");
  const real = join(connectDir, "node_modules");
  for (const entry of readdirSync(real)) {
    if (entry === ".bin") continue;
    if (entry !== "@patchbay") {
      link(join(real, entry), join(modules, entry));
      continue;
    }
    for (const name of readdirSync(join(real, entry)))
      if (!isGeneratedPackage(name)) link(join(real, entry, name), join(modules, entry, name));
  }
  for (const vendor of catalog.vendors) {
    const path = join(modules, "@patchbay", vendor.name);
    if (vendor.copy === undefined) link(packageDirOf(vendor.name), path);
    else copyPackage(vendor.template, vendor.name, path);
  }
}

/** `@patchbay/connect` for `catalog`: specs/, generate({ root }), then tsup, in a scratch root. */
export async function buildCatalog(
  catalog: CatalogPlan,
  base: string = catalogsDir,
): Promise<BuiltCatalog> {
  const root = join(base, catalog.id);
  const specs = freshRoot(root);
  const templates = new Map(vendorFiles.map((files) => [files.vendor, files]));
  for (const vendor of catalog.vendors) {
    if (vendor.copy === undefined) copyVendorFiles(specs, vendor.name);
    else
      writeSyntheticCopy(
        specs,
        templates.get(vendor.template) as VendorFiles,
        vendor.name,
        vendor.copy,
      );
  }
  // packages/connect as it is, less its generated vendor modules: generate() writes this catalog's.
  const dir = join(root, "packages", "connect");
  for (const file of ["package.json", "tsup.config.ts", "tsconfig.json", "src"])
    cpSync(join(connectDir, file), join(dir, file), {
      recursive: true,
      filter: (path) => !/[/\\]src[/\\]vendors[/\\].+\.ts$/.test(path),
    });
  cpSync(join(repositoryRoot, "tsconfig.base.json"), join(root, "tsconfig.base.json"));
  const generated = await generateOnce(root);
  if (!generated.ok) throw new Error(`generate() of ${catalog.label}: ${generated.error}`);
  writeConnectModules(catalog, dir);
  // connect's tsup.config.ts bundles the runtime's sources into its lazy modules
  // (`../runtime/src/index.ts` from packages/connect): the repository's, at the same place.
  link(join(packagesDir, "runtime"), join(root, "packages", "runtime"));
  const buildMs = await tsup(dir);
  // The two apps' entries (`@patchbay/connect` and `/core`) and the vendor module `/core`'s app imports.
  for (const file of ["index.js", "core.js", `vendors/${CALLED_VENDOR}.js`])
    if (!existsSync(join(dir, "dist", file)))
      throw new Error(`${catalog.label}: tsup wrote no dist/${file} in ${dir}`);
  const appDir = join(root, "app");
  link(dir, join(appDir, "node_modules", "@patchbay", "connect"));
  writeFileSync(join(appDir, "package.json"), '{ "private": true, "type": "module" }\n');
  writeFileSync(join(appDir, "app.ts"), typedApp);
  writeFileSync(join(appDir, "tsconfig.json"), `${JSON.stringify(appTsconfig, null, 2)}\n`);
  const catalogSource = readFileSync(join(dir, "src", "catalog.generated.ts"), "utf8");
  const size = (file: string) => statSync(join(dir, "dist", file)).size;
  return {
    ...catalog,
    root,
    connectDir: dir,
    appDir,
    generateMs: generated.wallMs,
    buildMs,
    connectFiles: {
      catalogSourceBytes: Buffer.byteLength(catalogSource),
      indexJsBytes: size("index.js"),
      indexCjsBytes: size("index.cjs"),
      indexDtsBytes: size("index.d.ts"),
      vendorModules: readdirSync(join(dir, "src", "vendors")).length,
    },
    ...(catalog.id === "registry" && {
      matchesRepository:
        catalogSource === readFileSync(join(connectDir, "src", "catalog.generated.ts"), "utf8"),
    }),
  };
}

/** A directory where only `@patchbay/<vendor>` (the repository's) resolves: the baseline's. */
export function baselineAppDir(vendor: string = CALLED_VENDOR, base: string = catalogsDir): string {
  const dir = join(base, `${vendor}-app`);
  rmSync(dir, { recursive: true, force: true });
  link(packageDirOf(vendor), join(dir, "node_modules", "@patchbay", vendor));
  writeFileSync(join(dir, "package.json"), '{ "private": true, "type": "module" }\n');
  return dir;
}

const tsupCli = () => {
  const manifest = createRequire(join(repositoryRoot, "package.json")).resolve("tsup/package.json");
  const { bin } = JSON.parse(readFileSync(manifest, "utf8")) as { bin: Record<string, string> };
  return join(dirname(manifest), bin.tsup as string);
};

/** `tsup` in `dir` (its tsup.config.ts, as `pnpm build` runs it there); the wall milliseconds. */
async function tsup(dir: string): Promise<number> {
  const started = performance.now();
  try {
    await run(process.execPath, [tsupCli()], {
      cwd: dir,
      env: childEnv(),
      timeout: 900_000,
      maxBuffer: 64 << 20,
    });
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(`tsup in ${dir} failed:\n${`${stdout}\n${stderr}`.trim().slice(-2000)}`);
  }
  return performance.now() - started;
}
