import { ApiError, PatchbayError, type VendorDescriptor } from "@patchbay/runtime";
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

/**
 * The `ConnectError` for a vendor's non-2xx `response` whose parsed body is `body`. `sent` is the
 * request body: its secret values (`client_secret`, `password`...) are hidden wherever the vendor
 * echoes them, even in free text. Reading the body (failure.ts) is loaded on the first failure:
 * a call that succeeds does not load it.
 */
export async function connectErrorFromResponse(
  descriptor: VendorDescriptor,
  response: Response,
  body: unknown,
  sent?: unknown,
): Promise<ConnectError> {
  const { readFailure } = await import("./failure.js");
  const { error, hide, statusText, detail } = readFailure(descriptor.vendor, response, body, sent);
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
