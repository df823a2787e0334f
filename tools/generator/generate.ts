import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { readSidecar } from "@patchbay/openapi/sidecar";
import { SpecError, SpecErrors } from "@patchbay/openapi/spec-error";
import { listDocuments, sidecarFileOf, vendorOfDocument } from "@patchbay/openapi/vendor-documents";
import { type GeneratedVendor, generateVendor, modelVendor } from "./generate-vendor.ts";
import { SHARED_FILES } from "./generated-files.ts";
import {
  CONNECT_MANIFEST,
  connectableVendors,
  renderVendorModule,
  renderVendorRules,
  renderVendorWebhooks,
  VENDOR_MODULES_DIR,
  VENDOR_RULES_DIR,
  VENDOR_WEBHOOKS_DIR,
  vendorModulePath,
  vendorRulesPath,
  vendorWebhooksPath,
} from "./render-registry.ts";
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

/**
 * Some documents were refused (every problem of each, at its file:line). Their packages, and the
 * files every vendor shares (@patchbay/connect's registry), are left as they were; the other
 * vendors were generated all the same: `result` says what was written (or differs, with `check`).
 */
export class RefusedDocuments extends SpecErrors {
  override name = "RefusedDocuments";
  constructor(
    errors: SpecError[],
    readonly refused: string[],
    readonly result: GenerateResult,
  ) {
    super(errors);
  }
}

export { listDocuments };

const vendorOf = (file: string) => vendorOfDocument(file) as string;

/**
 * Renders every requested vendor in memory, then writes (or, with `check`, compares) them. A bad
 * document stops its own vendor only: its package is left as it was, the shared files too (the
 * registry cannot list a vendor it cannot model), and the others are written; then it throws
 * RefusedDocuments, naming every problem of every refused document at its file:line. Files are
 * staged before any is renamed into place (write-files.ts): a failure while writing leaves the
 * packages as they were.
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
  const refused = new Set<string>();
  /** Runs `step` for `file`, keeping its SpecError(s) (and any other failure, named) as problems. */
  const collecting = async <T>(file: string, step: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await step();
    } catch (error) {
      refused.add(file);
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
  // The registry lists every vendor whose sidecar declares connections, also those not generated
  // this time; the others' documents (3 MB, some) need not be read for it.
  const connectManifest = join(options.root, CONNECT_MANIFEST);
  const models = vendors.map((vendor) => vendor.model);
  const others = existsSync(connectManifest)
    ? documents.filter(
        (file) => !selected.includes(file) && declaresConnections(options.root, file),
      )
    : [];
  for (const file of others) {
    const model = await collecting(file, () => modelVendor(context, file));
    if (model) models.push(model);
  }
  const files = new Map(vendors.flatMap((vendor) => [...vendor.files]));
  if (refused.size > 0) {
    const write = options.check ? differingFiles : writeFiles;
    const result = { vendors, changed: write(options.root, files) };
    throw new RefusedDocuments(problems, [...refused].sort(), result);
  }
  let stale: string[] = [];
  if (existsSync(connectManifest)) {
    for (const file of SHARED_FILES) {
      const path = join(options.root, file.path);
      files.set(file.path, file.render(models, existsSync(path) ? readFileSync(path, "utf8") : ""));
    }
    for (const model of connectableVendors(models)) {
      files.set(vendorModulePath(model.name), renderVendorModule(model));
      const rules = renderVendorRules(model);
      if (rules !== undefined) files.set(vendorRulesPath(model.name), rules);
      const webhooks = renderVendorWebhooks(model);
      if (webhooks !== undefined) files.set(vendorWebhooksPath(model.name), webhooks);
    }
    stale = staleVendorModules(options.root, files);
  }
  const changed = options.check
    ? differingFiles(options.root, files)
    : writeFiles(options.root, files);
  // A vendor no longer in the registry leaves no module behind (only after the others are written).
  if (!options.check) for (const path of stale) rmSync(join(options.root, path));
  return { vendors, changed: [...changed, ...stale] };
}

/** connect's vendor modules (and their rules modules) on disk that no vendor renders any more. */
function staleVendorModules(root: string, files: Map<string, string>): string[] {
  return [VENDOR_MODULES_DIR, VENDOR_RULES_DIR, VENDOR_WEBHOOKS_DIR].flatMap((folder) => {
    const dir = join(root, folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((name) => name.endsWith(".ts"))
      .map((name) => `${folder}/${name}`)
      .filter((path) => !files.has(path));
  });
}

/** Whether the vendor's sidecar has a `connections` section (a sidecar that cannot be read: yes, so its problem is reported). */
function declaresConnections(root: string, documentFile: string): boolean {
  const vendor = vendorOfDocument(documentFile) as string;
  const file = sidecarFileOf(vendor);
  try {
    return readSidecar(join(root, file), file).sidecar.connections !== undefined;
  } catch {
    return true;
  }
}

function openapiFetchVersion(): string {
  return createRequire(import.meta.url)("openapi-fetch/package.json").version;
}
