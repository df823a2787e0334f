import * as openapiFetch from "openapi-fetch";
import type { AuthScheme, HeaderOption } from "./auth.js";
import { InsecureTransportError, NetworkError, PatchbayError, TimeoutError } from "./errors.js";
import type { Logger, LogLevel } from "./logger.js";
import { addSecret, redact } from "./redact.js";
import { isRetryableStatus, type RetryOptions } from "./retry.js";
import { retryAfterMs } from "./retry-after.js";
import type { StrictClient } from "./strict-client.js";

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
  /** Per-attempt time to the response headers, then again to the end of the body. Default 60000. */
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

const levels = ["debug", "info", "warn"];

/**
 * `process.env[name]`, or undefined where there is no `process` (browsers, workerd) or reading
 * it throws (Deno without --allow-env): there, options are the way.
 */
const environmentVariable = (name: string): string | undefined => {
  try {
    return (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env[
      name
    ];
  } catch {
    return undefined;
  }
};

/** An openapi-fetch client for a vendor, with auth, retries, timeouts, logging and redaction. */
export function createVendorClient<Paths extends {}>(
  descriptor: VendorDescriptor,
  options: RuntimeOptions = {},
): VendorClient<Paths> {
  const { vendor } = descriptor;
  const { logger } = options;
  /** A named option, else the named environment variable (where the runtime has one to give). */
  const setting = (option: string, env?: string): string | undefined =>
    (options as Record<string, string | undefined>)[option] || (env && environmentVariable(env));
  const baseUrl =
    setting("baseUrl", `${descriptor.envPrefix}_BASE_URL`) || descriptor.defaultBaseUrl;
  // user:password@ in a base URL would bypass the credential options and their redaction.
  if (/^[a-z][a-z\d+.-]*:\/\/[^/?#]*@/i.test(baseUrl)) {
    throw new PatchbayError(
      `${vendor}: the base URL carries credentials (user:password@host); pass them as options`,
      { vendor },
    );
  }

  // The credential of the first scheme whose values are all present, registered with `redact`:
  // the header (or, with `inQuery`, query parameter) that carries it, and its value.
  let credential: [name: string, value: string, inQuery?: boolean] | undefined;
  for (const scheme of descriptor.auth) {
    let value: string | undefined;
    if (scheme.type === "basic") {
      const username = setting(scheme.usernameOption, scheme.usernameEnv);
      const password = setting(scheme.passwordOption, scheme.passwordEnv);
      if (username && password) {
        addSecret(password);
        value = `Basic ${btoa(unescape(encodeURIComponent(`${username}:${password}`)))}`;
      }
    } else value = setting(scheme.option, scheme.env);
    if (value) {
      addSecret(value);
      credential =
        scheme.type !== "apiKey"
          ? ["authorization", scheme.type === "bearer" ? `Bearer ${value}` : value]
          : scheme.in === "cookie"
            ? ["cookie", `${scheme.name}=${value}`]
            : [scheme.name, value, scheme.in === "query"];
      break;
    }
  }

  // Vendor headers: each one's option, else its environment variable, else `headers`, else its
  // default.
  const headers = new Headers(options.headers);
  for (const { header, option, env, default: fallback } of descriptor.headers) {
    const value = setting(option, env) || (headers.has(header) ? undefined : fallback);
    if (value) headers.set(header, value);
  }

  // Logging at `level` (debug | info | warn | off) and above. Without a level, a given `logger`
  // gets everything and no logger means silence; with a level and no logger, lines go to the
  // console.
  const lowest = levels.indexOf(
    (setting("logLevel", "PATCHBAY_LOG") || (logger ? "debug" : "")).toLowerCase(),
  );
  /** Writes a redacted line at `levels[level]`. */
  const log = (level: number, message: string): void => {
    if (lowest >= 0 && level >= lowest)
      (logger ?? console)[levels[level] as LogLevel]?.(redact(message));
  };
  if (!credential) log(0, `${vendor}: no credentials, requests go without auth`);

  const send = async (
    request: Request,
    { retry, timeoutMs = 60_000, idempotencyKey }: RequestOptions,
  ): Promise<Response> => {
    const { method, signal } = request;
    const url = new URL(request.url);
    const sent = new Headers(request.headers);
    if (credential) {
      // credentials go over https, or plain http on a loopback host
      if (
        !(
          options.allowInsecureHttp ||
          /^https:|^http:(localhost|127(\.\d+){3}|\[::1\])$/.test(url.protocol + url.hostname)
        )
      ) {
        throw new InsecureTransportError(
          `${vendor}: no credentials over plain http to ${url.origin}`,
          { vendor, origin: url.origin },
        );
      }
      const [name, value, inQuery] = credential;
      if (inQuery) url.searchParams.set(name, value);
      else if (!sent.has(name)) sent.set(name, value);
    }
    if (idempotencyKey) sent.set("idempotency-key", idempotencyKey);
    const idempotent =
      /^(GET|HEAD|OPTIONS|PUT|DELETE|TRACE)$/.test(method) || sent.has("idempotency-key");
    const body = request.body && (await request.arrayBuffer());
    const {
      maxRetries = retry === false ? 0 : 2,
      maxRetryAfterMs = 60_000,
      baseDelayMs,
      maxDelayMs,
    } = { ...retry };
    /**
     * A fresh signal that aborts after `ms` unless the returned function is called, and as soon
     * as the caller's `signal` aborts (also while the body is read).
     */
    const timer = (ms: number): [AbortSignal, () => void] => {
      const controller = new AbortController();
      const timeout = setTimeout(() => controller.abort(), ms);
      const forward = () => controller.abort(signal.reason);
      signal.aborted ? forward() : signal.addEventListener("abort", forward);
      return [controller.signal, () => clearTimeout(timeout)];
    };
    /**
     * `response` with its body guarded like the request: it must end within `timeoutMs` of the
     * headers (a stalled body hung the call), and a failure while it is read (undici's bare
     * "TypeError: terminated" when the socket closes mid-body) is a NetworkError.
     */
    const guardBody = (response: Response, label: string, attempt: number): Response => {
      const reader = (response.body as ReadableStream<Uint8Array>).getReader();
      const [timed, clear] = timer(timeoutMs);
      let fail = (_error: unknown) => {};
      timed.addEventListener("abort", () => {
        fail(
          signal.aborted
            ? signal.reason
            : new TimeoutError(`${label} timed out after ${timeoutMs}ms reading the body`, {
                vendor,
                timeoutMs,
                attempt,
              }),
        );
        reader.cancel().catch(() => {});
      });
      const body = new ReadableStream<Uint8Array>({
        start: (controller) => {
          fail = (error) => controller.error(error);
        },
        async pull(controller) {
          try {
            const { done, value } = await reader.read();
            if (done) {
              clear();
              controller.close();
            } else controller.enqueue(value);
          } catch (cause) {
            // (after a timeout or an abort the stream has already failed, and this does nothing)
            clear();
            fail(
              new NetworkError(
                `${label} failed reading the body: ${((cause as Error)?.cause ?? cause) as string}`,
                { vendor, attempt, cause },
              ),
            );
          }
        },
        cancel: (reason) => {
          clear();
          return reader.cancel(reason);
        },
      });
      return Object.defineProperty(new Response(body, response), "url", { value: response.url });
    };
    for (let attempt = 1; ; attempt++) {
      // `log` and the errors redact the URL's credential
      const label = `${vendor}: ${method} ${url} #${attempt}`;
      const started = Date.now();
      const [timed, clear] = timer(timeoutMs);
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
      // 429 and 503 say the server did not act, so any method may repeat; other failures (no
      // status: network error or timeout) only where a repeat cannot create a second resource.
      // The wait: the server's, else exponential backoff, capped, less up to 25 % jitter.
      let wait =
        attempt <= maxRetries &&
        (status === 429 || status === 503 || (idempotent && (!status || isRetryableStatus(status))))
          ? ((response && retryAfterMs(response.headers)) ??
            Math.round(
              Math.min((baseDelayMs ?? 500) * 2 ** (attempt - 1), maxDelayMs ?? 8000) *
                (1 - Math.random() / 4),
            ))
          : undefined;
      if ((wait as number) > maxRetryAfterMs) wait = undefined;
      log(
        response?.ok ? 0 : wait == null ? 2 : 1,
        `${label} ${status ?? error?.name} in ${Date.now() - started}ms${wait == null ? "" : `, retry in ${wait}ms`}`,
      );
      if (wait == null) {
        if (!response) throw error;
        // (openapi-fetch does not read a body it is told is empty)
        return response.body && response.headers.get("content-length") !== "0"
          ? guardBody(response, label, attempt)
          : response;
      }
      response?.body?.cancel().catch(() => {});
      // sleep, unless the caller aborts
      const [slept, stop] = timer(wait);
      await new Promise((resolve) =>
        slept.aborted ? resolve(0) : slept.addEventListener("abort", resolve),
      );
      stop();
      if (signal.aborted) throw signal.reason;
    }
  };

  /**
   * openapi-fetch's path serializer, refusing a value that would not stay one path segment: "",
   * "." and ".." (the URL parser drops or climbs them: /team/../connections is /connections) and
   * lone surrogates (encodeURIComponent throws a bare URIError).
   */
  const pathSerializer = (url: string, params: Record<string, unknown>): string => {
    for (const [name, value] of Object.entries(params)) {
      if (typeof value !== "string" || !url.includes(`{${name}}`)) continue;
      let segment = "";
      try {
        segment = encodeURIComponent(value);
      } catch {
        // a lone surrogate: refused below like an empty segment
      }
      if (/^\.{0,2}$/.test(segment))
        throw new PatchbayError(
          `${vendor}: path parameter "${name}" cannot be ${JSON.stringify(value)}: it would not stay one segment of the path`,
          { vendor, parameter: name },
        );
    }
    return openapiFetch.defaultPathSerializer(url, params);
  };

  const build = (settings: RequestOptions): VendorClient<Paths> =>
    Object.assign(
      createClient<Paths>({
        baseUrl,
        headers,
        pathSerializer,
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
