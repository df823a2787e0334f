import { apiErrorFromResponse, createRedactor, secretsOf } from "@patchbay/runtime";

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
 * A vendor's non-2xx answer read for `ConnectError` (errors.ts, which loads this module on the
 * first failure only): the runtime's `ApiError` for it with the body redacted, the redactor
 * (the client's credentials, then the secrets of `sent`, the request body, wherever the vendor
 * echoes them, even in free text), the status text, and the vendor's own words.
 */
export function readFailure(vendor: string, response: Response, body: unknown, sent?: unknown) {
  const hide = createRedactor(secretsOf(sent));
  const error = apiErrorFromResponse(vendor, response, hide(body));
  const statusText = response.statusText || statusTexts[error.status] || "";
  return { error, hide, statusText, detail: errorDetail(error.body) };
}
