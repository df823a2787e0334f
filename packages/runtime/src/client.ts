import type { Client } from "openapi-fetch";
import * as openapiFetch from "openapi-fetch";
import {
  type AuthScheme,
  type HeaderOption,
  isSafeTransport,
  resolveCredential,
  settingReader,
  vendorHeaders,
} from "./auth.js";
import { InsecureTransportError, NetworkError, TimeoutError } from "./errors.js";
import { createLog, type Logger, type LogLevel } from "./logger.js";
import { redact } from "./redact.js";
import { backoffMs, type RetryOptions, shouldRetry, sleep } from "./retry.js";
import { retryAfterMs } from "./retry-after.js";
import type { StrictClient } from "./strict-client.js";
import { attemptSignal } from "./timeout.js";

/** What the generator knows about a vendor beyond its OpenAPI document. */
export interface VendorDescriptor {
  vendor: string;
  envPrefix: string;
  defaultBaseUrl: string;
  auth: readonly AuthScheme[];
  headers: readonly HeaderOption[];
}

export interface RuntimeOptions {
  /** Default: `<PREFIX>_BASE_URL`, else the vendor's first server. */
  baseUrl?: string;
  /** Retry policy; `false` turns retries off. */
  retry?: RetryOptions | false;
  /** Per-attempt time to the response headers. Default 60000. */
  timeoutMs?: number;
  /** Default: `globalThis.fetch`. */
  fetch?: typeof globalThis.fetch;
  /** Sent on every request. */
  headers?: Record<string, string>;
  /** Receives one redacted line per attempt. Default: the console when a level is set. */
  logger?: Logger;
  /** Lowest level logged. Default: `PATCHBAY_LOG`, else everything when `logger` is given, else off. */
  logLevel?: LogLevel | "off";
  /** Allow credentials over plain http to non-loopback hosts. */
  allowInsecureHttp?: boolean;
}

/** Overrides for the requests of one `withOptions` client. */
export interface RequestOptions {
  retry?: RetryOptions | false;
  timeoutMs?: number;
  /** Sent as `Idempotency-Key`; makes a POST safe to retry after 5xx, 408 and network failures. */
  idempotencyKey?: string;
}

export type VendorClient<Paths extends {}> = StrictClient<Paths> & {
  /** The same client with these overrides on every request it sends. */
  withOptions(options: RequestOptions): VendorClient<Paths>;
};

// Our CJS build imports openapi-fetch's CJS file the way Node does, as the whole module object
// under `default`; ESM gets the function itself.
const createClient =
  (openapiFetch.default as unknown as { default?: typeof openapiFetch.default }).default ??
  openapiFetch.default;

const idempotentMethod = /^(GET|HEAD|OPTIONS|PUT|DELETE|TRACE)$/;

/** An openapi-fetch client for a vendor, with auth, retries, timeouts, logging and redaction. */
export function createVendorClient<Paths extends {}>(
  descriptor: VendorDescriptor,
  options: RuntimeOptions = {},
): VendorClient<Paths> {
  const { vendor } = descriptor;
  const setting = settingReader(options);
  const baseUrl =
    setting("baseUrl", `${descriptor.envPrefix}_BASE_URL`) || descriptor.defaultBaseUrl;
  const credential = resolveCredential(descriptor.auth, setting);
  const headers = vendorHeaders(descriptor.headers, setting, options.headers);
  const log = createLog(options.logger, setting("logLevel", "PATCHBAY_LOG"));
  if (!credential) log("debug", `${vendor}: no credentials, requests go without auth`);

  const send = async (
    request: Request,
    { retry, timeoutMs = 60_000, idempotencyKey }: RequestOptions,
  ): Promise<Response> => {
    const { method, signal } = request;
    const url = new URL(request.url);
    const sent = new Headers(request.headers);
    if (credential) {
      if (!(options.allowInsecureHttp || isSafeTransport(url))) {
        throw new InsecureTransportError(
          `${vendor}: no credentials over plain http to ${url.origin}`,
          {
            vendor,
            origin: url.origin,
          },
        );
      }
      const [name, value, inQuery] = credential;
      if (inQuery) url.searchParams.set(name, value);
      else if (!sent.has(name)) sent.set(name, value);
    }
    if (idempotencyKey) sent.set("idempotency-key", idempotencyKey);
    const idempotent = idempotentMethod.test(method) || sent.has("idempotency-key");
    const body = request.body && (await request.arrayBuffer());
    const {
      maxRetries = retry === false ? 0 : 2,
      maxRetryAfterMs = 60_000,
      ...backoff
    } = { ...retry };
    for (let attempt = 1; ; attempt++) {
      const label = `${vendor}: ${method} ${redact(url.href)} #${attempt}`;
      const started = Date.now();
      const [timed, clear] = attemptSignal(signal, timeoutMs);
      let response: Response | undefined;
      let error: Error | undefined;
      try {
        response = await (options.fetch ?? fetch)(
          new Request(url, {
            method,
            headers: sent,
            body,
            signal: timed,
            redirect: request.redirect,
            credentials: request.credentials,
          }),
        );
      } catch (cause) {
        if (signal.aborted) throw signal.reason;
        error = timed.aborted
          ? new TimeoutError(`${label} timed out after ${timeoutMs}ms`, {
              vendor,
              timeoutMs,
              attempt,
            })
          : new NetworkError(`${label} failed: ${((cause as Error)?.cause ?? cause) as string}`, {
              vendor,
              attempt,
              cause,
            });
      }
      clear();
      const status = response?.status;
      let wait =
        attempt <= maxRetries && shouldRetry(status, idempotent)
          ? ((response && retryAfterMs(response.headers)) ?? backoffMs(attempt, backoff))
          : undefined;
      if ((wait ?? 0) > maxRetryAfterMs) wait = undefined;
      log(
        response?.ok ? "debug" : wait === undefined ? "warn" : "info",
        `${label} ${status ?? error?.name} in ${Date.now() - started}ms${wait === undefined ? "" : `, retry in ${wait}ms`}`,
      );
      if (wait === undefined) {
        if (response) return response;
        throw error;
      }
      response?.body?.cancel().catch(() => {});
      await sleep(wait, signal);
    }
  };

  const build = (settings: RequestOptions): VendorClient<Paths> =>
    Object.assign(
      createClient<Paths>({
        baseUrl,
        headers,
        fetch: (request) => send(request, settings),
      }) as unknown as StrictClient<Paths>,
      {
        withOptions: ({ retry, ...rest }: RequestOptions) =>
          build({
            ...settings,
            ...rest,
            retry: retry === undefined ? settings.retry : retry && { ...settings.retry, ...retry },
          }),
      },
    );
  return build({ retry: options.retry, timeoutMs: options.timeoutMs });
}
