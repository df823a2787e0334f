// Generated from specs/polytomic.yaml by tools/generator; do not edit (change the document or the generator).
import {
  createVendorClient,
  type RuntimeOptions,
  type VendorClient,
  type VendorDescriptor,
} from "@patchbay/runtime";
import type { paths } from "./schema.js";

export {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InsecureTransportError,
  InternalServerError,
  NetworkError,
  NotFoundError,
  PatchbayError,
  PermissionDeniedError,
  RateLimitError,
  ResponseTooLargeError,
  TimeoutError,
  UnprocessableEntityError,
} from "@patchbay/runtime";
export type { components, operations, paths } from "./schema.js";

/** How the client reaches Polytomic: base URL, credentials and headers, read from specs/polytomic.yaml. */
export const descriptor = {
  vendor: "polytomic",
  envPrefix: "POLYTOMIC",
  defaultBaseUrl: "https://app.polytomic.com",
  auth: [
    {
      type: "basic",
      usernameOption: "username",
      passwordOption: "password",
      usernameEnv: "POLYTOMIC_USERNAME",
      passwordEnv: "POLYTOMIC_PASSWORD",
    },
    {
      type: "bearer",
      option: "apiKey",
      env: "POLYTOMIC_API_KEY",
    },
  ],
  security: [[0], [1]],
  headers: [
    {
      header: "X-Polytomic-Version",
      option: "version",
      default: "2025-09-18",
    },
  ],
} as const satisfies VendorDescriptor;

/** Options for {@link createClient}. Every option can be left out and read from the environment. */
export interface PolytomicClientOptions extends RuntimeOptions {
  /** Base URL of the API. Default: `POLYTOMIC_BASE_URL`, then https://app.polytomic.com. */
  baseUrl?: string;
  /** User name for HTTP Basic auth. Default: `POLYTOMIC_USERNAME`. */
  username?: string;
  /** Password for HTTP Basic auth. Default: `POLYTOMIC_PASSWORD`. */
  password?: string;
  /** Polytomic credential, sent as `Authorization: Bearer`. Default: `POLYTOMIC_API_KEY`. */
  apiKey?: string;
  /** API version sent with every request. Sent as `X-Polytomic-Version`. Default: "2025-09-18". */
  version?: string;
}

/**
 * A typed openapi-fetch client for Polytomic: `GET`, `POST`, … plus `withOptions()`. With
 * `throwOnError: true` (`Throws`), a non-2xx answer throws `ApiError` and `data` is not optional.
 */
export type PolytomicClient<Throws extends boolean = false> = VendorClient<paths, Throws>;

/**
 * Creates a Polytomic client with retries, timeouts and redacted errors.
 *
 * @example
 * const client = createClient({ username: process.env.POLYTOMIC_USERNAME, password: process.env.POLYTOMIC_PASSWORD });
 */
export function createClient(
  options: PolytomicClientOptions & { throwOnError: true },
): PolytomicClient<true>;
export function createClient(options?: PolytomicClientOptions): PolytomicClient;
export function createClient(options: PolytomicClientOptions = {}): PolytomicClient<boolean> {
  return createVendorClient<paths>(descriptor, options);
}
