// What a generated file is: its path, its renderer and how Biome treats it. The list of them is
// generated-files.ts; each render-*.ts declares its own file with these types.
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
  /** `src/schema.ts`'s text, if its rendering was started before the model was built. */
  schema?: Promise<string>;
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
