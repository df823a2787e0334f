import { Ajv, type Options } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

// ajv-formats is CommonJS; under ESM interop its default export may arrive wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as (ajv: Ajv) => Ajv;

/** OpenAPI's own formats, which say how a value is stored, not what it may be. */
const OPENAPI_FORMATS = ["int32", "int64", "float", "double", "byte", "binary", "password"];

/**
 * Validates values against schemas inside an OpenAPI document, named by JSON pointer: the whole
 * document is added to Ajv once, so every local `$ref` resolves where the vendor wrote it. 3.0
 * documents get draft-07 Ajv (which knows `nullable`), 3.1 documents Ajv's 2020-12 dialect.
 */
export function createBodyValidator(
  document: Record<string, unknown>,
): (schemaPointer: string, value: unknown) => string[] {
  // OpenAPI keywords (`example`, `discriminator`, `x-…`) are not JSON Schema: not strict.
  const options: Options = { strict: false, allErrors: true, logger: false };
  const ajv: Ajv = String(document.openapi).startsWith("3.0")
    ? new Ajv(options)
    : (new Ajv2020(options) as unknown as Ajv);
  addFormats(ajv);
  for (const format of OPENAPI_FORMATS) ajv.addFormat(format, true);
  ajv.addSchema(document, "document");
  return (schemaPointer, value) => {
    const validate = ajv.getSchema(`document${schemaPointer}`);
    if (!validate) return [`no schema at ${schemaPointer}`];
    if (validate(value)) return [];
    return (validate.errors ?? []).map(
      (error) => `${error.instancePath || "(body)"} ${error.message ?? error.keyword}`,
    );
  };
}
