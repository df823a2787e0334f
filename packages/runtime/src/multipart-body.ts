import type { BodyEncoding, CallInit } from "./body-encoding.js";
import { limitedStream } from "./request-size.js";

export type { MultipartBodies } from "./auth.js";

/** What a caller passes for a file part: a `Blob` (a `File` keeps its name), bytes, or a stream. */
export type FilePart = Blob | ReadableStream<Uint8Array> | Uint8Array;

/**
 * `body` (an object) as a `FormData`: a `Blob` or `File` as a file part (a `File` keeps its name,
 * a `Blob` is named after its part), bytes (`Uint8Array`, `ArrayBuffer`) as a file part of the
 * part's `contentType` (default `application/octet-stream`), a `ReadableStream` read into one
 * (a `FormData` cannot stream a part; the read stops past `maxRequestBytes`), an array as the part
 * repeated, an object as its JSON text (OpenAPI's default for an object part; `deepObject`: parts
 * in bracket notation), a `Date` as its ISO 8601 text, numbers, booleans and BigInts as text,
 * `null` as the empty text; `undefined` is left out. A value JSON cannot hold (circular) throws
 * `JSON.stringify`'s `TypeError`, nothing sent.
 */
export async function multipartBody(
  vendor: string,
  body: object,
  encoding: { readonly [part: string]: string },
  maxRequestBytes?: number,
  what = "",
): Promise<FormData> {
  const form = new FormData();
  const append = async (name: string, value: unknown, own?: string): Promise<void> => {
    const deep = own === "deepObject";
    if (value instanceof ReadableStream)
      value = await new Response(limitedStream(value, maxRequestBytes, vendor, what)).blob();
    if (value instanceof ArrayBuffer || ArrayBuffer.isView(value))
      value = new Blob([value as ArrayBuffer], { type: own || "application/octet-stream" });
    if (value instanceof Blob) form.append(name, value, (value as File).name || name);
    else if (Array.isArray(value) && !deep) for (const item of value) await append(name, item, own);
    else if (value && typeof value === "object" && !(value instanceof Date))
      if (deep)
        for (const [key, item] of Object.entries(value)) await append(`${name}[${key}]`, item, own);
      else form.append(name, JSON.stringify(value));
    else if (value !== undefined)
      form.append(name, value === null ? "" : String((value as Date).toJSON?.() ?? value));
  };
  for (const name in body)
    await append(name, (body as Record<string, unknown>)[name], encoding[name]);
  return form;
}

/**
 * The multipart encoding of a vendor whose descriptor has `multipartBodies` (the generated
 * `createClient` passes it where the document has multipart operations, so no other client
 * bundles it): the object body of such an operation is sent as a `FormData`, its
 * `Content-Type` (with the boundary) left to `fetch`; a `FormData` the caller built, or any body
 * other than a plain object, is sent as it is.
 */
export const multipartBodies: BodyEncoding = {
  key: "multipartBodies",
  prepare({ vendor, multipartBodies: declared }) {
    if (!declared) return undefined;
    return async (method, path, init, max): Promise<CallInit | undefined> => {
      const operation = `${method.toUpperCase()} ${path}`;
      const encoding = declared[operation];
      const body = init?.body;
      // a plain object; a FormData, or anything else, as it is
      if (!encoding || (body as object | undefined)?.constructor !== Object) return init;
      return {
        ...init,
        body: await multipartBody(vendor, body as object, encoding, max, operation),
      };
    };
  },
};
