// Where a document keeps its examples: `$ref`s followed, and the examples a media type, parameter or
// header carries. The lowest layer of the example helpers (examples.ts and example-findings.ts).
import { isObject, type Json } from "@patchbay/common/json";
import { resolveExampleValue } from "./example-values.ts";
import { resolvePointer } from "./json-pointer.ts";

/** Follows local `$ref`s (and nothing else) until it reaches a value. */
export function deref<T = unknown>(doc: Json, value: unknown): T {
  let current = value;
  for (let hops = 0; hops < 32 && isObject(current) && typeof current.$ref === "string"; hops++) {
    if (!current.$ref.startsWith("#")) break;
    current = resolvePointer(doc, current.$ref);
  }
  return current as T;
}

export interface NamedExample {
  name: string;
  value: unknown;
}

/** The examples a media type, parameter or header object carries: `example`, `examples`, then its schema's. */
export function examplesOf(doc: Json, holder: unknown): NamedExample[] {
  const object = deref<Json | undefined>(doc, holder);
  if (!isObject(object)) return [];
  const found: NamedExample[] = [];
  if (isObject(object.examples)) {
    for (const [name, example] of Object.entries(object.examples)) {
      const resolved = deref<Json>(doc, example);
      if (isObject(resolved) && "value" in resolved)
        found.push({ name, value: resolveExampleValue(doc, resolved.value) });
    }
  }
  if ("example" in object)
    found.unshift({ name: "example", value: resolveExampleValue(doc, object.example) });
  if (found.length === 0) {
    const schema = deref<Json | undefined>(doc, object.schema);
    if (isObject(schema)) {
      if ("example" in schema) found.push({ name: "schema example", value: schema.example });
      else if (Array.isArray(schema.examples) && schema.examples.length > 0) {
        found.push({ name: "schema example", value: schema.examples[0] });
      } else if (Array.isArray(schema.enum) && schema.enum.length > 0) {
        found.push({ name: "first enum value", value: schema.enum[0] });
      } else if ("default" in schema) {
        found.push({ name: "default", value: schema.default });
      }
    }
  }
  return found;
}
