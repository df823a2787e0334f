import { ApiError } from "./errors.js";
import { type Redactor, redact } from "./redact.js";
import { isRetryableStatus } from "./retry.js";
import { retryAfterMs } from "./retry-after.js";

const requestIdHeaders = ["x-request-id", "request-id", "x-amzn-requestid", "x-correlation-id"];

const text = (value: unknown): string | undefined =>
  (typeof value === "string" && value) || (typeof value === "number" ? `${value}` : undefined);

/**
 * The vendor's error code from common body shapes: `{ code }`, `{ error_code }`,
 * `{ error: "code" }`, `{ error: { code | type } }`, `{ type }`, FastAPI's
 * `{ detail: [{ type }] }` / `{ detail: { code } }`. Looks at most 8 levels deep.
 */
export function errorCode(body: unknown, depth = 0): string | undefined {
  if (!body || typeof body !== "object" || depth > 8) return undefined;
  const { code, error_code, error, type, detail } = body as Record<string, unknown>;
  return (
    text(code) ??
    text(error_code) ??
    (typeof error === "string" ? error : errorCode(error, depth + 1)) ??
    text(type) ??
    errorCode(Array.isArray(detail) ? detail[0] : detail, depth + 1)
  );
}

/** Which client's redactor applies to a response it returned (its credentials, every encoding). */
const redactors = new WeakMap<Response, Redactor>();

export const rememberRedactor = (response: Response, redactor: Redactor): void => {
  redactors.set(response, redactor);
};

/**
 * Builds the `ApiError` for a vendor's non-2xx `response` whose parsed body is `body` (an
 * `instanceof` its status family: `RateLimitError` for a 429...), redacted with the credentials
 * of the client that received `response` (else of every client alive).
 */
export function apiErrorFromResponse(
  vendor: string,
  response: Response,
  body: unknown,
  redactor: Redactor = redactors.get(response) ?? redact,
): ApiError {
  const { status, statusText, headers } = response;
  const clean = redactor(body);
  const code = errorCode(clean)?.slice(0, 200);
  const wait = retryAfterMs(headers);
  const requestId =
    requestIdHeaders
      .map((name) => headers.get(name))
      .find(Boolean)
      ?.slice(0, 200) ?? undefined;
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
    redactor,
  );
}
