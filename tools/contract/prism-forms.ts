// What Prism 5.12 (@stoplight/prism-http) makes of an application/x-www-form-urlencoded body, as
// the runtime sends it, so that a case Prism cannot judge is reported as a limit of the mock,
// never as a failure. Read from its validator (validators/body.js, deserializers/style/*.js) and
// checked against it (tools/contract/prism-forms.test.ts):
//
// - It splits the body into `name=value` pairs (a repeated name keeps its last value), decodes
//   them (`+` as a space), and validates with Ajv's type coercion ("5" is 5, "true" is true).
// - A property with no `encoding` entry is its one pair `name=value`: an array property is refused
//   ("must be array") whatever is sent, and an object property (written as its own fields) is not
//   seen at all.
// - `style: deepObject` reads bracket notation from the schema: a `type: object` property from its
//   declared `properties` (recursively; an object of `additionalProperties` only is read as `{}`),
//   a `type: array` from indexed pairs `name[0]`. Where the schema has no `type` (`anyOf`/`oneOf`,
//   as Stripe's `address: anyOf [object, ""]`), only the plain pair `name=value` is read, so a
//   nested value sent there is not seen.
// - An array whose `items` are `type: object` fails with 415 ("Cannot deserialize JSON object array
//   in form data request body") whenever it holds an item: Prism expects JSON texts there.
// - A `type: object` or `type: array` deepObject property is always built, sent or not: an absent
//   object whose properties include required ones is refused, and a removed required object or
//   array property is not noticed.
// - A GET or HEAD cannot carry a body: the runtime sends the form's fields in the query string,
//   where Prism does not look for a body.
import { isObject, type Json } from "@patchbay/common/json";
import { deref } from "@patchbay/openapi/examples";
import { declaredProperties } from "@patchbay/openapi/form-bodies";

const typeOf = (schema: Json): string | undefined =>
  typeof schema.type === "string" ? schema.type : undefined;

const requiredOf = (schema: Json): string[] =>
  Array.isArray(schema.required) ? schema.required.map(String) : [];

/**
 * Why Prism refuses `value` (under `name`, in bracket notation) where its schema is `raw`;
 * `required`: whether the object holding it requires it.
 */
function deepObjectProblem(
  doc: Json,
  raw: unknown,
  value: unknown,
  name: string,
  required: boolean,
  /** What leaves a value out: the form `body`, or the `request` (its query). */
  holder: "body" | "request" = "body",
): string | undefined {
  const schema = deref<unknown>(doc, raw);
  if (!isObject(schema)) return undefined;
  const nested = typeof value === "object" && value !== null && !(value instanceof Date);
  const type = typeOf(schema);
  if (type === "object") {
    const fields = isObject(value) ? value : {};
    const own = requiredOf(schema);
    if (value === undefined && own.length > 0)
      return `it builds ${name} from its schema though the ${holder} leaves it out, and then misses its required ${own.join(", ")}`;
    for (const [key, property] of declaredProperties(doc, schema)) {
      const problem = deepObjectProblem(
        doc,
        property,
        fields[key],
        `${name}[${key}]`,
        own.includes(key),
        holder,
      );
      if (problem) return problem;
    }
    return undefined;
  }
  if (type === "array") {
    const items = deref<unknown>(doc, schema.items);
    if (Array.isArray(value) && value.length > 0 && isObject(items) && typeOf(items) === "object")
      return `it answers 415 to an array of objects (${name}) in bracket notation: it expects JSON texts there`;
    if (Array.isArray(value))
      for (const [index, item] of value.entries()) {
        const problem = deepObjectProblem(doc, items, item, `${name}[${index}]`, true, holder);
        if (problem) return problem;
      }
    return undefined;
  }
  // read as the plain field `name`, so absent: refused only where it is required (an array's item is)
  if (nested && !type && required)
    return `it reads ${name}, whose schema has no type (anyOf, oneOf), as one plain field, not in bracket notation, and misses it`;
  return undefined;
}

/**
 * Why Prism cannot judge this form body as the runtime sends it, or undefined where it can:
 * `media` is the request body's media object, `required` whether the body is.
 */
