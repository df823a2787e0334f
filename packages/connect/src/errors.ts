import { ApiError, PatchbayError } from "@patchbay/runtime";

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

/**
 * `waitForConnection` gave up: the connection was `disconnected` (the end user declined or the
 * vendor revoked it), the wait reached its `timeout`, or the caller `aborted` it. `connection` is
 * the last one read, where there was one; `cause`, the error that ended a read cut short.
 */
export class WaitForConnectionError extends PatchbayError {
  override name = "WaitForConnectionError";
  declare readonly vendor: string;
  declare readonly reason: "disconnected" | "timeout" | "aborted";
  declare readonly connection: { connectionId: string | null; status: string } | undefined;
}

/** Why `webhooks.verify` refused a delivery. */
export type WebhookRefusal =
  | "missing_signature"
  | "bad_signature"
  | "timestamp_outside_tolerance"
  | "too_large"
  | "wrong_content_type"
  | "not_raw_body"
  | "bad_body"
  | "bad_jwt"
  | "unknown_key";

/**
 * `webhooks.verify` refused a delivery: no signature, one that does not match the raw body, a
 * timestamp outside the tolerance (a replay), a body over the limit or not JSON, a JWT that is
 * malformed, of another algorithm, or signed with a key the vendor does not answer. `reason`
 * says which; the message never holds the secret or the signature.
 */
export class WebhookVerificationError extends PatchbayError {
  override name = "WebhookVerificationError";
  declare readonly vendor: string;
  declare readonly reason: WebhookRefusal;
}

/**
 * The words of connect's errors (failure.ts), loaded with the first error that needs them, not
 * with every call: one loader, so a bundle holds one `import()` of it.
 */
export const failure = () => import("./failure.js");
