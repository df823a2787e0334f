import type { BodyEncoding } from "./body-encoding.js";
import { PatchbayError } from "./errors.js";
import { limitedStream } from "./request-size.js";

export type { BinaryBodies } from "./auth.js";

/** What a caller passes for a binary body: sent as it is (a stream once: never retried). */
export type BinaryBody = Blob | ReadableStream<Uint8Array> | Uint8Array | ArrayBuffer | string;

const isBinary = (body: unknown): boolean =>
  typeof body === "string" ||
  body instanceof Blob ||
  body instanceof ArrayBuffer ||
  ArrayBuffer.isView(body) ||
  body instanceof ReadableStream;

/**
 * The binary encoding of a vendor whose descriptor has `binaryBodies` (passed by the generated
 * `createClient` where the document has such operations): the body of such an operation is sent
 * as it is, with the document's media type as `Content-Type` unless the caller sets one; a body
 * that is not bytes (an object...) is refused with a `PatchbayError` naming the operation.
 */
export const binaryBodies: BodyEncoding = {
  key: "binaryBodies",
  prepare({ vendor, binaryBodies: declared }) {
    if (!declared) return undefined;
    return (method, path, init, max) => {
      const operation = `${method.toUpperCase()} ${path}`;
      const type = declared[operation];
      if (!type || init?.body === undefined) return init;
      if (!isBinary(init.body))
        throw new PatchbayError(
          `${vendor}: ${operation} sends bytes (${type}): pass a Blob, Uint8Array, ArrayBuffer, ReadableStream or string`,
          { vendor },
        );
      const own =
        init.headers instanceof Headers || Array.isArray(init.headers)
          ? Object.fromEntries(new Headers(init.headers as HeadersInit))
          : init.headers;
      return {
        ...init,
        // a stream is counted as it is sent: cut past `maxRequestBytes`
        body:
          init.body instanceof ReadableStream
            ? limitedStream(init.body, max, vendor, operation)
            : init.body,
        headers: { "Content-Type": type, ...own },
        bodySerializer: (body: unknown) => body,
        // what `new Request` needs for a stream (where a middleware makes one)
        duplex: "half",
      };
    };
  },
};
