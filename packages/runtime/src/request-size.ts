import { RequestTooLargeError } from "./errors.js";
import type { Redactor } from "./redact.js";

/**
 * The bytes of a body as sent: a string's UTF-8, `Blob.size`, `byteLength`, a `FormData`'s parts
 * summed, a `URLSearchParams`' text (a `Blob` of bytes copies them: measured only under a limit).
 */
export const sizeOf = (body: unknown): number =>
  new Blob(body instanceof FormData ? [...body.values()] : [body as Blob]).size;

/** The error of a body over `maxRequestBytes` (`max`); `what` names the request, never the body. */
export const tooLarge = (vendor: string, what: string, max: number, redactor?: Redactor) =>
  new RequestTooLargeError(
    `${vendor}: ${what}: body over maxRequestBytes (${max})`,
    { vendor, maxRequestBytes: max },
    redactor,
  );

/**
 * `stream` counted as it is read, errored with `RequestTooLargeError` where it passes `max`
 * bytes (its length is unknown before): the request sending it is then aborted.
 */
export function limitedStream(
  stream: ReadableStream<Uint8Array>,
  max: number | undefined,
  vendor: string,
  what: string,
): ReadableStream<Uint8Array> {
  if (max === undefined || max === Infinity) return stream;
  let read = 0;
  return stream.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        read += chunk.byteLength;
        if (read > max) throw tooLarge(vendor, what, max);
        controller.enqueue(chunk);
      },
    }),
  );
}
