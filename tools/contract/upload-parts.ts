// Upload bodies in the contract suite: the file parts a multipart body's document declares, the
// body the client is given for them (a Blob where the document's example or synthesized value has
// a string), and what a loopback server checks of the parts the client sent: Prism 5.12 parses a
// multipart body and checks its required parts and text parts' types, but takes any text for a
// file part (a `format: binary` string), so a client that sent no file would pass it.
import { isObject, type Json } from "@patchbay/common/json";
import { deref } from "@patchbay/openapi/examples";
import { declaredProperties, isBinarySchema } from "@patchbay/openapi/form-bodies";

/** A multipart body's file parts by name: `"one"` a file, `"many"` an array of files. */
export function filePartsOf(doc: Json, media: unknown): Record<string, "one" | "many"> {
  const object = deref<unknown>(doc, media);
  const parts: Record<string, "one" | "many"> = {};
  if (!isObject(object)) return parts;
  for (const [name, raw] of declaredProperties(doc, object.schema)) {
    const schema = deref<unknown>(doc, raw);
    if (isBinarySchema(doc, schema)) parts[name] = "one";
    else if (isObject(schema) && schema.type === "array" && isBinarySchema(doc, schema.items))
      parts[name] = "many";
  }
  return parts;
}

/** The bytes of each file the suite uploads for `part`. */
export const fileBytes = (part: string) => `contract test file for ${part}\n`;

/**
 * `body` (from the document's example, else synthesized: a string where a file goes) as the client
 * is given it: each file part a `Blob` (a `File` for an array's); a binary body a `Blob`.
 */
export function uploadBodyOf(
  upload: { kind: "multipart" | "binary"; files: Record<string, "one" | "many"> },
  body: unknown,
): unknown {
  if (upload.kind === "binary") return new Blob([fileBytes("body")]);
  if (!isObject(body)) return body;
  const given: Record<string, unknown> = { ...body };
  for (const [part, count] of Object.entries(upload.files)) {
    if (!(part in given)) continue;
    given[part] =
      count === "one"
        ? new Blob([fileBytes(part)], { type: "application/octet-stream" })
        : [new File([fileBytes(part)], `${part}.bin`)];
  }
  return given;
}

/** Whether `text` (a text part) is a value of `schema`'s type, as far as multipart text can say. */
function textFits(doc: Json, raw: unknown, text: string, depth = 0): string | undefined {
  const schema = deref<unknown>(doc, raw);
  if (!isObject(schema) || depth > 4) return undefined;
  if (Array.isArray(schema.enum) && !schema.enum.map(String).includes(text))
    return `is ${JSON.stringify(text)}, not one of ${schema.enum.map((value) => JSON.stringify(value)).join(", ")}`;
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.includes(undefined) || types.includes("string")) return undefined;
  if (types.includes("integer") && /^-?\d+$/.test(text)) return undefined;
  if (types.includes("number") && text.trim() !== "" && Number.isFinite(Number(text)))
    return undefined;
  if (types.includes("boolean") && (text === "true" || text === "false")) return undefined;
  if (types.includes("null") && text === "") return undefined;
  if (types.includes("object") || types.includes("array")) {
    try {
      const value: unknown = JSON.parse(text);
      if (typeof value === "object" && value !== null) return undefined;
    } catch {
      // not JSON: refused below
    }
  }
  return `is ${JSON.stringify(text.slice(0, 40))}, not a ${types.join(" or ")}`;
}

/**
 * What is wrong with the parts a multipart body arrived with, against the document's schema for
 * it (`media`): a required part missing, a file part that is not a file with bytes, a text part
 * whose text its type refuses. Empty when the parts fit. Parts in bracket notation (`a[b]`, a
 * `deepObject` encoding) are checked as present only.
 */
export function partProblems(doc: Json, media: unknown, form: FormData): string[] {
  const object = deref<unknown>(doc, media);
  if (!isObject(object)) return [];
  const schema = deref<unknown>(doc, object.schema);
  const declared = declaredProperties(doc, object.schema);
  const required = new Set(
    isObject(schema) && Array.isArray(schema.required) ? (schema.required as string[]) : [],
  );
  const names = new Set([...form.keys()].map((name) => name.replace(/\[.*$/, "")));
  const problems: string[] = [];
  for (const name of required) if (!names.has(name)) problems.push(`required part ${name} missing`);
  const files = filePartsOf(doc, media);
  for (const name of new Set(form.keys())) {
    const values = form.getAll(name);
    if (name in files) {
      for (const value of values)
        if (typeof value === "string" || value.size === 0)
          problems.push(
            `part ${name} is not a file with bytes (${typeof value === "string" ? "text" : "empty"})`,
          );
      continue;
    }
    if (name.includes("[")) continue;
    const property = declared.get(name);
    if (property === undefined) {
      if (isObject(schema) && schema.additionalProperties === false)
        problems.push(`part ${name} is not in the schema`);
      continue;
    }
    const itemSchema = deref<Json>(doc, property);
    const each =
      isObject(itemSchema) && itemSchema.type === "array" && values.length > 0
        ? itemSchema.items
        : property;
    for (const value of values) {
      if (typeof value !== "string") continue;
      const problem = textFits(doc, each, value);
      if (problem) problems.push(`part ${name} ${problem}`);
    }
  }
  return problems;
}
