import { isObject, type Json } from "@patchbay/common/json";
import { Ajv, type Options } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { escapePointerToken } from "./json-pointer.ts";

// ajv-formats is CommonJS; under ESM interop its default export may arrive wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as (ajv: Ajv) => Ajv;

/** OpenAPI's own formats, which say how a value is stored, not what it may be. */
const OPENAPI_FORMATS = ["int32", "int64", "float", "double", "byte", "binary", "password"];

export interface BodyValidatorOptions {
  /**
   * Also refuse what the generated TypeScript types refuse though JSON Schema allows it, so that a
   * value this accepts also type-checks: a `discriminator`'s property left out (openapi-typescript
   * makes it required), a schema with `properties` but no `type` given a non-object (typed as an
   * object), an object naming none of the properties of a schema whose properties are all
   * optional (TypeScript's "no properties in common"), a property that does not also match the
   * schema's `additionalProperties` (typed as an index signature every property must satisfy).
   * For examples, not for live responses.
   */
  asGeneratedTypes?: boolean;
}

/**
 * Validates values against schemas inside an OpenAPI document, named by JSON pointer: the whole
 * document is added to Ajv once, so every local `$ref` resolves where the vendor wrote it. 3.0
 * documents get draft-07 Ajv (which knows `nullable`), 3.1 documents Ajv's 2020-12 dialect.
 */
export function createBodyValidator(
  document: Record<string, unknown>,
  { asGeneratedTypes = false }: BodyValidatorOptions = {},
): (schemaPointer: string, value: unknown) => string[] {
  // OpenAPI keywords (`example`, `discriminator`, `x-…`) are not JSON Schema: not strict.
  // Patterns as vendors write them (`\-`, `\/` escapes), which the `u` flag would refuse.
  const options: Options = {
    strict: false,
    allErrors: true,
    logger: false,
    unicodeRegExp: false,
    // Each $ref'd schema compiled once and called, not copied into every schema that uses it: on
    // a document of thousands of shared components (Plaid's) that is most of the compile time.
    inlineRefs: false,
    // Ajv's optimizing pass over the code it makes is about a third of compiling: each schema here
    // checks a few examples or responses, so the code is run far less than it is made.
    code: { optimize: false },
  };
  const openapi30 = String(document.openapi).startsWith("3.0");
  const ajv: Ajv = openapi30 ? new Ajv(options) : (new Ajv2020(options) as unknown as Ajv);
  addFormats(ajv);
  for (const format of OPENAPI_FORMATS) ajv.addFormat(format, true);
  if (asGeneratedTypes) addGeneratedTypeKeywords(ajv);
  ajv.addSchema(
    openapi30 || asGeneratedTypes
      ? copyForAjv(document, { openapi30, asGeneratedTypes })
      : document,
    "document",
  );
  return (schemaPointer, value) => {
    const validate = ajv.getSchema(`document${schemaPointer}`);
    if (!validate) return [`no schema at ${schemaPointer}`];
    if (validate(value)) return [];
    return (validate.errors ?? []).map(
      (error) => `${error.instancePath || "(body)"} ${error.message ?? error.keyword}`,
    );
  };
}

/** Marks, in Ajv's copy, an object schema whose properties are all optional (see asGeneratedTypes). */
const SOME_PROPERTY = "x-patchbay-some-property";

function addGeneratedTypeKeywords(ajv: Ajv) {
  ajv.addKeyword({
    keyword: "discriminator",
    errors: false,
    validate: (schema: { propertyName?: unknown }, data: unknown) =>
      !isObject(data) || typeof schema?.propertyName !== "string" || schema.propertyName in data,
  });
  ajv.addKeyword({
    keyword: SOME_PROPERTY,
    errors: false,
    validate: (names: string[], data: unknown) =>
      !isObject(data) ||
      Object.keys(data).length === 0 ||
      names.some((name) => Object.hasOwn(data, name)),
  });
}

