// The types of upload bodies: openapi-typescript 7.13 types a `format: binary` string as `string`,
// which no caller can pass a file as. In the copy of the document given to it, the binary schemas
// of REQUEST bodies that are multipart or bytes are marked, and its `transform` types them as what
// the runtime sends (responses keep their types).
import { isObject, type Json } from "@patchbay/common/json";
import { deref } from "@patchbay/openapi/examples";
import { isBinarySchema, uploadMediaOf } from "@patchbay/openapi/form-bodies";
import { forEachOperation } from "@patchbay/openapi/validate-document";
import type { SchemaObject, TransformNodeOptions } from "openapi-typescript";
import type ts from "typescript";

const BINARY = "x-patchbay-binary";
const MULTIPART = "x-patchbay-multipart";

/** A multipart body's file part: what the runtime's `multipartBodies` sends as a file. */
export const FILE_PART_TYPE = "Blob | ReadableStream<Uint8Array> | Uint8Array";
/** A binary body: what the runtime's `binaryBodies` sends as it is. */
export const BINARY_BODY_TYPE =
  "Blob | ReadableStream<Uint8Array> | Uint8Array | ArrayBuffer | string";

/**
 * The schema at `holder[key]` made its own: a copy in its place (of a `$ref`'s target; of an
 * inline schema too, which a parsed document may share, YAML anchors, with a response).
 */
function own(doc: Json, holder: Json, key: string | number): Json | undefined {
  const raw = (holder as Record<string | number, unknown>)[key];
  const schema = deref<unknown>(doc, raw);
  if (!isObject(schema)) return undefined;
  const copy = structuredClone(schema) as Json;
  (holder as Record<string | number, unknown>)[key] = copy;
  return copy;
}

/** Marks the binary properties of a multipart body's schema (and of arrays of them), through `allOf`. */
function markParts(doc: Json, schema: Json, depth = 0): void {
  if (depth > 8) return;
  if (isObject(schema.properties))
    for (const name of Object.keys(schema.properties)) {
      const property = deref<unknown>(doc, schema.properties[name]);
      if (!isObject(property)) continue;
      if (isBinarySchema(doc, property)) {
        const marked = own(doc, schema.properties as Json, name);
        if (marked) marked[BINARY] = "part";
      } else if (property.type === "array" && isBinarySchema(doc, property.items)) {
        const array = own(doc, schema.properties as Json, name);
        const items = array && own(doc, array, "items");
        if (items) items[BINARY] = "part";
      }
    }
  if (Array.isArray(schema.allOf))
    for (const index of schema.allOf.keys()) {
      const member = own(doc, schema.allOf as unknown as Json, index);
      if (member) markParts(doc, member, depth + 1);
    }
}

/**
 * Marks, in `copy` (the document as openapi-typescript will type it), each multipart request
 * body's schema (its type also takes a `FormData`) and binary parts, and each binary request
 * body's schema; a schema referred to is copied in place first, so a component a response shares
 * keeps its type.
 */
export function markUploadSchemas(copy: Json): void {
  forEachOperation(copy, (operation) => {
    const upload = uploadMediaOf(copy, operation);
    if (!upload || !isObject(upload.media)) return;
    const media = upload.media as Json;
    if (upload.kind === "binary") {
      if (media.schema === undefined) media.schema = { type: "string", format: "binary" };
      const schema = own(copy, media, "schema");
      if (schema) schema[BINARY] = "body";
      return;
    }
    const schema = own(copy, media, "schema");
    if (!schema) return;
    schema[MULTIPART] = true;
    markParts(copy, schema);
  });
}

type OpenapiTs = typeof import("openapi-typescript");

/** openapi-typescript's `transform` for the marks of `markUploadSchemas`. */
export function uploadTransform({ stringToAST, transformSchemaObject, tsUnion }: OpenapiTs) {
  const typeOf = (source: string) =>
    (stringToAST(`type T = ${source};`)[0] as ts.TypeAliasDeclaration).type;
  const part = typeOf(FILE_PART_TYPE);
  const body = typeOf(BINARY_BODY_TYPE);
  const formData = typeOf("FormData");
  return (schema: SchemaObject, options: TransformNodeOptions): ts.TypeNode | undefined => {
    const marks = schema as Record<string, unknown>;
    if (marks[BINARY] === "part") return part;
    if (marks[BINARY] === "body") return body;
    if (marks[MULTIPART] !== true) return undefined;
    const { [MULTIPART]: _mark, ...rest } = marks;
    return tsUnion([transformSchemaObject(rest as SchemaObject, options), formData]);
  };
}
