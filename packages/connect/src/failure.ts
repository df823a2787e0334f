// Loaded on a vendor's first non-2xx answer (call-operation.ts), and built apart from the entries
// (tsup.config.ts): it makes no error itself, so `ConnectError` and the runtime's `ApiError`s stay
// the entry's classes (`instanceof` holds); the pure helpers it imports are its own copies.
import {
  type apiErrorFromResponse,
  createRedactor,
  type Redactor,
  secretsOf,
  type VendorDescriptor,
} from "@patchbay/runtime";
import { statusAdvice } from "./advice.js";
import { credentialHint, describeWays, missingCredentials } from "./credentials.js";

const statusTexts: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  408: "Request Timeout",
  409: "Conflict",
  422: "Unprocessable Entity",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

const text = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() ? value.trim() : undefined;

/** `body.url: Input should be a valid URL` from FastAPI's `detail`, Prism's `validation`, `errors`. */
const listed = (items: unknown): string | undefined => {
  if (!Array.isArray(items)) return undefined;
  const lines = items.flatMap((item) => {
    if (typeof item === "string") return [item];
    const { loc, location, msg, message } = (item ?? {}) as Record<string, unknown>;
    const where = (Array.isArray(loc) ? loc : Array.isArray(location) ? location : []).join(".");
    const what = text(msg) ?? text(message);
    return what ? [where ? `${where}: ${what}` : what] : [];
  });
  return lines.length > 0 ? lines.join("; ") : undefined;
};

/** The vendor's own words about the failure, from the usual body shapes (at most 8 levels deep). */
export function errorDetail(body: unknown, depth = 0): string | undefined {
  if (typeof body === "string") return text(body.split("\n")[0]);
  if (!body || typeof body !== "object" || depth > 8) return undefined;
  const { message, detail, details, error, title, validation, errors } = body as Record<
    string,
    unknown
  >;
  const nested =
    error && typeof error === "object"
      ? errorDetail(error, depth + 1)
      : typeof error === "string"
        ? error
        : undefined;
  const main = text(message) ?? text(detail) ?? text(details) ?? nested ?? text(title);
  const list = listed(detail) ?? listed(validation) ?? listed(errors);
  const detailText = [main, list].filter(Boolean).join(": ");
  return detailText.length > 300 ? `${detailText.slice(0, 299)}…` : detailText || undefined;
}

// Every error below is made with a class the entry hands in: this module has none of its own.
type Made<T> = new (message: string, fields?: Record<string, unknown>, redactor?: Redactor) => T;

/**
 * The `ConnectError` (`Connect`, the entry's class) for a vendor's non-2xx `response`, whose
 * parsed body is `body`: the runtime's `ApiError` fields for it (made by `apiError`, the entry's
 * `apiErrorFromResponse`) with the body redacted, and a message that says what to do. `sent` is
 * the request body: its secret values (`client_secret`, `password`...) are hidden wherever the
 * vendor echoes them, even in free text, after the client's credentials.
 */
export function connectError<T>(
  Connect: Made<T>,
  apiError: typeof apiErrorFromResponse,
  descriptor: VendorDescriptor,
  response: Response,
  body: unknown,
  sent?: unknown,
): T {
  const hide = createRedactor(secretsOf(sent));
  const error = apiError(descriptor.vendor, response, hide(body));
  const statusText = response.statusText || statusTexts[error.status] || "";
  const detail = errorDetail(error.body);
  const { vendor, status, code, retryable, retryAfterMs, requestId } = error;
  const hint = statusAdvice(status, retryAfterMs, {
    fixCredential: credentialHint(descriptor),
    credential: "credential",
    vendor: "the vendor",
    baseUrl: `baseUrl or ${descriptor.envPrefix}_BASE_URL`,
  });
  const message = `${vendor}: ${status}${statusText ? ` ${statusText}` : ""}${
    detail && detail.toLowerCase() !== statusText.toLowerCase() ? ` (${detail})` : ""
  }${hint ? ` — ${hint}` : ""}`;
  const fields = {
    vendor,
    status,
    code,
    retryable,
    retryAfterMs,
    requestId,
    body: error.body,
    hint,
  };
  return new Connect(message, fields, hide);
}

/**
 * The `ConfigurationError` (`Configuration`) for a vendor without credentials, naming the
 * variables still to set per way to authenticate; undefined where one way is complete.
 */
export function notConfigured<T>(
  Configuration: Made<T>,
  vendor: string,
  descriptor: VendorDescriptor,
  options: object,
): T | undefined {
  const missingEnv = missingCredentials(descriptor, options);
  return missingEnv
    ? new Configuration(
        `${vendor} is not configured: set ${describeWays(missingEnv)}, or pass its credentials in createPatchbay({ ${vendor}: { ... } })`,
        { vendor, missingEnv },
      )
    : undefined;
}

/**
 * The runtime's `InvalidResponseError` for a 2xx body that is not JSON, again (`Invalid`, the
 * entry's class), saying where to look: most often a wrong base URL, answered by an HTML page.
 */
export const notJson = <T>(
  Invalid: Made<T>,
  descriptor: VendorDescriptor,
  { vendor, status, contentType }: { vendor: string; status: number; contentType?: string },
): T =>
  new Invalid(
    `${vendor}: the answer is not JSON (a ${status}, ${contentType ?? "no content type"}); check the base URL (baseUrl or ${descriptor.envPrefix}_BASE_URL)`,
    { vendor, status, contentType },
  );

/** A vendor name this patchbay was not made with. */
export const unknownVendor = <T>(
  Configuration: Made<T>,
  vendor: unknown,
  names: readonly string[],
): T =>
  new Configuration(
    `unknown vendor ${JSON.stringify(vendor)}; this patchbay was made with: ${names.join(", ")}`,
    { vendor: typeof vendor === "string" ? vendor : undefined },
  );

/** A 2xx answer without the body the operation declares. */
export const noBody = <T>(Patchbay: Made<T>, vendor: string, status: number, expected: string): T =>
  new Patchbay(`${vendor}: ${status} without a body; expected ${expected}`, { vendor, status });
