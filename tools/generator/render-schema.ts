import { createRequire } from "node:module";
import { isObject, type Json } from "@patchbay/common/json";
import { bundleForTypes, noRulesConfig } from "@patchbay/openapi/document-structure";
import { deref } from "@patchbay/openapi/examples";
import { pointerOf, resolvePointer, tokensOf } from "@patchbay/openapi/json-pointer";
import { forEachOperation } from "@patchbay/openapi/validate-document";
import type { GlobalContext, OpenAPI3, OpenAPITSOptions } from "openapi-typescript";
import type { VendorFile } from "./generated-file.ts";
import { hoistNestedSchemas } from "./hoisted-schemas.ts";
import { untypeRecursionOutsideObjects } from "./untyped-recursion.ts";
import { markUploadSchemas, uploadTransform } from "./upload-types.ts";
import type { VendorModel } from "./vendor-model.ts";

const require = createRequire(import.meta.url);

export const generatedHeader = (specFile: string) =>
  `Generated from ${specFile} by tools/generator; do not edit (change the document or the generator).`;

/**
 * `src/schema.ts`; a document openapi-typescript cannot type fails at the place it names
 * (`… at #/components/schemas/…`: its file, line and pointer), else at its root (`#`).
 */
export const schemaFile: VendorFile = {
  path: "src/schema.ts",
  render: async ({ model, document, documentPath, errorAt, schema }) => {
    try {
      return await (schema ?? renderSchema(model, document, documentPath));
    } catch (error) {
      const message = (error as Error).message.split("\n")[0] ?? "";
      throw errorAt(
        nearestPointer(document, message),
        `could not be turned into types: ${message}`,
      );
    }
  },
  biome: "ignored",
};

/**
 * Where in the document a message's place (`at #/a/b/oneOf/0`) is: openapi-typescript names a
 * schema's properties without `properties` (`…/Config/connection_method`) and places of the
 * schema it made (a oneOf of an enum's values), so the walk goes through `properties` where the
 * name is a property and stops where the document has nothing more; `#` when none is named.
 */
