import { connectTestingFile } from "./render-connect-testing.ts";
import { exampleTypesFile } from "./render-example-types.ts";
import { indexFile } from "./render-index.ts";
import { mswFile } from "./render-msw.ts";
import { packageJsonFile, tsconfigFile } from "./render-package-files.ts";
import { readmeFile } from "./render-readme.ts";
import {
  catalogFile,
  connectManifestFile,
  registryFile,
  VENDOR_MODULES_DIR,
} from "./render-registry.ts";
import { schemaFile } from "./render-schema.ts";
import { turboConfigFile } from "./render-turbo-config.ts";
import { vitestConfigFile } from "./render-vitest-config.ts";

export type {
  BiomeTreatment,
  SharedFile,
  VendorFile,
  VendorRenderInput,
} from "./generated-file.ts";

import type { SharedFile, VendorFile } from "./generated-file.ts";

/**
 * The one list of what `pnpm generate` writes, in the order it writes it. turbo.json's
 * `//#generate:packages` outputs, biome.json's ignores and the generator's tests are checked against it
 * (generated-files.test.ts); a new `render-*.ts` joins here and nowhere else.
 */
export const VENDOR_FILES: readonly VendorFile[] = [
  packageJsonFile,
  tsconfigFile,
  readmeFile,
  schemaFile,
  indexFile,
  mswFile,
  exampleTypesFile,
  vitestConfigFile,
  turboConfigFile,
];

/** The files of `@patchbay/connect` that list every vendor. */
export const SHARED_FILES: readonly SharedFile[] = [
  catalogFile,
  registryFile,
  connectManifestFile,
  connectTestingFile,
];

/** connect's per-vendor modules (`<dir>/<vendor>.ts`), one per registry vendor; the generator owns the folder. */
export const SHARED_VENDOR_DIR = VENDOR_MODULES_DIR;

/** The hand-written packages under packages/; every other folder there is a generated vendor. */
export const HAND_WRITTEN_PACKAGES = ["runtime", "connect"] as const;

/** `packages/<vendor>/<file>` for each of the vendor's generated files, in the list's order. */
export const vendorFilePaths = (vendor: string) =>
  VENDOR_FILES.map((file) => `packages/${vendor}/${file.path}`);

/** Whether `path` (relative to the root) is a file the generator writes, whole or in part. */
export function isGeneratedFile(path: string): boolean {
  if (SHARED_FILES.some((file) => file.path === path)) return true;
  if (path.startsWith(`${SHARED_VENDOR_DIR}/`)) return true;
  const match = /^packages\/([^/]+)\/(.+)$/.exec(path);
  return (
    match !== null &&
    !(HAND_WRITTEN_PACKAGES as readonly string[]).includes(match[1] as string) &&
    VENDOR_FILES.some((file) => file.path === match[2])
  );
}

/**
 * What turbo.json's `//#generate:packages` task must list as outputs: every vendor file, and none in the
 * hand-written packages (whose `src/index.ts` and `package.json` the vendor globs would match).
 * connect is excluded whole, so its shared files are not outputs: they are committed, and
 * `pnpm generate` rewrites them whenever its inputs change.
 */
export const turboOutputs = (): string[] => [
  ...VENDOR_FILES.map((file) => `packages/*/${file.path}`),
  ...HAND_WRITTEN_PACKAGES.map((name) => `!packages/${name}/**`),
];

/** What biome.json's `files.includes` must exclude under packages/. */
export const biomeIgnores = (): string[] => [
  ...VENDOR_FILES.filter((file) => file.biome === "ignored").map(
    (file) => `!packages/*/${file.path}`,
  ),
  ...SHARED_FILES.filter((file) => file.biome === "ignored").map((file) => `!${file.path}`),
  `!${SHARED_VENDOR_DIR}`,
];

/** The vendor files biome.json's override leaves unformatted. */
export const biomeUnformatted = (): string[] =>
  VENDOR_FILES.filter((file) => file.biome === "unformatted").map(
    (file) => `packages/*/${file.path}`,
  );
