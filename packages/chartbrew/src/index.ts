// Generated from specs/chartbrew.json by tools/generator; do not edit (change the document or the generator).
import {
  createVendorClient,
  multipartBodies,
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

/** How the client reaches Chartbrew: base URL, credentials and headers, read from specs/chartbrew.json. */
export const descriptor = {
  vendor: "chartbrew",
  envPrefix: "CHARTBREW",
  defaultBaseUrl: "https://api.chartbrew.com",
  auth: [
    {
      type: "bearer",
      option: "apiKey",
      env: "CHARTBREW_API_KEY",
    },
  ],
  security: [[0]],
  headers: [],
  multipartBodies: {
    "POST /team/{team_id}/connections/{connection_id}/files": {},
  },
} as const satisfies VendorDescriptor;

/** Options for {@link createClient}. Every option can be left out and read from the environment. */
export interface ChartbrewClientOptions extends RuntimeOptions {
  /** Base URL of the API. Default: `CHARTBREW_BASE_URL`, then https://api.chartbrew.com. */
  baseUrl?: string;
  /** Chartbrew credential, sent as `Authorization: Bearer`. Default: `CHARTBREW_API_KEY`. */
  apiKey?: string;
}

/**
 * A typed openapi-fetch client for Chartbrew: `GET`, `POST`, … plus `withOptions()`. With
 * `throwOnError: true` (`Throws`), a non-2xx answer throws `ApiError` and `data` is not optional.
 */
export type ChartbrewClient<Throws extends boolean = false> = VendorClient<paths, Throws>;

/**
 * Creates a Chartbrew client with retries, timeouts and redacted errors.
 *
 * @example
 * const client = createClient({ apiKey: process.env.CHARTBREW_API_KEY });
 */
export function createClient(
  options: ChartbrewClientOptions & { throwOnError: true },
): ChartbrewClient<true>;
export function createClient(options?: ChartbrewClientOptions): ChartbrewClient;
export function createClient(options: ChartbrewClientOptions = {}): ChartbrewClient<boolean> {
  return createVendorClient<paths>(descriptor, options, [multipartBodies]);
}
