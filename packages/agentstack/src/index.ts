// Generated from specs/agentstack.yaml by tools/generator; do not edit (change the document or the generator).
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

/** How the client reaches Agent Stack: base URL, credentials and headers, read from specs/agentstack.yaml. */
export const descriptor = {
  vendor: "agentstack",
  envPrefix: "AGENTSTACK",
  defaultBaseUrl: "http://localhost:8333",
  auth: [
    {
      type: "basic",
      usernameOption: "username",
      passwordOption: "password",
      usernameEnv: "AGENTSTACK_USERNAME",
      passwordEnv: "AGENTSTACK_PASSWORD",
    },
  ],
  security: [[0]],
  headers: [],
} as const satisfies VendorDescriptor;

/** Options for {@link createClient}. Every option can be left out and read from the environment. */
export interface AgentStackClientOptions extends RuntimeOptions {
  /** Base URL of the API. Default: `AGENTSTACK_BASE_URL`, then http://localhost:8333. */
  baseUrl?: string;
  /** User name for HTTP Basic auth. Default: `AGENTSTACK_USERNAME`. */
  username?: string;
  /** Password for HTTP Basic auth. Default: `AGENTSTACK_PASSWORD`. */
  password?: string;
}

/**
 * A typed openapi-fetch client for Agent Stack: `GET`, `POST`, … plus `withOptions()`. With
 * `throwOnError: true` (`Throws`), a non-2xx answer throws `ApiError` and `data` is not optional.
 */
export type AgentStackClient<Throws extends boolean = false> = VendorClient<paths, Throws>;

/**
 * Creates a Agent Stack client with retries, timeouts and redacted errors.
 *
 * @example
 * const client = createClient({ username: process.env.AGENTSTACK_USERNAME, password: process.env.AGENTSTACK_PASSWORD });
 */
export function createClient(
  options: AgentStackClientOptions & { throwOnError: true },
): AgentStackClient<true>;
export function createClient(options?: AgentStackClientOptions): AgentStackClient;
export function createClient(options: AgentStackClientOptions = {}): AgentStackClient<boolean> {
  return createVendorClient<paths>(descriptor, options);
}
