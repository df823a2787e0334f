// Generated from specs/plaid.yml by tools/generator; do not edit (change the document or the generator).
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

/** How the client reaches Plaid: base URL, credentials and headers, read from specs/plaid.yml. */
export const descriptor = {
  vendor: "plaid",
  envPrefix: "PLAID",
  defaultBaseUrl: "https://production.plaid.com",
  auth: [
    {
      type: "apiKey",
      in: "header",
      name: "PLAID-CLIENT-ID",
      option: "clientId",
      env: "PLAID_CLIENT_ID",
    },
    {
      type: "apiKey",
      in: "header",
      name: "PLAID-SECRET",
      option: "secret",
      env: "PLAID_SECRET",
    },
    {
      type: "apiKey",
      in: "header",
      name: "Plaid-Version",
      option: "plaidVersion",
      env: "PLAID_VERSION",
    },
  ],
  security: [[0, 1, 2]],
  operationSecurity: {
    "POST /categories/get": [],
  },
  headers: [],
} as const satisfies VendorDescriptor;

/** Options for {@link createClient}. Every option can be left out and read from the environment. */
export interface PlaidClientOptions extends RuntimeOptions {
  /** Base URL of the API. Default: `PLAID_BASE_URL`, then https://production.plaid.com. */
  baseUrl?: string;
  /** Plaid credential, sent as the `PLAID-CLIENT-ID` header. Default: `PLAID_CLIENT_ID`. */
  clientId?: string;
  /** Plaid credential, sent as the `PLAID-SECRET` header. Default: `PLAID_SECRET`. */
  secret?: string;
  /** Plaid credential, sent as the `Plaid-Version` header. Default: `PLAID_VERSION`. */
  plaidVersion?: string;
}

/**
 * A typed openapi-fetch client for Plaid: `GET`, `POST`, … plus `withOptions()`. With
 * `throwOnError: true` (`Throws`), a non-2xx answer throws `ApiError` and `data` is not optional.
 */
export type PlaidClient<Throws extends boolean = false> = VendorClient<paths, Throws>;

/**
 * Creates a Plaid client with retries, timeouts and redacted errors.
 *
 * @example
 * const client = createClient({ clientId: process.env.PLAID_CLIENT_ID, secret: process.env.PLAID_SECRET, plaidVersion: process.env.PLAID_VERSION });
 */
export function createClient(
  options: PlaidClientOptions & { throwOnError: true },
): PlaidClient<true>;
export function createClient(options?: PlaidClientOptions): PlaidClient;
export function createClient(options: PlaidClientOptions = {}): PlaidClient<boolean> {
  return createVendorClient<paths>(descriptor, options);
}
