import { resolvePointer } from "./json-pointer.ts";

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === "object" && !Array.isArray(value);

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
      if (isObject(resolved) && "value" in resolved) found.push({ name, value: resolved.value });
    }
  }
  if ("example" in object) found.unshift({ name: "example", value: object.example });
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

export interface OperationExample {
  params: { path?: Json; query?: Json; header?: Json };
  body?: unknown;
  /** What could not be given a value: `path parameter "id"`, `request body`. */
  missing: string[];
}

/** A valid call of an operation built from the document's own examples. */
export function exampleCall(doc: Json, pathItem: Json, operation: Json): OperationExample {
  const params: OperationExample["params"] = {};
  const missing: string[] = [];
  const parameters = [
    ...(Array.isArray(pathItem.parameters) ? pathItem.parameters : []),
    ...(Array.isArray(operation.parameters) ? operation.parameters : []),
  ].map((parameter) => deref<Json>(doc, parameter));
  for (const parameter of parameters) {
    if (!isObject(parameter)) continue;
    const location = parameter.in as "path" | "query" | "header" | "cookie";
    if (location === "cookie") continue;
    const example = examplesOf(doc, parameter)[0];
    if (example === undefined) {
      if (parameter.required) missing.push(`${location} parameter "${String(parameter.name)}"`);
      continue;
    }
    if (!parameter.required && location !== "path") continue;
    params[location] ??= {};
    (params[location] as Json)[String(parameter.name)] = example.value;
  }
  const call: OperationExample = { params, missing };
  const requestBody = deref<Json | undefined>(doc, operation.requestBody);
  if (isObject(requestBody) && isObject(requestBody.content)) {
    const media = requestBody.content["application/json"] ?? Object.values(requestBody.content)[0];
    const example = examplesOf(doc, media)[0];
    if (example) call.body = example.value;
    else if (requestBody.required) missing.push("request body");
  }
  return call;
}
