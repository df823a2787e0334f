import { apiErrorFromResponse, rememberRedactor } from "./api-error.js";
import { guardBody } from "./body-guard.js";
import { bufferLimit } from "./buffered-response.js";
import {
  applyCredential,
  type ClientAuth,
  type Credential,
  credentialsFor,
  type SecurityPlan,
} from "./credentials.js";
import { InsecureTransportError, NetworkError, PatchbayError, TimeoutError } from "./errors.js";
import type { Log } from "./logger.js";
import { type Outgoing, resendableBody } from "./outgoing.js";
import type { Redactor } from "./redact.js";
import { sizeOf, tooLarge } from "./request-size.js";
import { type RetryOptions, retryDelayMs, shouldRetry } from "./retry.js";
import { retryAfterMs } from "./retry-after.js";
import { attemptSignal, sleep } from "./timers.js";

/** What a client fixes once: who it is, its credentials, its redaction, its log and transport. */
export interface ClientContext {
  vendor: string;
  auth: ClientAuth;
  redactor: Redactor;
  log: Log;
  /** The client's `fetch` option; `undefined` for the global `fetch`. */
  fetch: typeof fetch | undefined;
  allowInsecureHttp: boolean;
  /** `allowCrossOriginBodyRedirects`: follow a 307/308 with a body to another origin. */
  bodyAcrossOrigins: boolean;
  /** How each attempt is sent: following redirects (`followRedirects`), or once (`sendOnce`). */
  sendHop: HopSender;
}

/** The per-request settings a client (or its `withOptions` copy) applies. */
export interface CallSettings {
  retry?: RetryOptions | false;
  timeoutMs?: number;
  idempotencyKey?: string;
  maxResponseBytes?: number;
  maxRequestBytes?: number;
  throwOnError?: boolean;
}

const idempotentMethods = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"]);
export const loopback = /^(localhost|127(\.\d+){3}|\[::1\])$/;
const noop = () => {};
/** Said by the errors (and log) of a call whose body was a stream: it is never retried. */
const streamNote = " (stream body: not retried)";
/** The default `maxResponseBytes`: 10 MiB. */
const MAX_RESPONSE_BYTES = 10_485_760;

/**
 * Marks a transport (the runtime's `nodeTransport`) that takes `fetch`'s `(url, init)` as they
 * are, so no `Request` is built for it; any other transport gets a `Request`.
 */
export const takesInit = Symbol.for("patchbay.transport.takesInit");

/** Credentials go over https, or plain http to a loopback host, unless `allowInsecureHttp`. */
function checkTransport(client: ClientContext, url: string): void {
  if (client.allowInsecureHttp || url.startsWith("https:")) return;
  const { protocol, hostname, origin } = new URL(url);
  if (protocol === "http:" && loopback.test(hostname)) return;
  throw new InsecureTransportError(
    `${client.vendor}: no credentials over plain http to ${origin}`,
    { vendor: client.vendor, origin },
    client.redactor,
  );
}

export interface Hop {
  method: string;
  url: string;
  headers: Headers;
  body: BodyInit | undefined;
  /** What `fetch` needs to send a stream body (and ignores for any other). */
  duplex: "half";
  /** Read by the runtime's own transport (`fetch` ignores it): buffer no more than this. */
  [bufferLimit]: number;
}

/**
 * Sends one request of an attempt (and, in `followRedirects`, each redirect it follows): the
 * client's `sendHop`, with the attempt's `signal` and `transport`; `label` names the attempt in
 * errors.
 */
export type HopSender = (
  client: ClientContext,
  request: Outgoing,
  credentials: readonly Credential[],
  hop: Hop,
  signal: AbortSignal,
  transport: typeof fetch | undefined,
  label: () => string,
) => Promise<Response>;

/** `hop` through `transport` (a `Request` for one that does not take `fetch`'s arguments), else the global `fetch`. */
export const fetchHop = (hop: Hop, init: RequestInit, transport: typeof fetch | undefined) =>
  !transport
    ? fetch(hop.url, init)
    : (transport as { [takesInit]?: true })[takesInit]
      ? transport(hop.url, init)
      : transport(new Request(hop.url, init));

export const redirectError = (
  { vendor, redactor }: ClientContext,
  label: () => string,
  why: string,
) => new NetworkError(`${label()} failed: redirected ${why}`, { vendor }, redactor);

/**
 * The browser build's `sendHop`: one request, `redirect: "manual"`. A browser's manual redirect
 * is opaque (no status, no location to check), so none is followed: the call rejects, as the
 * main build's does in a browser; what `redirect: "manual"` asked for is returned as it is.
 */
export const sendOnce: HopSender = async (
  client,
  request,
  _credentials,
  hop,
  signal,
  transport,
  label,
) => {
  const init: RequestInit = {
    ...hop,
    signal,
    redirect: "manual",
    credentials: request.credentials,
  };
  const response = await fetchHop(hop, init, transport);
  if (request.redirect !== "manual" && response.type === "opaqueredirect")
    throw redirectError(client, label, "in a browser");
  return response;
};

/**
 * What a failed attempt rejects with: the runtime's own errors as they are (refused redirects),
 * else a `TimeoutError` (when `timedOutAfter` is the time limit) or a `NetworkError`.
 */
