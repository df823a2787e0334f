import { isObject, type Json } from "@patchbay/common/json";
import { checkExamples } from "./example-findings.ts";
import { deref, examplesOf } from "./example-sources.ts";
import { requestMediaOf } from "./form-bodies.ts";
import { forEachOperation } from "./operations.ts";

export { deref, examplesOf, type NamedExample } from "./example-sources.ts";

export interface OperationExample {
  params: { path?: Json; query?: Json; header?: Json };
  body?: unknown;
  /** What could not be given a value: `path parameter "id"`, `request body`. */
  missing: string[];
  /** What was given a value synthesized from its schema (the `synthesize` option), not an example. */
  synthesized: string[];
}

/** A value for `schema` where the document gives no example (synthesize.ts), or why there is none. */
export type Synthesizer = (
  schema: unknown,
  what: string,
) => { value: unknown } | { problem: string };

/**
 * A value of the type `schema` describes, for a README to show a call that compiles where the
 * document gives no example: `"<name>"` for a string, 0, false, an object with its required
 * properties. Not a valid request (patterns, formats and bounds are not met); only its shape is.
 */
export function placeholderFor(
  doc: Json,
  raw: unknown,
  name: string,
  depth = 0,
  { fromExamples = true } = {},
): unknown {
  const schema = deref<Json | undefined>(doc, raw);
  if (!isObject(schema) || depth > 8) return null;
  const [found] = fromExamples ? examplesOf(doc, { schema }) : [];
  if (found) return found.value;
  if ("const" in schema) return schema.const;
  // an enum's values are the schema's own words, unlike its examples
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  const choices =
    (Array.isArray(schema.oneOf) && schema.oneOf) || (Array.isArray(schema.anyOf) && schema.anyOf);
  // A member that only says which of this schema's own properties are required
  // (`oneOf: [{ required: [url] }, { required: [html] }]`) adds to them instead.
  const first = choices && choices.length > 0 ? deref<unknown>(doc, choices[0]) : undefined;
  const onlyRequires =
    isObject(first) &&
    Object.keys(first).every((key) => key === "required" || key === "description");
  if (choices && choices.length > 0 && !onlyRequires)
    return placeholderFor(doc, choices[0], name, depth + 1, { fromExamples });
  if (Array.isArray(schema.allOf)) {
    const parts = schema.allOf.map((part) =>
      placeholderFor(doc, part, name, depth + 1, { fromExamples }),
    );
    if (parts.every(isObject)) return Object.assign({}, ...parts);
    return parts.find((part) => part !== null) ?? null;
  }
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  const type = types.find((candidate) => candidate !== "null") ?? types[0];
  switch (type) {
    case "string":
      return `<${name}>`;
    case "integer":
    case "number":
      return typeof schema.minimum === "number" ? schema.minimum : 0;
    case "boolean":
      return false;
    case "array":
      return [];
    case "null":
      return null;
  }
  if (type === "object" || isObject(schema.properties)) {
    const properties = isObject(schema.properties) ? schema.properties : {};
    const required = [
      ...(Array.isArray(schema.required) ? schema.required.map(String) : []),
      ...(onlyRequires && Array.isArray(first.required) ? first.required.map(String) : []),
    ];
    return Object.fromEntries(
      required.map((key) => [
        key,
        placeholderFor(doc, properties[key], key, depth + 1, { fromExamples }),
      ]),
    );
  }
  return null;
}

/**
 * A valid call of an operation built from the document's own examples. With `placeholders`, a
 * required value the document has no example for gets a placeholder of its type (still listed
 * in `missing`): a README's call then compiles, though a server would not take it. With
 * `synthesize`, it gets the value that function makes from its schema (listed in `synthesized`),
 * or stays missing, with the function's reason.
 */
