import { NetworkError, ResponseTooLargeError, TimeoutError } from "./errors.js";
import type { Redactor } from "./redact.js";
import { weakTimer } from "./timers.js";

/** What reading one response body must respect, and how its errors are named and redacted. */
export interface BodyLimits {
  vendor: string;
  /** e.g. `datagrid: POST https://… #1`; built only when an error needs it. */
  label: () => string;
  attempt: number;
  /** Longest stall between two chunks. */
  timeoutMs: number;
  /** Most decoded bytes read. */
  maxResponseBytes: number;
  /** The attempt's signal: aborts (with the caller's reason) when the caller aborts. */
  signal: AbortSignal;
  redactor: Redactor;
}

const limitsOf = Symbol("patchbay.bodyLimits");
type Guarded = Response & { [limitsOf]: BodyLimits };
type BodyGetter = (this: Response) => ReadableStream<Uint8Array> | null;
// Read on first use: touching `Response` at import would make Node load its fetch (~20 ms).
let bodyGetter: BodyGetter | undefined;
const rawBody = (response: Response): ReadableStream<Uint8Array> | null => {
  bodyGetter ??= bodyGetterOf(Response.prototype);
  return bodyGetter.call(response);
};

/** The `body` getter where the runtime defines it: on Response (Node), or a parent (workerd's Body). */
function bodyGetterOf(prototype: object | null): BodyGetter {
  for (let at = prototype; at; at = Object.getPrototypeOf(at)) {
    const getter = Object.getOwnPropertyDescriptor(at, "body")?.get;
    if (getter) return getter as BodyGetter;
  }
  throw new TypeError("this runtime's Response has no body getter");
}

/**
 * Reads `stream` through `limits`: each chunk within `timeoutMs` of the previous one (a slow but
 * live body completes), at most `maxResponseBytes` in all. Calls `onChunk` for each chunk.
 */
async function readLimited(
  stream: ReadableStream<Uint8Array>,
  limits: BodyLimits,
  onChunk: (chunk: Uint8Array) => void,
): Promise<void> {
  const { vendor, timeoutMs, maxResponseBytes, signal, attempt, redactor } = limits;
  const reader = stream.getReader();
  let failure: Error | undefined;
  const fail = (error: Error) => {
    failure ??= error;
    reader.cancel(error).catch(() => {});
  };
  let last = Date.now();
  const idle = (): void => {
    const left = last + timeoutMs - Date.now();
    if (left > 0) timer = weakTimer(idle, left);
    else {
      const message = `${limits.label()} timed out after ${timeoutMs}ms reading the body`;
      fail(new TimeoutError(message, { vendor, timeoutMs, attempt }, redactor));
    }
  };
  let timer = weakTimer(idle, timeoutMs);
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done || failure) break;
      last = Date.now();
      size += value.byteLength;
      if (size > maxResponseBytes) {
        const message = `${limits.label()}: the body is over maxResponseBytes (${maxResponseBytes})`;
        fail(new ResponseTooLargeError(message, { vendor, maxResponseBytes }, redactor));
        break;
      }
      onChunk(value);
    }
  } catch (cause) {
    if (signal.aborted && !failure) throw signal.reason;
    failure ??= new NetworkError(
      `${limits.label()} failed reading the body: ${((cause as Error)?.cause ?? cause) as string}`,
      { vendor, attempt, cause },
      redactor,
    );
  } finally {
    clearTimeout(timer);
  }
  if (failure) throw failure;
}

/** The whole body of a guarded response, as bytes. */
async function bytesOf(response: Guarded): Promise<Uint8Array> {
  const stream = rawBody(response);
  if (!stream) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  await readLimited(stream, response[limitsOf], (chunk) => {
    chunks.push(chunk);
    size += chunk.byteLength;
  });
  return concatBytes(chunks, size);
}

/** `chunks` as one array of `size` bytes (the chunk itself when there is one). */
export function concatBytes(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const whole = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.byteLength;
  }
  return whole;
}

// made on first use: a module that only imports this file (node-transport) builds none
let decoder: TextDecoder | undefined;

/**
 * Response's reading methods, through the limits. Installed by swapping the prototype of the
 * response fetch returned: no second `Response`, no second stream on the way of `json()`. Its
 * own prototype is `Response.prototype`, set on first use.
 */
const guardedMethods = {
  get body(): ReadableStream<Uint8Array> | null {
    const stream = rawBody(this as unknown as Response);
    if (!stream) return stream;
    const limits = (this as unknown as Guarded)[limitsOf];
    let reading: Promise<void> | undefined;
    // created on first use only (parseAs: "stream"): a body nobody reads costs nothing
    return new ReadableStream<Uint8Array>({
      pull: (controller) => {
        reading ??= readLimited(stream, limits, (chunk) => controller.enqueue(chunk)).then(
          () => controller.close(),
          (error: unknown) => controller.error(error),
        );
        return reading;
      },
      cancel: (reason) => stream.cancel(reason),
    });
  },
  async text(): Promise<string> {
    decoder ??= new TextDecoder();
    return decoder.decode(await bytesOf(this as unknown as Guarded));
  },
  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  },
  async arrayBuffer(): Promise<ArrayBuffer> {
    return (await bytesOf(this as unknown as Guarded)).slice().buffer as ArrayBuffer;
  },
  async blob(): Promise<Blob> {
    const type = (this as unknown as Response).headers.get("content-type") ?? "";
    return new Blob([await this.arrayBuffer()], { type });
  },
};
let guardedPrototype: object | undefined;

/**
 * `response`, its body read within `limits`: a body that stalls for `timeoutMs` fails with
 * `TimeoutError`, one over `maxResponseBytes` (decoded, so a gzip bomb too) with
 * `ResponseTooLargeError`, a broken connection with `NetworkError`. Timers run only while the
 * body is read, and never keep the process alive.
 */
export function guardBody(response: Response, limits: BodyLimits): Response {
  guardedPrototype ??= Object.setPrototypeOf(guardedMethods, Response.prototype) as object;
  Object.setPrototypeOf(response, guardedPrototype);
  (response as Guarded)[limitsOf] = limits;
  return response;
}
