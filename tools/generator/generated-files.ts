import { exampleTypesFile } from "./render-example-types.ts";
import { indexFile } from "./render-index.ts";
import { packageJsonFile, tsconfigFile } from "./render-package-files.ts";
import { readmeFile } from "./render-readme.ts";
import { connectManifestFile, registryFile } from "./render-registry.ts";
import { schemaFile } from "./render-schema.ts";
import { turboConfigFile } from "./render-turbo-config.ts";
import { vitestConfigFile } from "./render-vitest-config.ts";
import type { VendorModel } from "./vendor-model.ts";

/**
 * How Biome treats a generated file: `ignored` (a `!path` in biome.json's `files.includes`),
 * `unformatted` (an override in biome.json turns its formatter off) or `checked` like any file.
 */
export type BiomeTreatment = "ignored" | "unformatted" | "checked";

/** What every vendor file's renderer is given. */
export interface VendorRenderInput {
  model: VendorModel;
  /** The document as patchbay uses it (overlay applied). */
  document: Record<string, unknown>;
  /** Its path on disk (openapi-typescript resolves relative references from it). */
  documentPath: string;
  /** The package's `version` today, if it has one (changesets owns it). */
  existingVersion: string | undefined;
  /** The range of openapi-fetch the package depends on. */
  openapiFetchRange: string;
  /** A problem at a JSON pointer of the published document, as a SpecError. */
  errorAt: (pointer: string, message: string) => Error;
}

/** One file of every vendor package: its path inside `packages/<vendor>/` and its renderer. */
export interface VendorFile {
  path: string;
  render: (input: VendorRenderInput) => string | Promise<string>;
  biome: BiomeTreatment;
}

/** A file of `@patchbay/connect` the generator renders from every vendor's model. */
export interface SharedFile {
  /** Relative to the repository root. */
  path: string;
  /** Renders it from the models and the file's current content (the manifest keeps what is not generated). */
  render: (models: VendorModel[], current: string) => string;
  /** Whether the generator owns the whole file, or only part of it (connect's dependencies). */
  whole: boolean;
  biome: BiomeTreatment;
}

/**
 * The one list of what `pnpm generate` writes, in the order it writes it. turbo.json's
 * `//#generate` outputs, biome.json's ignores and the generator's tests are checked against it
 * (generated-files.test.ts); a new `render-*.ts` joins here and nowhere else.
 */
export const VENDOR_FILES: readonly VendorFile[] = [
  packageJsonFile,
  tsconfigFile,
  readmeFile,
  schemaFile,
  indexFile,
  exampleTypesFile,
  vitestConfigFile,
  turboConfigFile,
];

/** The files of `@patchbay/connect` that list every vendor. */
export const SHARED_FILES: readonly SharedFile[] = [registryFile, connectManifestFile];

/** The hand-written packages under packages/; every other folder there is a generated vendor. */
export const HAND_WRITTEN_PACKAGES = ["runtime", "connect"] as const;

/** `packages/<vendor>/<file>` for each of the vendor's generated files, in the list's order. */
export const vendorFilePaths = (vendor: string) =>
  VENDOR_FILES.map((file) => `packages/${vendor}/${file.path}`);

/** Whether `path` (relative to the root) is a file the generator writes, whole or in part. */
export function isGeneratedFile(path: string): boolean {
  if (SHARED_FILES.some((file) => file.path === path)) return true;
  const match = /^packages\/([^/]+)\/(.+)$/.exec(path);
  return (
    match !== null &&
    !(HAND_WRITTEN_PACKAGES as readonly string[]).includes(match[1] as string) &&
    VENDOR_FILES.some((file) => file.path === match[2])
  );
}

/**
 * What turbo.json's `//#generate` task must list as outputs: every vendor file, and none in the
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
];

/** The vendor files biome.json's override leaves unformatted. */
export const biomeUnformatted = (): string[] =>
  VENDOR_FILES.filter((file) => file.biome === "unformatted").map(
    (file) => `packages/*/${file.path}`,
  );
