// A webhook delivery as raw bytes and headers, from a `Request` or from what a server read.
import type { WebhookRefusal } from "./errors.js";

/** A delivery as a server read it: the raw body (never parsed) and its headers. */
export interface RawWebhook {
  body: Uint8Array | ArrayBuffer | string;
  headers: Headers | Record<string, string | string[] | undefined>;
}

/** Bytes on an ArrayBuffer (what Web Crypto takes). */
export type Bytes = Uint8Array<ArrayBuffer>;

export interface Delivery {
  bytes: Bytes;
  header(name: string): string | null;
}

export type Refuse = (reason: WebhookRefusal, message: string) => Error;

/** The default `maxBodyBytes`: 1 MiB. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

const isJsonType = (type: string) => /^application\/([\w.-]+\+)?json\s*(;|$)/i.test(type.trim());

/** Headers from a `Headers` or a plain record (Node's `req.headers`: a list joined with ", "). */
function headerReader(headers: RawWebhook["headers"]): (name: string) => string | null {
  if (typeof (headers as Headers).get === "function")
    return (name) => (headers as Headers).get(name);
  const byName = new Map<string, string>();
  for (const [name, value] of Object.entries(headers as Record<string, unknown>)) {
    if (typeof value === "string") byName.set(name.toLowerCase(), value);
    else if (Array.isArray(value)) byName.set(name.toLowerCase(), value.join(", "));
  }
  return (name) => byName.get(name.toLowerCase()) ?? null;
}

/** Reads a stream up to `limit` bytes; past it, stops reading and refuses. */
async function readLimited(
  stream: ReadableStream<Uint8Array>,
  limit: number,
  refuse: Refuse,
): Promise<Bytes> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > limit) {
      await reader.cancel().catch(() => {});
      throw refuse("too_large", `the body is larger than maxBodyBytes (${limit})`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * The delivery's raw bytes and headers: at most `maxBodyBytes` read, a JSON content type where
 * one is given. A body that is not bytes or text (a parsed, re-serializable object) is refused:
 * only the bytes the vendor sent can be verified.
 */
export async function readDelivery(
  input: Request | RawWebhook,
  maxBodyBytes: number,
  refuse: Refuse,
): Promise<Delivery> {
  // A Request, also one of another realm or library (its body a stream, its headers a Headers).
  const isRequest =
    (typeof Request !== "undefined" && input instanceof Request) ||
    (typeof (input as Request).arrayBuffer === "function" &&
      typeof (input as Request).headers?.get === "function");
  const header = headerReader(
    isRequest ? (input as Request).headers : ((input as RawWebhook).headers ?? {}),
  );
  const type = header("content-type");
  if (type !== null && !isJsonType(type))
    throw refuse(
      "wrong_content_type",
      `the content type is ${JSON.stringify(type.slice(0, 100))}, not JSON`,
    );
  const declared = Number(header("content-length"));
  if (Number.isFinite(declared) && declared > maxBodyBytes)
    throw refuse("too_large", `the body is larger than maxBodyBytes (${maxBodyBytes})`);
  let bytes: Bytes;
  if (isRequest) {
    const body = (input as Request).body;
    bytes = body ? await readLimited(body, maxBodyBytes, refuse) : new Uint8Array();
  } else {
    const body = (input as RawWebhook).body as unknown;
    if (typeof body === "string") bytes = new TextEncoder().encode(body);
    // A copy: the bytes verified are the bytes read, whatever the caller does with its buffer.
    else if (body instanceof Uint8Array) bytes = new Uint8Array(body);
    else if (body instanceof ArrayBuffer) bytes = new Uint8Array(body);
    else
      throw refuse(
        "not_raw_body",
        "the body must be the raw bytes (Uint8Array, ArrayBuffer) or text the vendor sent, not a parsed object: read it with express.raw(), request.text() or request.arrayBuffer()",
      );
    if (bytes.byteLength > maxBodyBytes)
      throw refuse("too_large", `the body is larger than maxBodyBytes (${maxBodyBytes})`);
  }
  return { bytes, header };
}
