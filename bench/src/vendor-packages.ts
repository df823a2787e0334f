import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { repositoryRoot, tmpDir } from "./locations.ts";

/**
 * Our vendor packages are @patchbay/connect's dependencies (written from specs/ by the
 * generator), so bench does not list them: they resolve from connect's directory.
 */
export const connectDir = dirname(
  createRequire(import.meta.url).resolve("@patchbay/connect/package.json"),
);
const fromConnect = createRequire(join(connectDir, "package.json"));

const packagesDir = join(repositoryRoot, "packages");

/** Whether `packages/<vendor>` holds a package the generator wrote (`patchbay.generatedFrom`). */
export function isGeneratedPackage(vendor: string, packages: string = packagesDir): boolean {
  const manifest = join(packages, vendor, "package.json");
  if (!existsSync(manifest)) return false;
  return Boolean(JSON.parse(readFileSync(manifest, "utf8")).patchbay?.generatedFrom);
}

/** Every generated vendor package under `packages/`, sorted: what is there, not a fixed list. */
export function generatedVendorPackages(packages: string = packagesDir): string[] {
  if (!existsSync(packages)) return [];
  return readdirSync(packages)
    .filter((vendor) => isGeneratedPackage(vendor, packages))
    .sort();
}

/**
 * The directory of `@patchbay/<vendor>`: as @patchbay/connect resolves it, or, for a vendor
 * outside connect's registry (no `connections` in its sidecar), `packages/<vendor>`.
 */
export function vendorPackageDir(vendor: string): string {
  try {
    return dirname(fromConnect.resolve(`@patchbay/${vendor}/package.json`));
  } catch {
    if (isGeneratedPackage(vendor)) return join(packagesDir, vendor);
    throw new Error(
      `@patchbay/${vendor}: neither a dependency of @patchbay/connect nor packages/${vendor}`,
    );
  }
}

/** `import()` of `@patchbay/<vendor>`'s ESM entry (its `exports["."].import`). */
export async function importVendorPackage(vendor: string): Promise<Record<string, unknown>> {
  const dir = vendorPackageDir(vendor);
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  const entry = manifest.exports?.["."]?.import?.default ?? manifest.module ?? manifest.main;
  return import(pathToFileURL(join(dir, entry)).href);
}

/** Where `node_modules/@patchbay/<vendor>` links to every generated vendor package (gitignored). */
export const vendorLinksDir = join(tmpDir, "vendor-links");

/**
 * Writes `<dir>/node_modules/@patchbay/<vendor>`, a symlink to `packages/<vendor>`, for every
 * generated vendor package, in or out of connect's registry: one way to resolve them all, for the
 * bundler (`nodePaths`) and the cold-import children (their working directory). Node and esbuild
 * follow the link, so each package's own dependencies resolve from its real directory.
 */
export function writeVendorLinks(dir: string = vendorLinksDir): string {
  const scope = join(dir, "node_modules", "@patchbay");
  rmSync(scope, { recursive: true, force: true });
  mkdirSync(scope, { recursive: true });
  for (const vendor of generatedVendorPackages()) {
    symlinkSync(join(packagesDir, vendor), join(scope, vendor), "dir");
  }
  return dir;
}
