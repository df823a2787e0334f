import {
  ApiError,
  apiErrorFromResponse,
  createRedactor,
  PatchbayError,
  secretsOf,
  type VendorDescriptor,
} from "@patchbay/runtime";
import { statusAdvice } from "./advice.js";
import { credentialHint } from "./credentials.js";

/**
 * A vendor answered the create call with a non-2xx status: the runtime's `ApiError` (so
 * `instanceof` its status family, `AuthenticationError` for a 401...) with a message that says
 * what to do (`supermemory: 401 Unauthorized (Invalid API key) — set SUPERMEMORY_API_KEY or pass
 * apiKey`); the message, fields and `body` are redacted: no credential appears in them.
 */
export class ConnectError extends ApiError {
  override name = "ConnectError";
  /** What to do about it, e.g. which variable to set; the text after the dash in the message. */
  declare readonly hint: string | undefined;
}

/**
 * Nothing was sent: a vendor without credentials, an unknown vendor name, an unknown option.
 * `missingEnv` lists, per way to authenticate, the environment variables still to set.
 */
export class ConfigurationError extends PatchbayError {
  override name = "ConfigurationError";
  declare readonly vendor: string | undefined;
  declare readonly missingEnv: string[][] | undefined;
}

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

/**
 * The `ConnectError` for a vendor's non-2xx `response` whose parsed body is `body`. `sent` is the
 * request body: its secret values (`client_secret`, `password`...) are hidden wherever the vendor
 * echoes them, even in free text.
 */
export function connectErrorFromResponse(
  descriptor: VendorDescriptor,
  response: Response,
  body: unknown,
  sent?: unknown,
): ConnectError {
  // the client's credentials (the runtime's redactor of `response`), then the body's secrets
  const hide = createRedactor(secretsOf(sent));
  const error = apiErrorFromResponse(descriptor.vendor, response, hide(body));
  const { vendor, status, code, retryable, retryAfterMs, requestId } = error;
  const statusText = response.statusText || statusTexts[status] || "";
  const detail = errorDetail(error.body);
  const hint = statusAdvice(status, retryAfterMs, {
    fixCredential: credentialHint(descriptor),
    credential: "credential",
    vendor: "the vendor",
    baseUrl: `baseUrl or ${descriptor.envPrefix}_BASE_URL`,
  });
  const message = `${vendor}: ${status}${statusText ? ` ${statusText}` : ""}${
    detail && detail.toLowerCase() !== statusText.toLowerCase() ? ` (${detail})` : ""
  }${hint ? ` — ${hint}` : ""}`;
  return new ConnectError(
    message,
    { vendor, status, code, retryable, retryAfterMs, requestId, body: error.body, hint },
    hide,
  );
}

/**
 * `waitForConnection` gave up: the connection was `disconnected` (the end user declined or the
 * vendor revoked it), the wait reached its `timeout`, or the caller `aborted` it. `connection` is
 * the last one read, where there was one.
 */
export class WaitForConnectionError extends PatchbayError {
  override name = "WaitForConnectionError";
  declare readonly vendor: string;
  declare readonly reason: "disconnected" | "timeout" | "aborted";
  declare readonly connection: { connectionId: string | null; status: string } | undefined;

  constructor(
    vendor: string,
    reason: "disconnected" | "timeout" | "aborted",
    connection?: { connectionId: string | null; status: string },
    cause?: unknown,
  ) {
    const id = connection?.connectionId ? ` ${connection.connectionId}` : "";
    super(
      reason === "disconnected"
        ? `${vendor}: connection${id} is disconnected; start a new one`
        : reason === "timeout"
          ? `${vendor}: connection${id} was not connected in time (last status: ${connection?.status ?? "none read"})`
          : `${vendor}: waiting for connection${id} was aborted`,
      { vendor, reason, connection, ...(cause === undefined ? {} : { cause }) },
    );
  }
}
