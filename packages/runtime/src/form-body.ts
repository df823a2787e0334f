// Request bodies sent as application/x-www-form-urlencoded, where the vendor's document says an
// operation takes one (and no JSON): the object the caller passes is written as form fields, nested
// objects and arrays in bracket notation (`metadata[order_id]=6735`, `items[0][price]=price_1`).
import * as openapiFetch from "openapi-fetch";
import type { FormBodies, FormStyle } from "./auth.js";
import type { BodyEncoding, CallInit as Init, Serializer } from "./body-encoding.js";
import { PatchbayError } from "./errors.js";

export type { FormBodies, FormStyle } from "./auth.js";

export const FORM_MEDIA_TYPE = "application/x-www-form-urlencoded";

const delimiters: Partial<Record<FormStyle, string>> = {
  commaDelimited: ",",
  spaceDelimited: " ",
  pipeDelimited: "|",
};

/** Percent-encoding of a form field's name or value: everything but `A-Z a-z 0-9 - _ . ~`. */
function encodePart(vendor: string, text: string): string {
  try {
    return encodeURIComponent(text).replace(
      /[!'()*]/g,
      (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
    );
  } catch {
    throw new PatchbayError(
      `${vendor}: a form field of the request body holds a lone surrogate, which cannot be sent`,
      { vendor },
    );
  }
}

const isNested = (value: unknown): value is object =>
  typeof value === "object" && value !== null && !(value instanceof Date);

/**
 * `body` (an object) as `application/x-www-form-urlencoded` text: each top-level property in its
 * `style` (`styleOf(name)`), `undefined` left out (a property, an item, a nested field), `null`
 * as the empty string (what clears a field, e.g. on Stripe), a `Date` as its ISO 8601 text (as in
 * JSON), numbers, booleans and BigInts as their text; an empty array or object sends nothing.
 * Refused with a `PatchbayError` naming the field: a circular value, a function or symbol, a
 * number that is not finite, an invalid `Date`.
 */
export function encodeFormBody(
  vendor: string,
  body: object,
  styleOf: (property: string) => FormStyle = () => "deepObject",
): string {
  if (Array.isArray(body))
    throw new PatchbayError(
      `${vendor}: a form request body must be an object of fields, not an array`,
      { vendor },
    );
  const pairs: string[] = [];
  const ancestors = new Set<object>();
  const refuse = (name: string, why: string): never => {
    throw new PatchbayError(`${vendor}: the request body's form field ${name} ${why}`, {
      vendor,
      field: name,
    });
  };
  const text = (name: string, value: unknown): string => {
    switch (typeof value) {
      case "string":
        return value;
      case "boolean":
      case "bigint":
        return String(value);
      case "number":
        return Number.isFinite(value)
          ? String(value)
          : refuse(name, `is ${value}, not a number a form can send`);
      case "object":
        if (value === null) return "";
        if (value instanceof Date)
          return Number.isNaN(value.getTime())
            ? refuse(name, "is an invalid Date")
            : value.toISOString();
        return refuse(name, "is an object where a single value is written");
      default:
        return refuse(name, `is a ${typeof value}, which a form cannot send`);
    }
  };
  const field = (name: string, value: string) =>
    pairs.push(`${encodePart(vendor, name)}=${encodePart(vendor, value)}`);
  const entries = (name: string, value: object): [string, unknown][] => {
    if (ancestors.has(value)) refuse(name, "is circular");
    return Array.isArray(value)
      ? value.map((item, index) => [String(index), item])
      : Object.entries(value);
  };
  /** `value` under `name` in bracket notation, at any depth. */
  const brackets = (name: string, value: unknown): void => {
    if (value === undefined) return;
    if (!isNested(value)) {
      field(name, text(name, value));
      return;
    }
    const inner = entries(name, value);
    ancestors.add(value);
    for (const [key, item] of inner) brackets(`${name}[${key}]`, item);
    ancestors.delete(value);
  };
  for (const [name, value] of Object.entries(body)) {
    if (value === undefined) continue;
    const style = isNested(value) ? styleOf(name) : "deepObject";
    if (style === "deepObject" || !isNested(value)) {
      brackets(name, value);
      continue;
    }
    const inner = entries(name, value).filter(([, item]) => item !== undefined);
    const delimiter = delimiters[style];
    if (delimiter !== undefined) {
      // one field: an array's values, an object's names and values, joined; nested: brackets
      if (inner.some(([, item]) => isNested(item))) brackets(name, value);
      else if (inner.length > 0) {
        const parts = Array.isArray(value)
          ? inner.map(([key, item]) => text(`${name}[${key}]`, item))
          : inner.flatMap(([key, item]) => [key, text(`${name}[${key}]`, item)]);
        field(name, parts.join(delimiter));
      }
      continue;
    }
    // form, exploded: an array's items repeat the name, an object's properties are fields of their own
    ancestors.add(value);
    for (const [key, item] of inner) {
      const itemName = Array.isArray(value) ? name : key;
      if (isNested(item)) brackets(Array.isArray(value) ? `${name}[${key}]` : key, item);
      else field(itemName, text(itemName, item));
    }
    ancestors.delete(value);
  }
  return pairs.join("&");
}

/** Whether a `Content-Type` value is the form media type (parameters such as `charset` aside). */
export const isFormMediaType = (contentType: string | null | undefined): boolean =>
  contentType?.split(";")[0]?.trim().toLowerCase() === FORM_MEDIA_TYPE;

/** A body the caller already encoded (a string, `URLSearchParams`, `FormData`, a `Blob`...): sent as it is. */
const isEncoded = (body: unknown): boolean =>
  typeof body === "string" ||
  body instanceof URLSearchParams ||
  (typeof FormData === "function" && body instanceof FormData) ||
  (typeof Blob === "function" && body instanceof Blob) ||
  body instanceof ArrayBuffer ||
  ArrayBuffer.isView(body) ||
  (typeof ReadableStream === "function" && body instanceof ReadableStream);

/** `body` as form text, or as the caller encoded it. */
function formText(
  vendor: string,
  body: unknown,
  styleOf?: (property: string) => FormStyle,
): unknown {
  if (body instanceof URLSearchParams) return body.toString();
  if (isEncoded(body)) return body;
  if (typeof body !== "object" || body === null)
    throw new PatchbayError(
      `${vendor}: a form request body must be an object of fields, not ${body === null ? "null" : `a ${typeof body}`}`,
      { vendor },
    );
  return encodeFormBody(vendor, body, styleOf);
}

const contentTypeOf = (headers?: Headers | Record<string, string>): string | null | undefined => {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get("content-type");
  const name = Object.keys(headers).find((key) => key.toLowerCase() === "content-type");
  return name === undefined ? undefined : headers[name];
};

/**
 * A body serializer that writes a form, in bracket notation, where the request's `Content-Type`
 * is the form media type (the caller set it, or the operation's), and leaves the rest to `json`.
 */
export const formOrJson =
  (vendor: string, json: Serializer, styleOf?: (property: string) => FormStyle): Serializer =>
  (body, headers) =>
    isFormMediaType(contentTypeOf(headers)) ? formText(vendor, body, styleOf) : json(body, headers);

/** The style of each property of an operation's form body; undefined for an operation without one. */
export type FormOperations = (
  method: string,
  path: string,
) => ((property: string) => FormStyle) | undefined;

/** Looks operations up in a descriptor's `formBodies` by method and path template. */
export function formOperations(forms: FormBodies | undefined): FormOperations | undefined {
  if (!forms) return undefined;
  const listed = new Set("operations" in forms ? forms.operations : forms.allExcept);
  const isForm =
    "operations" in forms ? (key: string) => listed.has(key) : (key: string) => !listed.has(key);
  return (method, path) => {
    const key = `${method.toUpperCase()} ${path}`;
    if (!isForm(key)) return undefined;
    const own = forms.properties?.[key];
    return (property) => own?.[property] ?? forms.style;
  };
}

const noBodyMethods = new Set(["GET", "HEAD"]);

/**
 * The call's init for an operation whose body is a form: `Content-Type` set (a caller's own wins,
 * and a JSON one then sends JSON), the body written by `styleOf`. A GET or HEAD cannot carry a
 * body: its form fields go in the query string, after the query parameters, as an HTML form does
 * (and Stripe's SDKs).
 */
function formInit(
  vendor: string,
  method: string,
  init: Init | undefined,
  styleOf: (property: string) => FormStyle,
  json: Serializer,
): Init | undefined {
  if (!init || init.body === undefined || init.bodySerializer !== undefined) return init;
  if (noBodyMethods.has(method.toUpperCase())) {
    const fields = formText(vendor, init.body, styleOf);
    if (typeof fields !== "string")
      throw new PatchbayError(
        `${vendor}: a ${method.toUpperCase()} request cannot carry a body: its form fields go in the query, so they must be an object or a string`,
        { vendor },
      );
    const query =
      typeof init.querySerializer === "function"
        ? (init.querySerializer as (query: object) => string)
        : openapiFetch.createQuerySerializer(init.querySerializer as never);
    const { body: _body, ...rest } = init;
    return {
      ...rest,
      querySerializer: (parameters: object) =>
        [query(parameters).replace(/^\?/, ""), fields].filter(Boolean).join("&"),
    };
  }
  const own =
    init.headers instanceof Headers || Array.isArray(init.headers)
      ? Object.fromEntries(new Headers(init.headers as HeadersInit))
      : init.headers;
  return {
    ...init,
    headers: { "Content-Type": FORM_MEDIA_TYPE, ...own },
    bodySerializer: formOrJson(vendor, json, styleOf),
  };
}

/**
 * The form encoding of a vendor whose descriptor has `formBodies` (the generated `createClient`
 * passes it where the document has form operations, so no other client bundles the encoder):
 * the operations `formBodies` names send their body as a form, and any call whose caller set the
 * form `Content-Type` gets bracket notation too (not openapi-fetch's flat `[object Object]`).
 */
export const formBodies: BodyEncoding = {
  key: "formBodies",
  prepare({ vendor, formBodies: declared }, json) {
    const forms = formOperations(declared);
    if (!forms) return undefined;
    const fallback = formOrJson(vendor, json);
    return (method, path, init) => {
      const styleOf = forms(method, path);
      if (styleOf) return formInit(vendor, method, init, styleOf, json);
      return init?.body === undefined || init.bodySerializer !== undefined
        ? init
        : { ...init, bodySerializer: fallback };
    };
  },
};
