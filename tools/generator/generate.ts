import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { SpecError, SpecErrors } from "@patchbay/openapi/spec-error";
import { listDocuments, vendorOfDocument } from "@patchbay/openapi/vendor-documents";
import { type GeneratedVendor, generateVendor, modelVendor } from "./generate-vendor.ts";
import { SHARED_FILES } from "./generated-files.ts";
import { CONNECT_MANIFEST } from "./render-registry.ts";
import { differingFiles, writeFiles } from "./write-files.ts";

export interface GenerateOptions {
  root: string;
  /** Vendor names to generate; all documents in specs/ when empty. */
  vendors?: string[];
  /** Compare with what is on disk instead of writing. */
  check?: boolean;
}

export interface GenerateResult {
  vendors: GeneratedVendor[];
  /** Files written (or, with `check`, files that differ). */
  changed: string[];
}

export { listDocuments };

const vendorOf = (file: string) => vendorOfDocument(file) as string;

/**
 * Renders every requested vendor in memory; if any document is bad, reports them all and writes
 * nothing at all, not even for the good ones.
 */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const documents = listDocuments(options.root);
  const wanted = options.vendors ?? [];
  const unknown = wanted.filter((vendor) => !documents.some((file) => vendorOf(file) === vendor));
  if (unknown.length > 0) {
    throw new Error(
      `No document in specs/ for ${unknown.join(", ")} (known: ${documents.map(vendorOf).join(", ") || "none"})`,
    );
  }
  const selected =
    wanted.length === 0 ? documents : documents.filter((file) => wanted.includes(vendorOf(file)));
  const context = { root: options.root, openapiFetchRange: `^${openapiFetchVersion()}` };
  const vendors: GeneratedVendor[] = [];
  const problems: SpecError[] = [];
  /** Runs `step` for `file`, keeping its SpecError(s) (and any other failure, named) as problems. */
  const collecting = async <T>(file: string, step: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await step();
    } catch (error) {
      if (error instanceof SpecErrors) problems.push(...error.errors);
      else if (error instanceof SpecError) problems.push(error);
      else
        problems.push(new SpecError(file, `could not be generated: ${(error as Error).message}`));
      return undefined;
    }
  };
  for (const file of selected) {
    const vendor = await collecting(file, () => generateVendor(context, file));
    if (vendor) vendors.push(vendor);
  }
  // The registry lists every vendor, also those not generated this time.
  const connectManifest = join(options.root, CONNECT_MANIFEST);
  const models = vendors.map((vendor) => vendor.model);
  const others = existsSync(connectManifest)
    ? documents.filter((file) => !selected.includes(file))
    : [];
  for (const file of others) {
    const model = await collecting(file, () => modelVendor(context, file));
    if (model) models.push(model);
  }
  if (problems.length > 0) throw new SpecErrors(problems);
  const files = new Map(vendors.flatMap((vendor) => [...vendor.files]));
  if (existsSync(connectManifest)) {
    for (const file of SHARED_FILES) {
      const path = join(options.root, file.path);
      files.set(file.path, file.render(models, existsSync(path) ? readFileSync(path, "utf8") : ""));
    }
  }
  const changed = options.check
    ? differingFiles(options.root, files)
    : writeFiles(options.root, files);
  return { vendors, changed };
}

function openapiFetchVersion(): string {
  return createRequire(import.meta.url)("openapi-fetch/package.json").version;
}
