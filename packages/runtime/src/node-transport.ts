import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { Readable, type Transform } from "node:stream";
import { constants, createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { concatBytes } from "./body-guard.js";
import { bufferedResponse, bufferLimit } from "./buffered-response.js";
import { weakTimer } from "./timers.js";

export interface NodeTransportOptions {
  /**
   * A body up to this many bytes is read whole before the `Response` is returned (no Web stream
   * per call); a longer one is streamed from there, so the client's `maxResponseBytes` and
   * idle timeout judge it as they judge `fetch`'s. Default 1048576 (1 MiB).
   */
  bufferBytes?: number;
  /** Sockets kept open per origin for the next request. Default 256. */
  maxSockets?: number;
}

/**
 * The answer's headers as name-value pairs (a repeated header is joined as `fetch` joins it);
 * `decoded`: without `Content-Encoding` and `Content-Length`, which describe the compressed form.
 */
function headersOf(answer: IncomingMessage, decoded: boolean): [string, string][] {
  const pairs: [string, string][] = [];
  const raw = answer.rawHeaders;
  for (let at = 0; at < raw.length; at += 2) {
    const name = raw[at] as string;
    if (decoded && /^content-(encoding|length)$/i.test(name)) continue;
    pairs.push([name, raw[at + 1] as string]);
  }
  return pairs;
}

const zlibFlush = { flush: constants.Z_SYNC_FLUSH, finishFlush: constants.Z_SYNC_FLUSH };
const brotliFlush = {
  flush: constants.BROTLI_OPERATION_FLUSH,
  finishFlush: constants.BROTLI_OPERATION_FLUSH,
};

/** A decoder for one content coding, or undefined for one this transport leaves as it is. */
function decoderOf(coding: string): Transform | undefined {
  switch (coding) {
    case "gzip":
    case "x-gzip":
      return createGunzip(zlibFlush);
    case "deflate":
      // RFC 9110's deflate: zlib-wrapped
      return createInflate(zlibFlush);
    case "br":
      return createBrotliDecompress(brotliFlush);
    default:
      return undefined;
  }
}

/**
 * `answer` decoded as its `Content-Encoding` says (the last coding applied first undone), or
 * undefined when it has none, or one this transport does not decode (then it stays encoded, its
 * headers as sent, as `fetch` leaves it).
 */
function decodedOf(answer: IncomingMessage): Readable | undefined {
  const header = answer.headers["content-encoding"];
  if (!header) return undefined;
  const codings = header
    .toLowerCase()
    .split(",")
    .map((coding) => coding.trim())
    .filter((coding) => coding && coding !== "identity")
    .reverse();
  if (codings.length === 0 || codings.length > 5) return undefined;
  const decoders = codings.map(decoderOf);
  if (decoders.includes(undefined)) return undefined;
  let stream: Readable = answer;
  for (const decoder of decoders as Transform[]) {
    const from = stream;
    from.on("error", (error) => decoder.destroy(error));
    stream = from.pipe(decoder);
    // a decoder destroyed before the end (the client's cancel, a corrupt body) stops the rest
    decoder.on("close", () => {
      if (!from.readableEnded) from.destroy();
    });
  }
  return stream;
}

/** The rest of `answer` after `read` (already received), as a Web stream with backpressure. */
function streamOf(
  answer: IncomingMessage,
  body: Readable,
  read: Uint8Array[],
  failure: (error?: unknown) => unknown,
  /** Removes the listeners that were buffering `body` (only those: Node's own must stay). */
  detach: () => void,
) {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of read) controller.enqueue(chunk);
      detach();
      body.on("data", (chunk: Uint8Array) => {
        controller.enqueue(chunk);
        if ((controller.desiredSize ?? 1) <= 0) body.pause();
      });
      body.on("end", () => controller.close());
      body.on("error", (error) => controller.error(failure(error)));
      answer.on("close", () => {
        if (!answer.complete) controller.error(failure());
      });
    },
    pull: () => {
      body.resume();
    },
    cancel: () => {
      body.destroy();
      answer.destroy();
    },
  });
}

/**
 * A `fetch` for a client's `fetch` option, for Node.js: `node:http`/`node:https` on keep-alive
 * agents, a small answer read whole into the `Response` (no Web stream per call). Per call it
 * costs about three quarters of the CPU of Node's global `fetch` (bench/README.md measures it). Credentials,
 * retries, timeouts, redirects, the body limits and redaction stay the client's: this is only the
 * transport. A buffered answer is returned once its body is in, so the client's `timeoutMs` bounds
 * headers and body together; the caller's abort stops it at any point.
 *
 * It sends `Accept-Encoding: gzip, deflate, br`, `Accept: *\/*` and `User-Agent: node` (as Node's
 * `fetch` does; each unless the caller set one) and decodes the answer
 * with `node:zlib` streams, its sizes counted decoded; it follows no redirect (the client does). Node.js, Bun and Deno; browsers and workers use their own `fetch`.
 */
