import type { IncomingMessage } from "node:http";

/** A form of a few fields: more than this is not one of the app's forms. */
const maxBytes = 4096;

/**
 * The fields of an `application/x-www-form-urlencoded` body; `undefined` when the body is longer
 * than `maxBytes` (the rest is not read).
 */
export async function readForm(request: IncomingMessage): Promise<URLSearchParams | undefined> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    length += chunk.length;
    if (length > maxBytes) {
      request.resume();
      return undefined;
    }
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}