function attemptError(
  { vendor, redactor }: ClientContext,
  cause: unknown,
  timedOutAfter: number | false,
  label: string,
  attempt: number,
): Error {
  const why = ((cause as Error)?.cause ?? cause) as string;
  if (cause instanceof PatchbayError) throw cause;
  // (fetch rejects with the error of a body stream, `maxRequestBytes`', as its cause)
  if ((why as unknown) instanceof PatchbayError) throw why;
  if (timedOutAfter !== false) {
    const fields = { vendor, timeoutMs: timedOutAfter, attempt };
    return new TimeoutError(`${label} timed out after ${timedOutAfter}ms`, fields, redactor);
  }
  return new NetworkError(`${label} failed: ${why}`, { vendor, attempt, cause }, redactor);
}

/**
 * One request as openapi-fetch built it: credentials, idempotency key, timeouts, retries,
 * redirects, logging; the answer's body guarded by size and idleness. `transport` is the fetch to
 * send with (a per-call `fetch` replaces only it); `operation` the security of an operation whose
 * own differs from the document's, with its name (`GET /path/{template}`).
 */
export async function send(
  client: ClientContext,
  settings: CallSettings,
  request: Outgoing,
  transport = client.fetch,
  operation?: { name: string; plan: SecurityPlan },
): Promise<Response> {
  const { vendor, auth, log } = client;
  const { retry, timeoutMs = 60_000, idempotencyKey } = settings;
  const { method, signal } = request;
  const headers = new Headers(request.headers);
  if (idempotencyKey) headers.set("idempotency-key", idempotencyKey);
  const idempotent = idempotentMethods.has(method) || headers.has("idempotency-key");
  let url = request.url;
  const plan = operation?.plan ?? auth.security;
  const credentials = credentialsFor(vendor, auth, plan, { method, url, headers }, operation?.name);
  if (credentials.length > 0) checkTransport(client, url);
  for (const credential of credentials) url = applyCredential(credential, url, headers);
  const body = await resendableBody(request);
  // a stream is read as it is sent: never sent again (its encoding counts it against the limit);
  // the errors of such a call say so
  const once = body instanceof ReadableStream;
  const notSent = once ? streamNote : "";
  const max = settings.maxRequestBytes as number;
  if (max < Infinity && !once && body && sizeOf(body) > max)
    throw tooLarge(vendor, `${method} ${url}`, max, client.redactor);
  const hop: Hop = {
    method,
    url,
    headers,
    body,
    duplex: "half",
    [bufferLimit]: settings.maxResponseBytes ?? MAX_RESPONSE_BYTES,
  };
  const maxRetries = retry === false || once ? 0 : (retry?.maxRetries ?? 2);
  for (let attempt = 1; ; attempt++) {
    // the errors and `log` redact the URL's credential
    const label = () => `${vendor}: ${method} ${url} #${attempt}`;
    const started = log && Date.now();
    const timing = attemptSignal(signal, timeoutMs);
    let response: Response | undefined;
    let error: Error | undefined;
    try {
      response = await client.sendHop(
        client,
        request,
        credentials,
        hop,
        timing.signal,
        transport,
        label,
      );
    } catch (cause) {
      if (signal?.aborted) throw signal.reason;
      error = attemptError(client, cause, timing.timedOut() && timeoutMs, label(), attempt);
    }
    timing.stop();
    const status = response?.status;
    const wait = shouldRetry({ attempt, maxRetries, status, idempotent })
      ? retryDelayMs(attempt, response && retryAfterMs(response.headers), retry || undefined)
      : undefined;
    if (error) error.message += notSent;
    log?.(
      response?.ok ? "debug" : wait === undefined ? "warn" : "info",
      `${label()} ${status ?? error?.name} in ${Date.now() - (started as number)}ms${wait === undefined ? notSent : `, retry in ${wait}ms`}`,
    );
    if (wait === undefined) {
      if (!response) throw error;
      return answer(client, settings, response, { label, attempt, signal: timing.signal }, notSent);
    }
    response?.body?.cancel().catch(noop);
    await sleep(wait, signal);
    if (signal?.aborted) throw signal.reason;
  }
}

/** The final answer: its body guarded; with `throwOnError`, a non-2xx one thrown as `ApiError`. */
async function answer(
  client: ClientContext,
  settings: CallSettings,
  response: Response,
  attempt: { label: () => string; attempt: number; signal: AbortSignal },
  notSent: string,
): Promise<Response> {
  const { vendor, redactor } = client;
  if (!response.ok) rememberRedactor(response, redactor);
  // (openapi-fetch does not read a body it is told is empty; a Response of another class, from a
  // custom transport, keeps its own methods)
  const guarded =
    Object.getPrototypeOf(response) === Response.prototype &&
    response.body &&
    response.headers.get("content-length") !== "0"
      ? guardBody(response, {
          ...attempt,
          vendor,
          redactor,
          timeoutMs: settings.timeoutMs ?? 60_000,
          maxResponseBytes: settings.maxResponseBytes ?? MAX_RESPONSE_BYTES,
        })
      : response;
  if (!settings.throwOnError || response.ok) return guarded;
  const text = await guarded.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: the text itself
  }
  const error = apiErrorFromResponse(vendor, response, body, redactor);
  error.message += notSent;
  throw error;
}
