import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { type ExampleChecker, startExampleChecker } from "@patchbay/openapi/example-findings";
import { assertVendorName, readSidecar } from "@patchbay/openapi/sidecar";
import { SpecErrors } from "@patchbay/openapi/spec-error";
import { validateDocument } from "@patchbay/openapi/validate-document";
import { loadVendorDocument, type VendorDocument } from "@patchbay/openapi/vendor-document";
import { sidecarFileOf, vendorOfDocument } from "@patchbay/openapi/vendor-documents";
import { VENDOR_FILES, type VendorRenderInput } from "./generated-files.ts";
import { renderSchema } from "./render-schema.ts";
import { buildVendorModel, type VendorModel } from "./vendor-model.ts";

export interface GeneratedVendor {
  model: VendorModel;
  /** Files keyed by their path relative to the repository root. */
  files: Map<string, string>;
}

export interface GenerateContext {
  root: string;
  openapiFetchRange: string;
}

/** Loads, checks and models one vendor (document, overlay, sidecar); throws SpecError(s). */
export async function modelVendor(context: GenerateContext, documentFile: string) {
  return (await loadVendor(context, documentFile)).model;
}

async function loadVendor(
  context: GenerateContext,
  documentFile: string,
  { schema = false }: { schema?: boolean } = {},
) {
  assertVendorName(vendorOfDocument(documentFile) ?? documentFile, documentFile);
  // A big document's examples are checked on another core, by a worker whose modules load while
  // the document is read; a YAML one is read by js-yaml while the YAML parser checks it on another
  // core (load-document.ts): its refusal, if any, is the document's, whatever the checks here
  // found. A worker costs about half a second of CPU to start: for a small document, not worth it.
  const big = isBig(join(context.root, documentFile));
  const examples = big ? startExampleChecker() : inThisThread;
  const vendorDocument = await loadVendorDocument(context.root, documentFile, {
    ...(big && { yamlCheck: "background" as const }),
  }).catch((error: unknown) => {
    examples.stop();
    throw error;
  });
  let checked: Awaited<ReturnType<typeof checkVendorDocument>>;
  try {
    checked = await checkVendorDocument(context.root, vendorDocument, examples, { schema });
  } catch (error) {
    await vendorDocument.loaded.checked;
    throw error;
  }
  await vendorDocument.loaded.checked;
  return checked;
}

/** A document this big (Composio's, Fivetran's, Plaid's, Airbyte's) takes seconds to check. */
const BIG_DOCUMENT_BYTES = 1024 * 1024;

/** A missing file is the loader's to report. */
function isBig(path: string): boolean {
  try {
    return statSync(path).size >= BIG_DOCUMENT_BYTES;
  } catch {
    return false;
  }
}

/** No worker: checkExamples works the examples out when the model first asks. */
const inThisThread: ExampleChecker = { check: async () => undefined, stop: () => undefined };

/**
 * The generator's checks of a vendor's document, overlay applied, and its sidecar (in
 * `<root>/specs`), and the model they give; throws SpecError(s). `pnpm specs:pull` runs them on a
 * fetched document before it writes it (`vendorDocumentOf`). With `schema`, also `src/schema.ts`
 * being rendered, if the examples are checked on another core (see below).
 */
export async function checkVendorDocument(
  root: string,
  vendorDocument: VendorDocument,
  examples: ExampleChecker = inThisThread,
  options: { schema?: boolean } = {},
) {
  const documentFile = vendorDocument.file;
  const name = vendorOfDocument(documentFile) ?? documentFile;
  assertVendorName(name, documentFile);
  const { document } = vendorDocument;
  // The model needs every example checked against its schema: on another core, while this one
  // validates the document.
  const examplesChecked = examples.check(document);
  // The document as patchbay uses it (overlay applied), located by the published file's lines.
  const loaded = { ...vendorDocument.loaded, document };
  const problems = [
    ...(vendorDocument.overlay?.unused ?? []),
    ...(await validateDocument(loaded, join(root, "specs"))),
  ];
  if (problems.length > 0) throw new SpecErrors(problems);
  const { sidecar, errorAt: sidecarErrorAt } = readSidecar(
    join(root, sidecarFileOf(name)),
    sidecarFileOf(name),
  );
  // A big document's examples take this core seconds of waiting for the worker: it renders
  // schema.ts meanwhile, which needs only the valid document and the sidecar's headers, not the
  // examples. Its failure, if any, is reported where it was (when the file is rendered, after the
  // model's refusals): until then it is held, not thrown.
  let schema: Promise<string> | undefined;
  if (options.schema && examples !== inThisThread) {
    const headers = (sidecar.headers ?? []).map((header) => ({ ...header }));
    schema = renderSchema({ specFile: documentFile, headers }, document, vendorDocument.path);
    schema.catch(() => undefined);
  }
  await examplesChecked;
  const model = buildVendorModel({
    name,
    specFile: documentFile,
    bytes: loaded.bytes,
    document,
    sidecar,
    sidecarErrorAt,
    overlay: vendorDocument.overlay && {
      file: vendorDocument.overlay.file,
      sha256: vendorDocument.overlay.sha256,
    },
  });
  return { name, model, loaded, document, documentPath: vendorDocument.path, schema };
}

/** Renders one vendor's package in memory; throws SpecError(s) naming the file and location. */
export async function generateVendor(
  context: GenerateContext,
  documentFile: string,
): Promise<GeneratedVendor> {
  const { name, model, loaded, document, documentPath, schema } = await loadVendor(
    context,
    documentFile,
    { schema: true },
  );
  const packageDir = `packages/${name}`;
  const input: VendorRenderInput = {
    model,
    document,
    documentPath,
    existingVersion: existingVersion(context.root, packageDir),
    openapiFetchRange: context.openapiFetchRange,
    errorAt: (pointer, message) => new SpecErrors([loaded.errorAt(pointer, message)]),
    ...(schema && { schema }),
  };
  const files = new Map<string, string>();
  for (const file of VENDOR_FILES)
    files.set(`${packageDir}/${file.path}`, await file.render(input));
  return { model, files };
}

function existingVersion(root: string, packageDir: string): string | undefined {
  const path = join(root, packageDir, "package.json");
  if (!existsSync(path)) return undefined;
  try {
    const version = JSON.parse(readFileSync(path, "utf8")).version;
    return typeof version === "string" ? version : undefined;
  } catch {
    return undefined;
  }
}