export function exampleCall(
  doc: Json,
  pathItem: Json,
  operation: Json,
  { placeholders = false, synthesize }: { placeholders?: boolean; synthesize?: Synthesizer } = {},
): OperationExample {
  const params: OperationExample["params"] = {};
  const missing: string[] = [];
  const synthesized: string[] = [];
  /** The synthesized value for `what`, noting it; undefined (noted as missing, why) without one. */
  const synthesizedValue = (schema: unknown, what: string): { value: unknown } | undefined => {
    if (!synthesize) return undefined;
    const made = synthesize(schema, what);
    if ("problem" in made) {
      missing.push(`${what} (${made.problem})`);
      return undefined;
    }
    synthesized.push(what);
    return made;
  };
  // A README's call must compile: an example its schema refuses counts as none there.
  const refused = placeholders ? refusedExamples(doc, operation) : () => false;
  const parameters = [
    ...(Array.isArray(pathItem.parameters) ? pathItem.parameters : []),
    ...(Array.isArray(operation.parameters) ? operation.parameters : []),
  ].map((parameter) => deref<Json>(doc, parameter));
  for (const parameter of parameters) {
    if (!isObject(parameter)) continue;
    const location = parameter.in as "path" | "query" | "header" | "cookie";
    if (location === "cookie") continue;
    const name = String(parameter.name);
    const found = examplesOf(doc, parameter)[0];
    const documented =
      found && !refused(`${location} parameter "${name}" example `) ? found : undefined;
    const what = `${location} parameter "${name}"`;
    const example =
      documented ??
      (parameter.required && synthesize ? synthesizedValue(parameter.schema, what) : undefined);
    if (example === undefined && parameter.required) {
      if (!synthesize) missing.push(what);
      if (!placeholders) continue;
    }
    if (example === undefined && !(placeholders && parameter.required)) continue;
    if (!parameter.required && location !== "path") continue;
    params[location] ??= {};
    (params[location] as Json)[name] = example
      ? example.value
      : // the schema's own examples may be refused too: the type alone
        placeholderFor(doc, parameter.schema, name, 0, { fromExamples: false });
  }
  const call: OperationExample = { params, missing, synthesized };
  const requestBody = deref<Json | undefined>(doc, operation.requestBody);
  if (isObject(requestBody) && isObject(requestBody.content)) {
    // JSON where the body offers it, else a form (the client takes its fields as an object)
    const sent = requestMediaOf(doc, operation);
    const mediaType =
      "application/json" in requestBody.content
        ? "application/json"
        : (sent.type ?? Object.keys(requestBody.content)[0] ?? "");
    const media = requestBody.content[mediaType];
    const found = examplesOf(doc, media)[0];
    const typed = sent.kind !== undefined;
    const usable =
      found &&
      // a file's example is not the object the client takes: a README shows the shape
      !(
        placeholders &&
        (!typed ||
          refused(
            `request${mediaType === "application/json" ? "" : ` (${mediaType})`} example ${found.name}`,
          ))
      );
    const example =
      (usable ? found : undefined) ??
      (requestBody.required && typed && isObject(media)
        ? synthesizedValue(media.schema, "request body")
        : undefined);
    if (example) call.body = example.value;
    else if (requestBody.required) {
      if (!synthesize || !typed) missing.push("request body");
      if (placeholders && isObject(media))
        call.body = placeholderFor(doc, media.schema, "body", 0, { fromExamples: false });
    }
  }
  return call;
}

const findingsByDocument = new WeakMap<Json, string[]>();

/**
 * Whether an example of `operation` (named by the rest of its key after `METHOD /path: `) is one
 * its schema refuses (checkExamples, run once per document).
 */
function refusedExamples(doc: Json, operation: Json): (rest: string) => boolean {
  let keys = findingsByDocument.get(doc);
  if (!keys) {
    keys = checkExamples(doc).findings.map((finding) => finding.example);
    findingsByDocument.set(doc, keys);
  }
  let prefix = "";
  forEachOperation(doc, (candidate, _at, method, path) => {
    if (candidate === operation) prefix = `${method.toUpperCase()} ${path}: `;
  });
  const own = keys.filter((key) => key.startsWith(prefix));
  return (rest) => prefix !== "" && own.some((key) => key.startsWith(prefix + rest));
}
