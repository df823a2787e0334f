// Request bodies a client sends: JSON, or an application/x-www-form-urlencoded form where the
// operation offers no JSON (Stripe's every operation), with how each property of the form is
// written (its `encoding`). The generator's descriptor and the contract suite read them here.
import { isObject, type Json } from "@patchbay/common/json";
import { deref } from "./example-sources.ts";

export const isJsonMediaType = (mediaType: string) =>
  /^application\/([\w.+-]+\+)?json\b/i.test(mediaType);

export const FORM_MEDIA_TYPE = "application/x-www-form-urlencoded";

/** `application/x-www-form-urlencoded`, parameters (`; charset=utf-8`) aside. */
export const isFormMediaType = (mediaType: string) =>
  mediaType.split(";")[0]?.trim().toLowerCase() === FORM_MEDIA_TYPE;

/** The runtime's `FormStyle`: how a form property holding an object or array is written. */
export type FormStyle =
  | "deepObject"
  | "form"
  | "commaDelimited"
  | "spaceDelimited"
  | "pipeDelimited";

export interface RequestMedia {
  /** The media type the client sends: a JSON one where the body offers one, else the form. */
  type?: string;
  media?: unknown;
  /** `json` or `form`; absent where there is no body or none the client builds. */
  kind?: "json" | "form";
  /** The body's media types, where the client builds none of them (multipart, binary...). */
  unsupported?: string;
}

/** What an operation's request body is sent as: JSON where offered, else a form, else unsupported. */
export function requestMediaOf(doc: Json, operation: Json): RequestMedia {
  const requestBody = deref<Json | undefined>(doc, operation.requestBody);
  if (!isObject(requestBody) || !isObject(requestBody.content)) return {};
  const types = Object.keys(requestBody.content);
  const json = types.find(isJsonMediaType);
  if (json) return { type: json, media: requestBody.content[json], kind: "json" };
  const form = types.find(isFormMediaType);
  if (form) return { type: form, media: requestBody.content[form], kind: "form" };
  return types.length > 0 ? { unsupported: types.join(", ") } : {};
}

/**
 * A property's `encoding` as the runtime's style: `deepObject`; `form` with `explode` (its
 * default, and OpenAPI's default for a form), else `commaDelimited`; `spaceDelimited` and
 * `pipeDelimited` unexploded (exploded, they are `form`). A style forms do not have is `form`.
 */
export function formStyleOf(encoding: unknown): FormStyle {
  const { style = "form", explode } = isObject(encoding) ? encoding : {};
  if (style === "deepObject") return "deepObject";
  if (style === "spaceDelimited" || style === "pipeDelimited")
    return explode === true ? "form" : style;
  return explode === false ? "commaDelimited" : "form";
}

/**
 * Whether a value of `schema` may be an object or an array (so its style matters): a type that
 * allows one, a choice or composition one of whose members does, or no type at all.
 */
export function mayBeNested(doc: Json, raw: unknown, depth = 0): boolean {
  const schema = deref<unknown>(doc, raw);
  if (!isObject(schema) || depth > 16) return true;
  const members = ["anyOf", "oneOf", "allOf"].flatMap((key) =>
    Array.isArray(schema[key]) ? (schema[key] as unknown[]) : [],
  );
  if (members.length > 0) return members.some((member) => mayBeNested(doc, member, depth + 1));
  if (schema.type === undefined)
    return !(Array.isArray(schema.enum) && schema.enum.every((value) => !isObject(value)));
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  return types.some((type) => type === "object" || type === "array");
}

/** The properties a schema declares, through `$ref` and `allOf`. */
export function declaredProperties(doc: Json, raw: unknown, depth = 0): Map<string, unknown> {
  const found = new Map<string, unknown>();
  const schema = deref<unknown>(doc, raw);
  if (!isObject(schema) || depth > 16) return found;
  if (isObject(schema.properties))
    for (const [name, property] of Object.entries(schema.properties)) found.set(name, property);
  if (Array.isArray(schema.allOf))
    for (const part of schema.allOf)
      for (const [name, property] of declaredProperties(doc, part, depth + 1))
        if (!found.has(name)) found.set(name, property);
  return found;
}

/**
 * The style of each property of a form body that may hold an object or an array, by its
 * `encoding` (the only properties whose style changes what is sent).
 */
export function formPropertyStyles(doc: Json, media: unknown): Map<string, FormStyle> {
  const object = deref<unknown>(doc, media);
  const styles = new Map<string, FormStyle>();
  if (!isObject(object)) return styles;
  const encoding = isObject(object.encoding) ? object.encoding : {};
  for (const [name, schema] of declaredProperties(doc, object.schema))
    if (mayBeNested(doc, schema)) styles.set(name, formStyleOf(deref(doc, encoding[name])));
  return styles;
}

/** `multipart/form-data`, parameters aside. */
export const isMultipartMediaType = (mediaType: string) =>
  mediaType.split(";")[0]?.trim().toLowerCase() === "multipart/form-data";

/**
 * Whether a schema is bytes: a string of `format: binary`, or (OpenAPI 3.1) one with a
 * `contentMediaType` and no `contentEncoding` (an encoded string, base64..., stays a string).
 */
export function isBinarySchema(doc: Json, raw: unknown): boolean {
  const schema = deref<unknown>(doc, raw);
  if (!isObject(schema)) return false;
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (!types.includes("string")) return false;
  return (
    schema.format === "binary" ||
    (typeof schema.contentMediaType === "string" && schema.contentEncoding === undefined)
  );
}

export interface UploadMedia {
  /** `multipart`: the body is parts (files among them); `binary`: the body is bytes. */
  kind: "multipart" | "binary";
  /** The media type the client sends (`application/octet-stream` for a wildcard one). */
  type: string;
  media: unknown;
}

/**
 * An operation's upload body, where it offers neither JSON nor a form: `multipart/form-data`, else
 * bytes (`application/octet-stream`, or a media type whose schema is binary, or has none). Other
 * operations: undefined.
 */
export function uploadMediaOf(doc: Json, operation: Json): UploadMedia | undefined {
  const sent = requestMediaOf(doc, operation);
  if (!sent.unsupported) return undefined;
  const content = (deref<Json>(doc, operation.requestBody) as Json).content as Json;
  const types = Object.keys(content);
  const multipart = types.find(isMultipartMediaType);
  if (multipart) return { kind: "multipart", type: multipart, media: content[multipart] };
  for (const type of types) {
    const media = deref<unknown>(doc, content[type]);
    const schema = isObject(media) ? media.schema : undefined;
    const bytes = /^application\/octet-stream\b/i.test(type);
    if (!bytes && !(schema === undefined ? /\//.test(type) : isBinarySchema(doc, schema))) continue;
    return {
      kind: "binary",
      type: type.includes("*") ? "application/octet-stream" : type,
      media,
    };
  }
  return undefined;
}

/**
 * The `encoding` a multipart body's document gives its parts, as the runtime's `MultipartBodies`
 * reads it: a part's `contentType`, or `deepObject` where its `style` is (bracket notation).
 */
export function multipartPartEncodings(doc: Json, media: unknown): Record<string, string> {
  const object = deref<unknown>(doc, media);
  const parts: Record<string, string> = {};
  if (!isObject(object) || !isObject(object.encoding)) return parts;
  for (const [name, raw] of Object.entries(object.encoding)) {
    const encoding = deref<unknown>(doc, raw);
    if (!isObject(encoding)) continue;
    if (encoding.style === "deepObject") parts[name] = "deepObject";
    else if (typeof encoding.contentType === "string") parts[name] = encoding.contentType;
  }
  return parts;
}
