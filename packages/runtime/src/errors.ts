import { type Redactor, redact } from "./redact.js";

/**
 * Base of every error patchbay throws. The message, fields, `toJSON()` and `util.inspect`
 * output are redacted: no credential appears in them. `redactor` is the client's own (its
 * credentials in every encoding); by default, those of every client alive in the process.
 */
export class PatchbayError extends Error {
  override name = "PatchbayError";

  constructor(message: string, fields?: Record<string, unknown>, redactor: Redactor = redact) {
    super(redactor(message));
    const clean = redactor(fields) as Record<string, unknown>;
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

/** The request never got an answer: connection refused or reset, DNS failure, a timeout... */
export class NetworkError extends PatchbayError {
  override name = "NetworkError";
  declare readonly vendor: string;
  declare readonly attempt: number;
  /** The underlying error, redacted into a plain object. */
  declare readonly cause: Record<string, unknown> | undefined;
}

/**
 * An attempt got no response headers within `timeoutMs`, or its body stalled for `timeoutMs`
 * (after any retries). A `NetworkError`: one `catch` for "could not reach the vendor".
 */
export class TimeoutError extends NetworkError {
  override name = "TimeoutError";
  declare readonly timeoutMs: number;
}

/** The decoded response body grew past `maxResponseBytes`; the rest was not read. */
export class ResponseTooLargeError extends PatchbayError {
  override name = "ResponseTooLargeError";
  declare readonly vendor: string;
  declare readonly maxResponseBytes: number;
}

/**
 * The request body is over `maxRequestBytes`: refused before anything was sent, or, for a stream
 * (its length unknown until read), cut where it passed the limit and the request aborted.
 */
export class RequestTooLargeError extends PatchbayError {
  override name = "RequestTooLargeError";
  declare readonly vendor: string;
  declare readonly maxRequestBytes: number;
}

/**
 * Credentials would have gone to a plain-http, non-loopback URL without `allowInsecureHttp`, or
 * a redirect led from https to plain http.
 */
export class InsecureTransportError extends PatchbayError {
  override name = "InsecureTransportError";
  declare readonly vendor: string;
  declare readonly origin: string;
}

/**
 * A redirect would have re-sent the request body to another origin (`origin`): a 307 or 308, or
 * a 301/302 of a method other than POST. The body may hold secrets of its own (a
 * `client_secret`...): nothing was sent there. The client option
 * `allowCrossOriginBodyRedirects: true` follows such redirects (credentials are still stripped).
 */
export class RedirectRefusedError extends PatchbayError {
  override name = "RedirectRefusedError";
  declare readonly vendor: string;
  /** The origin the redirect led to. */
  declare readonly origin: string;
  /** The redirect's status: 307 or 308 (301 or 302 for a method other than POST). */
  declare readonly status: number;
}

/**
 * A 2xx answer whose body is not what the call reads it as: not valid JSON (openapi-fetch's
 * default `parseAs`; an HTML page often means a wrong base URL). Never quotes the body, where a
 * vendor may echo a credential; `parseAs: "text"` reads it as it is.
 */
export class InvalidResponseError extends PatchbayError {
  override name = "InvalidResponseError";
  declare readonly vendor: string;
  declare readonly status: number;
  /** The answer's `Content-Type` (redacted), `undefined` without one. */
  declare readonly contentType: string | undefined;
}

/** A non-2xx answer from a vendor. `instanceof` a status family works on any `ApiError`. */
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

/**
 * `instanceof` for a status family: true for every `ApiError` with a status in the family,
 * whichever class built it. The runtime builds `ApiError`s (its name in logs stays `ApiError`)
 * and connect builds `ConnectError`s; `error instanceof RateLimitError` holds for either on a 429.
 */
const inFamily = (value: unknown, low: number, high = low): boolean =>
  value instanceof ApiError && value.status >= low && value.status <= high;

/** 400. */
export class BadRequestError extends ApiError {
  override name = "BadRequestError";
  static override [Symbol.hasInstance](value: unknown): boolean {
    return inFamily(value, 400);
  }
}
/** 401: the credential is missing, wrong or expired. */
export class AuthenticationError extends ApiError {
  override name = "AuthenticationError";
  static override [Symbol.hasInstance](value: unknown): boolean {
    return inFamily(value, 401);
  }
}
/** 403: the credential may not do this. */
export class PermissionDeniedError extends ApiError {
  override name = "PermissionDeniedError";
  static override [Symbol.hasInstance](value: unknown): boolean {
    return inFamily(value, 403);
  }
}
/** 404. */
export class NotFoundError extends ApiError {
  override name = "NotFoundError";
  static override [Symbol.hasInstance](value: unknown): boolean {
    return inFamily(value, 404);
  }
}
/** 409. */
export class ConflictError extends ApiError {
  override name = "ConflictError";
  static override [Symbol.hasInstance](value: unknown): boolean {
    return inFamily(value, 409);
  }
}
/** 422: the vendor understood the request but refuses its params or body. */
export class UnprocessableEntityError extends ApiError {
  override name = "UnprocessableEntityError";
  static override [Symbol.hasInstance](value: unknown): boolean {
    return inFamily(value, 422);
  }
}
/** 429: slow down; `retryAfterMs` says for how long, when the vendor does. */
export class RateLimitError extends ApiError {
  override name = "RateLimitError";
  static override [Symbol.hasInstance](value: unknown): boolean {
    return inFamily(value, 429);
  }
}
/** 500 and above: the vendor failed. */
export class InternalServerError extends ApiError {
  override name = "InternalServerError";
  static override [Symbol.hasInstance](value: unknown): boolean {
    return inFamily(value, 500, 599);
  }
}
