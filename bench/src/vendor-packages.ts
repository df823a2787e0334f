import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * Our vendor packages are @patchbay/connect's dependencies (written from specs/ by the
 * generator), so bench does not list them: they resolve from connect's directory.
 */
export const connectDir = dirname(
  createRequire(import.meta.url).resolve("@patchbay/connect/package.json"),
);
const fromConnect = createRequire(join(connectDir, "package.json"));

/** The directory of `@patchbay/<vendor>`, as @patchbay/connect resolves it. */
export const vendorPackageDir = (vendor: string): string =>
  dirname(fromConnect.resolve(`@patchbay/${vendor}/package.json`));

/** `import()` of `@patchbay/<vendor>`'s ESM entry (its `exports["."].import`). */
export async function importVendorPackage(vendor: string): Promise<Record<string, unknown>> {
  const dir = vendorPackageDir(vendor);
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  const entry = manifest.exports?.["."]?.import?.default ?? manifest.module ?? manifest.main;
  return import(pathToFileURL(join(dir, entry)).href);
}