export function prismFormLimit(
  doc: Json,
  method: string,
  media: unknown,
  body: unknown,
  required: boolean,
): string | undefined {
  const limit = (why: string) => `Prism 5.12 cannot judge this form body: ${why}`;
  if (method.toUpperCase() === "GET" || method.toUpperCase() === "HEAD")
    return required
      ? limit(
          `a ${method.toUpperCase()} carries no body, so the runtime sends the fields in the query string, and Prism asks for the body the document requires`,
        )
      : undefined;
  const object = deref<unknown>(doc, media);
  if (!isObject(object)) return undefined;
  const encoding = isObject(object.encoding) ? object.encoding : {};
  const fields = isObject(body) ? body : {};
  const schema = deref<unknown>(doc, object.schema);
  const requiredFields = isObject(schema) ? requiredOf(schema) : [];
  for (const [name, property] of declaredProperties(doc, object.schema)) {
    const value = fields[name];
    const style = deref<Json | undefined>(doc, encoding[name])?.style;
    const nested = typeof value === "object" && value !== null && !(value instanceof Date);
    if (style === "deepObject") {
      const problem = deepObjectProblem(doc, property, value, name, requiredFields.includes(name));
      if (problem) return limit(problem);
    } else if (style === undefined && nested) {
      if (Array.isArray(value) && value.length > 0)
        return limit(
          `it reads ${name}, which has no encoding entry, as one plain field, and refuses it as no array`,
        );
      if (!Array.isArray(value) && requiredFields.includes(name))
        return limit(
          `it reads ${name}, which has no encoding entry, as one plain field, and does not see the object sent as its own fields`,
        );
    } else if (style !== undefined && Array.isArray(value)) {
      const items = deref<unknown>(
        doc,
        isObject(property) ? deref<Json>(doc, property).items : undefined,
      );
      if (value.length > 0 && isObject(items) && typeOf(items) === "object")
        return limit(`it answers 415 to an array of objects (${name}) not written as JSON texts`);
    }
  }
  return undefined;
}

/**
 * Why Prism cannot judge a request whose query string holds `query` (its parameters' values), or
 * undefined where it can. Prism reads a `style: deepObject` query parameter as it reads a form's
 * deepObject field: a `type: object` one is built from its schema whether the request has it or
 * not, and refused for the required properties it then lacks (Stripe's optional
 * `customer_details`, which requires `email`, answers every request without it with 422).
 */
export function prismQueryLimit(
  doc: Json,
  parameters: unknown[],
  query: Record<string, unknown> | undefined,
): string | undefined {
  for (const raw of parameters) {
    const parameter = deref<unknown>(doc, raw);
    if (!isObject(parameter) || parameter.in !== "query" || parameter.style !== "deepObject")
      continue;
    const name = String(parameter.name);
    const required = parameter.required === true;
    const problem = deepObjectProblem(
      doc,
      parameter.schema,
      query?.[name],
      name,
      required,
      "request",
    );
    if (problem) return `Prism 5.12 cannot judge this query: ${problem}`;
  }
  return undefined;
}

/**
 * Why Prism cannot see the required field `field` removed from a form body, or undefined where it
 * can: a GET's fields go in the query, and a deepObject object or array is built though absent.
 */
export function prismMissesRemoved(
  doc: Json,
  method: string,
  media: unknown,
  field: string,
): string | undefined {
  if (method.toUpperCase() === "GET" || method.toUpperCase() === "HEAD")
    return `Prism 5.12 does not read a ${method.toUpperCase()}'s form fields (the runtime sends them in the query string) as its body`;
  const object = deref<unknown>(doc, media);
  if (!isObject(object)) return undefined;
  const encoding = isObject(object.encoding) ? object.encoding : {};
  const property = deref<unknown>(doc, declaredProperties(doc, object.schema).get(field));
  const type = isObject(property) ? typeOf(property) : undefined;
  return deref<Json | undefined>(doc, encoding[field])?.style === "deepObject" &&
    (type === "object" || type === "array")
    ? `Prism 5.12 builds the deepObject ${type} ${field} from its schema though the body leaves it out, so it never sees it missing`
    : undefined;
}
