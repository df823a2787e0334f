import {
  ApiError,
  apiErrorFromResponse,
  PatchbayError,
  secretsOf,
  type VendorDescriptor,
} from "@patchbay/runtime";
import { credentialHint } from "./credentials.js";

/**
 * A vendor answered the create call with a non-2xx status. The message says what to do
 * (`supermemory: 401 Unauthorized (Invalid API key) — set SUPERMEMORY_API_KEY or pass apiKey`);
 * the message, fields and `body` are redacted: no credential appears in them.
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

/** The vendor's own words about the failure, from the usual body shapes. */
export function errorDetail(body: unknown): string | undefined {
  if (typeof body === "string") return text(body.split("\n")[0]);
  if (!body || typeof body !== "object") return undefined;
  const { message, detail, details, error, title, validation, errors } = body as Record<
    string,
    unknown
  >;
  const nested =
    error && typeof error === "object"
      ? errorDetail(error)
      : typeof error === "string"
        ? error
        : undefined;
  const main = text(message) ?? text(detail) ?? text(details) ?? nested ?? text(title);
  const list = listed(detail) ?? listed(validation) ?? listed(errors);
  const detailText = [main, list].filter(Boolean).join(": ");
  return detailText.length > 300 ? `${detailText.slice(0, 299)}…` : detailText || undefined;
}

function hintFor(error: ApiError, descriptor: VendorDescriptor): string | undefined {
  const { status, retryAfterMs } = error;
  if (status === 401) return credentialHint(descriptor);
  if (status === 403) {
    return "the credential was accepted but may not do this; use one with permission to create connections";
  }
  if (status === 404) {
    return `check the base URL (baseUrl or ${descriptor.envPrefix}_BASE_URL) and the path parameters`;
  }
  if (status === 400 || status === 422) return "fix the params or body named above";
  if (status === 429 || status === 503 || retryAfterMs !== undefined) {
    return retryAfterMs === undefined
      ? "try again later"
      : `try again in ${Math.ceil(retryAfterMs / 1000)}s`;
  }
  if (error.retryable) return "the vendor failed; try again later";
  return undefined;
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
  const echoed = secretsOf(sent);
  const hide = (value: unknown): unknown =>
    JSON.parse(
      JSON.stringify(value ?? null, (_key, item) =>
        typeof item === "string"
          ? echoed.reduce((text, secret) => text.replaceAll(secret, "[redacted]"), item)
          : item,
      ),
    );
  const error = apiErrorFromResponse(
    descriptor.vendor,
    response,
    echoed.length > 0 ? hide(body) : body,
  );
  const { vendor, status, code, retryable, retryAfterMs, requestId } = error;
  const statusText = response.statusText || statusTexts[status] || "";
  const detail = errorDetail(error.body);
  const hint = hintFor(error, descriptor);
  const message = `${vendor}: ${status}${statusText ? ` ${statusText}` : ""}${
    detail && detail.toLowerCase() !== statusText.toLowerCase() ? ` (${detail})` : ""
  }${hint ? ` — ${hint}` : ""}`;
  return new ConnectError(message, {
    vendor,
    status,
    code,
    retryable,
    retryAfterMs,
    requestId,
    body: error.body,
    hint,
  });
}