export function nearestPointer(document: Json, message: string): string {
  const named = / at (#\/\S*)/.exec(message)?.[1];
  if (!named) return "#";
  let tokens: string[];
  try {
    tokens = tokensOf(named);
  } catch {
    return "#";
  }
  const at: string[] = [];
  let node: unknown = document;
  for (const token of tokens) {
    if (!isObject(node)) break;
    if (Object.hasOwn(node, token)) at.push(token);
    else if (isObject(node.properties) && Object.hasOwn(node.properties, token))
      at.push("properties", token);
    else break;
    node = resolvePointer(document, pointerOf(at));
  }
  return pointerOf(at);
}

/** What of the model schema.ts needs: the sidecar's, so it can be rendered before the model is built. */
export type SchemaModel = Pick<VendorModel, "specFile" | "headers">;

/** `src/schema.ts`: openapi-typescript's types for the document, called as a library. */
export async function renderSchema(
  model: SchemaModel,
  document: Json,
  documentPath: string,
): Promise<string> {
  // Loaded here, not at the top: it brings in TypeScript (a second of start-up), which a document
  // refused while it is read or validated never needs, so such a refusal comes at once. Its
  // CommonJS build, required: imported, Node would lex TypeScript's 9 MB for its export names and
  // tsx's loader thread would be asked about each module, twice the CPU (0.65 s instead of 1.3 s).
  const openapiTs = require("openapi-typescript") as typeof import("openapi-typescript");
  const { astToString, error, resolveRef, scanDiscriminators, transformSchema } = openapiTs;
  const copy = headersSuppliedByClient(document, model);
  // request bodies' files typed as what the runtime uploads (upload-types.ts)
  markUploadSchemas(copy);
  withoutExternalValues(copy);
  const hoisted = hoistNestedSchemas(copy);
  const loops = untypeRecursionOutsideObjects(copy);
  // openapiTS(copy, options) from openapi-typescript 7.13.0 (dist/index.mjs), less its Redocly
  // lint (bundleForTypes says why): its bundling, then its transform with its context.
  const redoc = await noRulesConfig();
  const { bundled, problems } = await bundleForTypes(copy, documentPath, redoc);
  // As openapiTS reports them: each error printed, the last one thrown (`… at #/pointer`).
  let failure: string | undefined;
  for (const problem of problems) {
    if (problem.severity !== "error") continue;
    const pointer = problem.location?.[0]?.pointer;
    failure = pointer ? `${problem.message} at ${pointer}` : problem.message;
    error(failure);
  }
  if (failure) throw new Error(failure);
  const schema = bundled as unknown as OpenAPI3;
  const options: OpenAPITSOptions = {
    silent: true,
    // Fields with a default are optional to send; openapi-typescript would make them required.
    defaultNonNullable: false,
    // A free-form `type: object` (Chartbrew's `authentication`) takes any keys, not none.
    emptyObjectsUnknown: true,
  };
  // openapiTS's defaults, but for the two options above.
  const ctx: GlobalContext = {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    defaultNonNullable: false,
    discriminators: scanDiscriminators(schema, options),
    emptyObjectsUnknown: true,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    redoc,
    silent: true,
    inject: undefined,
    transform: uploadTransform(openapiTs),
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: false,
    resolve: ($ref) => resolveRef(schema, $ref, { silent: true }),
  };
  const ast = transformSchema(schema, ctx);
  const body = astToString(ast)
    .replace(/^\/\*\*\n \* This file was auto-generated[\s\S]*?\*\/\n\n?/, "")
    // A nullable schema in an `allOf` whose parent requires its properties: openapi-typescript's
    // helper asks `keyof (X | null)`, which is never, and the file does not compile. The
    // composition is an object, never null: the helper takes the non-null part.
    .replace(
      "type WithRequired<T, K extends keyof T> = T & {\n    [P in K]-?: T[P];\n};",
      "type WithRequired<T, K extends keyof NonNullable<T>> = NonNullable<T> & {\n    [P in K]-?: NonNullable<T>[P];\n};",
    );
  const notes = hoisted.map(
    (name) =>
      `// components["schemas"][${JSON.stringify(name).replace(/[\u2028\u2029]/g, " ")}]: a schema referred to where it is nested, given a name of its own so that references to it have a type.\n`,
  );
  notes.push(
    ...loops.map(
      (loop) =>
        `// ${loop.replace(/[\n\r\u2028\u2029]/g, " ")}: a schema containing itself outside any object is typed \`unknown\` where it recurs (openapi-typescript cannot type it: openapi-ts/openapi-typescript#1603).\n`,
    ),
  );
  return `// ${generatedHeader(model.specFile)}\n${notes.length > 0 ? `${notes.join("")}` : ""}\n${body}`;
}

/**
 * Header parameters the client sends itself (Polytomic's version header) stay optional in the
 * per-call types, so a caller is not made to repeat them. The vendor document is not changed.
 */
function headersSuppliedByClient(document: Json, model: SchemaModel): Json {
  const supplied = new Set(model.headers.map((header) => header.header.toLowerCase()));
  const copy = structuredClone(document);
  const relax = (raw: unknown) => {
    const parameter = deref<Json>(copy, raw);
    if (
      parameter &&
      parameter.in === "header" &&
      supplied.has(String(parameter.name).toLowerCase())
    ) {
      parameter.required = false;
    }
  };
  forEachOperation(copy, (operation, at) => {
    const pathItem = (copy.paths as Json)[at[1] as string] as Json;
    for (const raw of [
      ...((pathItem.parameters as unknown[]) ?? []),
      ...((operation.parameters as unknown[]) ?? []),
    ])
      relax(raw);
  });
  return copy;
}

/**
 * Drops every Example Object's `externalValue` (a URL; valid OpenAPI) from the copy given to
 * openapi-typescript, whose resolver would fetch it: generation never uses the network, and
 * examples do not change the types.
 */
function withoutExternalValues(copy: Json) {
  const stack: unknown[] = [copy];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== "object") continue;
    const object = node as Json;
    if (!Array.isArray(node) && typeof object.externalValue === "string")
      delete object.externalValue;
    for (const value of Object.values(object))
      if (value !== null && typeof value === "object") stack.push(value);
  }
}