/**
 * A copy of a document for Ajv; the vendor's document itself is never changed. Ajv refuses
 * `nullable` beside no `type` ("nullable cannot be used without type"), as OpenAPI 3.0 allows it
 * (`nullable: true` with `allOf: [$ref]`): such a schema becomes `anyOf: [{ type: "null" },
 * <the schema without nullable>]`. 3.0's boolean exclusive bounds become draft-07's numbers. With
 * `asGeneratedTypes`, see BodyValidatorOptions.
 */
function copyForAjv(
  document: Json,
  { openapi30, asGeneratedTypes }: { openapi30: boolean; asGeneratedTypes: boolean },
): Json {
  const discriminated = asGeneratedTypes ? discriminatedSchemas(document) : new Map();
  const rewrite = (node: unknown, pointer: string): unknown => {
    if (Array.isArray(node)) return node.map((item, index) => rewrite(item, `${pointer}/${index}`));
    if (!isObject(node) || pointer.length > 20_000) return node;
    const copy: Json = {};
    for (const [key, value] of Object.entries(node)) {
      Object.defineProperty(copy, key, {
        value: rewrite(value, `${pointer}/${escapePointerToken(key)}`),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    if (asGeneratedTypes && isObject(copy.properties) && typeof copy.$ref !== "string") {
      const composed = ["allOf", "anyOf", "oneOf"].some((key) => key in copy);
      if (!("type" in copy) && !composed) copy.type = "object";
      const names = Object.keys(copy.properties);
      const open = "additionalProperties" in copy || "patternProperties" in copy;
      // a required name the schema does not declare is not in the type (openapi-typescript)
      const required =
        Array.isArray(copy.required) && copy.required.some((name) => names.includes(String(name)));
      if (names.length > 0 && !open && !required && !composed) copy[SOME_PROPERTY] = names;
      // Typed `{ count: number } & { [key: string]: string }`: every property must also match.
      if (isObject(copy.additionalProperties) && names.length > 0)
        copy.patternProperties = { "": copy.additionalProperties };
    }
    const property = discriminated.get(pointer);
    if (property)
      copy.required = [...(Array.isArray(copy.required) ? copy.required : []), property];
    if (openapi30) exclusiveBoundsAsNumbers(copy);
    if (!openapi30 || typeof copy.nullable !== "boolean" || "type" in copy) return copy;
    const { nullable, ...rest } = copy;
    return nullable ? { anyOf: [{ type: "null" }, rest] } : rest;
  };
  return rewrite(document, "#") as Json;
}

/**
 * OpenAPI 3.0 writes an exclusive bound as `maximum: 600, exclusiveMaximum: true` (JSON Schema
 * draft 4's form; Ampersand's problem+json `status`); draft-07 Ajv wants `exclusiveMaximum: 600`.
 * `schema` (Ajv's copy) is changed in place.
 */
function exclusiveBoundsAsNumbers(schema: Json): void {
  for (const [bound, exclusive] of [
    ["maximum", "exclusiveMaximum"],
    ["minimum", "exclusiveMinimum"],
  ] as const) {
    if (typeof schema[exclusive] !== "boolean") continue;
    if (schema[exclusive] && typeof schema[bound] === "number") {
      schema[exclusive] = schema[bound];
      delete schema[bound];
    } else delete schema[exclusive];
  }
}

/**
 * The schemas a `discriminator` names (its `oneOf`/`anyOf` members and `mapping` targets, as
 * local `$ref`s), each with the property openapi-typescript then makes a required literal.
 */
function discriminatedSchemas(document: Json): Map<string, string> {
  const found = new Map<string, string>();
  const stack: unknown[] = [document];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) stack.push(...node);
    if (!isObject(node)) continue;
    for (const value of Object.values(node))
      if (value !== null && typeof value === "object") stack.push(value);
    const discriminator = node.discriminator;
    if (!isObject(discriminator) || typeof discriminator.propertyName !== "string") continue;
    const refs = [
      ...[node.oneOf, node.anyOf]
        .flatMap((members) => (Array.isArray(members) ? members : []))
        .map((member) => (isObject(member) ? member.$ref : undefined)),
      ...Object.values(isObject(discriminator.mapping) ? discriminator.mapping : {}),
    ];
    for (const ref of refs)
      if (typeof ref === "string" && ref.startsWith("#/"))
        found.set(ref, discriminator.propertyName);
  }
  return found;
}
