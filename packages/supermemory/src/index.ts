// Generated from specs/supermemory.yaml by scripts/generate; do not edit (change the document or the generator).
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

/** How the client reaches Supermemory: base URL, credentials and headers, read from specs/supermemory.yaml. */
export const descriptor = {
  vendor: "supermemory",
  envPrefix: "SUPERMEMORY",
  defaultBaseUrl: "https://api.supermemory.ai",
  auth: [
    {
      type: "bearer",
      option: "apiKey",
      env: "SUPERMEMORY_API_KEY",
    },
  ],
  headers: [],
} as const satisfies VendorDescriptor;

/** Options for {@link createClient}. Every option can be left out and read from the environment. */
export interface SupermemoryClientOptions extends RuntimeOptions {
  /** Base URL of the API. Default: `SUPERMEMORY_BASE_URL`, then https://api.supermemory.ai. */
  baseUrl?: string;
  /** Supermemory credential, sent as `Authorization: Bearer`. Default: `SUPERMEMORY_API_KEY`. */
  apiKey?: string;
}

/**
 * A typed openapi-fetch client for Supermemory: `GET`, `POST`, … plus `withOptions()`. With
 * `throwOnError: true` (`Throws`), a non-2xx answer throws `ApiError` and `data` is not optional.
 */
export type SupermemoryClient<Throws extends boolean = false> = VendorClient<paths, Throws>;

/**
 * Creates a Supermemory client with retries, timeouts and redacted errors.
 *
 * @example
 * const client = createClient({ apiKey: process.env.SUPERMEMORY_API_KEY });
 */
export function createClient(
  options: SupermemoryClientOptions & { throwOnError: true },
): SupermemoryClient<true>;
export function createClient(options?: SupermemoryClientOptions): SupermemoryClient;
export function createClient(options: SupermemoryClientOptions = {}): SupermemoryClient<boolean> {
  return createVendorClient<paths>(descriptor, options);
}
