// Generated from specs/ampersand.json by tools/generator; do not edit (change the document or the generator).
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

/** How the client reaches Ampersand: base URL, credentials and headers, read from specs/ampersand.json. */
export const descriptor = {
  vendor: "ampersand",
  envPrefix: "AMPERSAND",
  defaultBaseUrl: "https://api.withampersand.com/v1",
  auth: [
    {
      type: "apiKey",
      in: "header",
      name: "X-Api-Key",
      option: "apiKey",
      env: "AMPERSAND_API_KEY",
    },
    {
      type: "bearer",
      option: "bearer",
      env: "AMPERSAND_BEARER",
    },
  ],
  security: [[0], [1]],
  operationSecurity: {
    "POST /projects": [[1]],
    "GET /providers": [],
    "GET /providers/{provider}": [],
    "GET /orgs/{orgId}": [[1]],
    "PATCH /orgs/{orgId}": [[1]],
    "GET /orgs/{orgId}/builders": [[1]],
    "GET /orgs/{orgId}/invites": [[1]],
    "POST /orgs/{orgId}/invites": [[1]],
    "GET /orgs/{orgId}/invites/{inviteId}": [[1]],
    "DELETE /orgs/{orgId}/invites/{inviteId}": [[1]],
    "POST /orgs/{orgId}/memberships": [[1]],
    "GET /my-info": [[1]],
    "POST /invites:accept": [[1]],
    "GET /orgs/{orgId}/billingAccount": [[1]],
    "GET /claimed-domains": [[1]],
    "POST /claimed-domains": [[1]],
    "GET /orgs/{orgId}/claimed-domains": [[1]],
  },
  headers: [],
  textAnswers: [
    "POST /oauth-connect",
    "PATCH /projects/{projectIdOrName}/connections/{connectionId}:oauth-update",
  ],
} as const satisfies VendorDescriptor;

/** Options for {@link createClient}. Every option can be left out and read from the environment. */
export interface AmpersandClientOptions extends RuntimeOptions {
  /** Base URL of the API. Default: `AMPERSAND_BASE_URL`, then https://api.withampersand.com/v1. */
  baseUrl?: string;
  /** Ampersand credential, sent as the `X-Api-Key` header. Default: `AMPERSAND_API_KEY`. */
  apiKey?: string;
  /** Ampersand credential, sent as `Authorization: Bearer`. Default: `AMPERSAND_BEARER`. */
  bearer?: string;
}

/**
 * A typed openapi-fetch client for Ampersand: `GET`, `POST`, … plus `withOptions()`. With
 * `throwOnError: true` (`Throws`), a non-2xx answer throws `ApiError` and `data` is not optional.
 */
export type AmpersandClient<Throws extends boolean = false> = VendorClient<paths, Throws>;

/**
 * Creates a Ampersand client with retries, timeouts and redacted errors.
 *
 * @example
 * const client = createClient({ apiKey: process.env.AMPERSAND_API_KEY });
 */
export function createClient(
  options: AmpersandClientOptions & { throwOnError: true },
): AmpersandClient<true>;
export function createClient(options?: AmpersandClientOptions): AmpersandClient;
export function createClient(options: AmpersandClientOptions = {}): AmpersandClient<boolean> {
  return createVendorClient<paths>(descriptor, options);
}
