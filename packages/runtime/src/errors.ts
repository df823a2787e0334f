import { redact } from "./redact.js";
import { isRetryableStatus } from "./retry.js";
import { retryAfterMs } from "./retry-after.js";

/**
 * Base of every error patchbay throws. The message, fields, `toJSON()` and `util.inspect`
 * output are redacted: no credential appears in them.
 */
export class PatchbayError extends Error {
  override name = "PatchbayError";

  constructor(message: string, fields?: Record<string, unknown>) {
    super(redact(message));
    const clean = redact(fields) as Record<string, unknown>;
    // every key, also those whose value JSON drops (undefined), takes its redacted value
    for (const key in fields) (this as Record<string, unknown>)[key] = clean[key];
  }

  toJSON(): Record<string, unknown> {
    return redact({ name: this.name, message: this.message, ...(this as object) });
  }

  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return `${this.stack} ${JSON.stringify(this)}`;
  }
}

/** An attempt got no response headers within `timeoutMs` (after any retries). */
export class TimeoutError extends PatchbayError {
  override name = "TimeoutError";
  declare readonly vendor: string;
  declare readonly timeoutMs: number;
  declare readonly attempt: number;
}

/** The request never got an answer: connection refused or reset, DNS failure... */
export class NetworkError extends PatchbayError {
  override name = "NetworkError";
  declare readonly vendor: string;
  declare readonly attempt: number;
  /** The underlying error, redacted into a plain object. */
  declare readonly cause: Record<string, unknown>;
}

/** Credentials would have gone to a plain-http, non-loopback URL without `allowInsecureHttp`. */
export class InsecureTransportError extends PatchbayError {
  override name = "InsecureTransportError";
  declare readonly vendor: string;
  declare readonly origin: string;
}

/** A non-2xx answer from a vendor. */
export class ApiError extends PatchbayError {
  override name = "ApiError";
  declare readonly vendor: string;
  declare readonly status: number;
  /** The vendor's error code where its body has one, e.g. `rate_limit_exceeded`. */
  declare readonly code: string | undefined;
  /** Whether the status is worth repeating (408, 429, 5xx except 501). */
  declare readonly retryable: boolean;
  /** How long the vendor asked to wait, from `retry-after-ms` / `Retry-After`. */
  declare readonly retryAfterMs: number | undefined;
  declare readonly requestId: string | undefined;
  /** The vendor's error body, redacted. */
  declare readonly body: unknown;
}

const requestIdHeaders = ["x-request-id", "request-id", "x-amzn-requestid", "x-correlation-id"];

const text = (value: unknown): string | undefined =>
  (typeof value === "string" && value) || (typeof value === "number" ? `${value}` : undefined);

/**
 * The vendor's error code from common body shapes: `{ code }`, `{ error_code }`,
 * `{ error: "code" }`, `{ error: { code | type } }`, `{ type }`, FastAPI's
 * `{ detail: [{ type }] }` / `{ detail: { code } }`.
 */
export function errorCode(body: unknown): string | undefined {
  if (!body || typeof body !== "object") return undefined;
  const { code, error_code, error, type, detail } = body as Record<string, unknown>;
  return (
    text(code) ??
    text(error_code) ??
    (typeof error === "string" ? error : errorCode(error)) ??
    text(type) ??
    errorCode(Array.isArray(detail) ? detail[0] : detail)
  );
}

/** Builds the `ApiError` for a vendor's non-2xx `response` whose parsed body is `body`. */
export function apiErrorFromResponse(vendor: string, response: Response, body: unknown): ApiError {
  const { status, statusText, headers } = response;
  const clean = redact(body);
  const code = errorCode(clean);
  const wait = retryAfterMs(headers);
  const requestId = requestIdHeaders.map((name) => headers.get(name)).find(Boolean) ?? undefined;
  return new ApiError(
    `${vendor}: ${status}${statusText ? ` ${statusText}` : ""}${code ? ` (${code})` : ""}${
      wait === undefined ? "" : ` — retry after ${Math.ceil(wait / 1000)}s`
    }`,
    {
      vendor,
      status,
      code,
      retryable: isRetryableStatus(status),
      retryAfterMs: wait,
      requestId,
      body: clean,
    },
  );
}
