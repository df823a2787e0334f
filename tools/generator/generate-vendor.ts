import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { assertVendorName, readSidecar, sidecarPath } from "@patchbay/openapi/sidecar";
import { SpecErrors } from "@patchbay/openapi/spec-error";
import { validateDocument } from "@patchbay/openapi/validate-document";
import { loadVendorDocument } from "@patchbay/openapi/vendor-document";
import { renderExampleTypes } from "./render-example-types.ts";
import { renderIndex } from "./render-index.ts";
import { renderPackageJson, renderTsconfig } from "./render-package-files.ts";
import { renderReadme } from "./render-readme.ts";
import { renderSchema } from "./render-schema.ts";
import { renderTurboConfig } from "./render-turbo-config.ts";
import { renderVitestConfig } from "./render-vitest-config.ts";
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

async function loadVendor(context: GenerateContext, documentFile: string) {
  const name = documentFile.replace(/^specs\//, "").replace(/\.(ya?ml|json)$/, "");
  assertVendorName(name, documentFile);
  const vendorDocument = await loadVendorDocument(context.root, documentFile);
  const { document } = vendorDocument;
  // The document as patchbay uses it (overlay applied), located by the published file's lines.
  const loaded = { ...vendorDocument.loaded, document };
  const problems = [
    ...(vendorDocument.overlay?.unused ?? []),
    ...(await validateDocument(loaded, join(context.root, "specs"))),
  ];
  if (problems.length > 0) throw new SpecErrors(problems);
  const { sidecar, errorAt: sidecarErrorAt } = readSidecar(
    sidecarPath(join(context.root, "specs"), name),
    `specs/${name}.patchbay.yaml`,
  );
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
  return { name, model, loaded, document, documentPath: vendorDocument.path };
}

/** Renders one vendor's package in memory; throws SpecError(s) naming the file and location. */
export async function generateVendor(
  context: GenerateContext,
  documentFile: string,
): Promise<GeneratedVendor> {
  const { name, model, loaded, document, documentPath } = await loadVendor(context, documentFile);

  let schema: string;
  try {
    schema = await renderSchema(model, document, documentPath);
  } catch (error) {
    throw new SpecErrors([
      loaded.errorAt(
        "#",
        `could not be turned into types: ${(error as Error).message.split("\n")[0]}`,
      ),
    ]);
  }
  const packageDir = `packages/${name}`;
  const files = new Map<string, string>([
    [
      `${packageDir}/package.json`,
      renderPackageJson(model, existingVersion(context.root, packageDir), {
        openapiFetch: context.openapiFetchRange,
      }),
    ],
    [`${packageDir}/tsconfig.json`, renderTsconfig(model)],
    [`${packageDir}/README.md`, renderReadme(model)],
    [`${packageDir}/src/schema.ts`, schema],
    [`${packageDir}/src/index.ts`, renderIndex(model)],
    [`${packageDir}/src/examples.test-d.ts`, renderExampleTypes(model, document)],
    [`${packageDir}/vitest.config.ts`, renderVitestConfig(model)],
    [`${packageDir}/turbo.json`, renderTurboConfig(model)],
  ]);
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