export function nodeTransport(options: NodeTransportOptions = {}): typeof fetch {
  const { bufferBytes = 1_048_576, maxSockets = 256 } = options;
  const agents = {
    http: new HttpAgent({ keepAlive: true, maxSockets }),
    https: new HttpsAgent({ keepAlive: true, maxSockets }),
  };
  const transport = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const { url, method, headers, body, signal } = await outgoingOf(input, init);
    // answers come compressed where the server can, decoded here; like Node's fetch, it sends
    // Accept and User-Agent (some APIs refuse a request without one); the caller's own kept
    headers["accept-encoding"] ??= "gzip, deflate, br";
    headers.accept ??= "*/*";
    headers["user-agent"] ??= "node";
    // a body past the client's maxResponseBytes is streamed, so the client's guard refuses it
    const buffered = Math.min(
      bufferBytes,
      (init as Limited | undefined)?.[bufferLimit] ?? bufferBytes,
    );
    signal?.throwIfAborted();
    const secure = url.startsWith("https:");
    const failure = (error?: unknown) =>
      signal?.aborted
        ? signal.reason
        : (error ?? new Error("the connection closed before the body ended"));
    return await new Promise<Response>((resolve, reject) => {
      const outgoing = (secure ? httpsRequest : httpRequest)(
        url,
        {
          method,
          headers,
          agent: secure ? agents.https : agents.http,
          signal: signal ?? undefined,
        },
        (answer) => receive(answer, method, signal, buffered, failure, resolve, reject),
      );
      outgoing.on("error", (error) => reject(failure(error)));
      // a stream body is streamed (its error, `maxRequestBytes`' from the client, fails the request)
      if (body instanceof ReadableStream)
        Readable.fromWeb(body as import("node:stream/web").ReadableStream)
          .on("error", (error) => outgoing.destroy(error))
          .pipe(outgoing);
      else outgoing.end(body);
    });
  };
  // the client calls it with fetch's (url, init) as they are, building no Request for it
  return Object.assign(transport, { [Symbol.for("patchbay.transport.takesInit")]: true });
}

type Limited = RequestInit & { [bufferLimit]?: number };

/**
 * Settles with the `Response` for `answer`: its body read whole when it ends within `buffered`
 * bytes without pausing, else streamed from the point it passes them or pauses.
 */
function receive(
  answer: IncomingMessage,
  method: string,
  signal: AbortSignal | null | undefined,
  buffered: number,
  failure: (error?: unknown) => unknown,
  resolve: (response: Response) => void,
  reject: (reason: unknown) => void,
): void {
  const status = answer.statusCode ?? 0;
  const empty = status === 204 || status === 205 || status === 304 || method === "HEAD";
  const decoded = empty ? undefined : decodedOf(answer);
  const body = decoded ?? answer;
  const init = {
    status,
    statusText: answer.statusMessage ?? "",
    headers: headersOf(answer, decoded !== undefined),
  };
  const chunks: Uint8Array[] = [];
  let size = 0;
  let settled = false;
  let fresh = false;
  let timer: ReturnType<typeof weakTimer> | undefined;
  const settle = (response: Response | undefined, reason?: unknown) => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    if (response) resolve(response);
    else reject(reason);
  };
  const streamed = () =>
    settle(new Response(streamOf(answer, body, chunks, failure, detach), init));
  // sizes count decoded bytes: past `buffered` (never over the client's maxResponseBytes), the
  // rest is streamed through the client's guard, which stops it at the limit
  const onData = (chunk: Uint8Array) => {
    chunks.push(chunk);
    size += chunk.byteLength;
    fresh = true;
    if (size > buffered) streamed();
  };
  const onEnd = () => {
    settle(empty ? new Response(null, init) : bufferedResponse(concatBytes(chunks, size), init));
  };
  // (removing every "end" listener would take Node's own, which returns the socket to the pool)
  const detach = () => {
    body.off("data", onData);
    body.off("end", onEnd);
  };
  body.on("data", onData);
  // A body that pauses is streamed from there, as fetch returns it: the client's guard then times
  // its stalls (timeoutMs between chunks) and reports its failures as it does fetch's.
  const idle = () => {
    if (settled) return;
    if (!fresh) return streamed();
    fresh = false;
    timer = weakTimer(idle, idleMs);
  };
  if (!empty) timer = weakTimer(idle, idleMs);
  // the connection failing once the headers are in fails the body, not the request (as fetch)
  const failed = (error?: unknown) =>
    signal?.aborted
      ? settle(undefined, failure(error))
      : settle(new Response(erroredStream(chunks, failure(error)), init));
  body.on("error", failed);
  answer.on("close", () => {
    if (!answer.complete) failed();
  });
  body.on("end", onEnd);
}

/** How long a body being buffered may pause before it is streamed from there. */
const idleMs = 10;

/** `read` (received before `reason`), then `reason`. */
const erroredStream = (read: Uint8Array[], reason: unknown) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of read) controller.enqueue(chunk);
      controller.error(reason);
    },
  });

interface Sent {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | Uint8Array | ReadableStream | undefined;
  signal: AbortSignal | null | undefined;
}

const headersObject = (headers: Headers): Record<string, string> => {
  const object: Record<string, string> = {};
  headers.forEach((value, name) => {
    object[name] = value;
  });
  return object;
};

/**
 * What to send: a URL with a string, bytes or stream body as given (the client's calls), else
 * whatever `fetch` accepts, through a `Request` (which serializes FormData, Blob...).
 */
async function outgoingOf(input: RequestInfo | URL, init: RequestInit | undefined): Promise<Sent> {
  const body = init?.body;
  if (
    typeof input === "string" &&
    init &&
    (body == null ||
      typeof body === "string" ||
      body instanceof Uint8Array ||
      body instanceof ArrayBuffer ||
      body instanceof ReadableStream)
  ) {
    const { method = "GET", headers, signal } = init;
    const given = headers instanceof Headers ? headers : new Headers(headers);
    const bytes = body instanceof ArrayBuffer ? new Uint8Array(body) : (body ?? undefined);
    return { url: input, method, headers: headersObject(given), body: bytes, signal };
  }
  const request = input instanceof Request && init === undefined ? input : new Request(input, init);
  return {
    url: request.url,
    method: request.method,
    headers: headersObject(request.headers),
    body: request.body ? new Uint8Array(await request.arrayBuffer()) : undefined,
    signal: request.signal,
  };
}
