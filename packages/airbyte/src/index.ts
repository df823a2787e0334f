// Generated from specs/airbyte.yaml by tools/generator; do not edit (change the document or the generator).
import {
  createVendorClient,
  type PageOptions,
  paginate,
  type RuntimeOptions,
  type VendorClient,
  type VendorDescriptor,
} from "@patchbay/runtime";
import type { FetchResponse, ParamsOption, RequestBodyOption } from "openapi-fetch";
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

/** How the client reaches Airbyte: base URL, credentials and headers, read from specs/airbyte.yaml. */
export const descriptor = {
  vendor: "airbyte",
  envPrefix: "AIRBYTE",
  defaultBaseUrl: "https://api.airbyte.com/v1",
  auth: [
    {
      type: "bearer",
      option: "apiKey",
      env: "AIRBYTE_API_KEY",
    },
    {
      type: "basic",
      usernameOption: "username",
      passwordOption: "password",
      usernameEnv: "AIRBYTE_USERNAME",
      passwordEnv: "AIRBYTE_PASSWORD",
    },
    {
      type: "bearer",
      option: "accessToken",
      env: "AIRBYTE_ACCESS_TOKEN",
    },
  ],
  security: [[0], [1], [2]],
  operationSecurity: {
    "GET /health": [],
  },
  headers: [],
} as const satisfies VendorDescriptor;

/** Options for {@link createClient}. Every option can be left out and read from the environment. */
export interface AirbyteClientOptions extends RuntimeOptions {
  /** Base URL of the API. Default: `AIRBYTE_BASE_URL`, then https://api.airbyte.com/v1. */
  baseUrl?: string;
  /** Airbyte credential, sent as `Authorization: Bearer`. Default: `AIRBYTE_API_KEY`. */
  apiKey?: string;
  /** User name for HTTP Basic auth. Default: `AIRBYTE_USERNAME`. */
  username?: string;
  /** Password for HTTP Basic auth. Default: `AIRBYTE_PASSWORD`. */
  password?: string;
  /** Airbyte credential, sent as `Authorization: Bearer`. Default: `AIRBYTE_ACCESS_TOKEN`. */
  accessToken?: string;
}

/**
 * A typed openapi-fetch client for Airbyte: `GET`, `POST`, … plus `withOptions()`. With
 * `throwOnError: true` (`Throws`), a non-2xx answer throws `ApiError` and `data` is not optional.
 */
export type AirbyteClient<Throws extends boolean = false> = VendorClient<paths, Throws>;

/**
 * Creates a Airbyte client with retries, timeouts and redacted errors.
 *
 * @example
 * const client = createClient({ apiKey: process.env.AIRBYTE_API_KEY });
 */
export function createClient(
  options: AirbyteClientOptions & { throwOnError: true },
): AirbyteClient<true>;
export function createClient(options?: AirbyteClientOptions): AirbyteClient;
export function createClient(options: AirbyteClientOptions = {}): AirbyteClient<boolean> {
  return createVendorClient<paths>(descriptor, options);
}

type InitOf<Operation> = ParamsOption<Operation> & RequestBodyOption<Operation>;
type PageOf<Operation> = NonNullable<
  Extract<
    FetchResponse<Operation & Record<string | number, unknown>, unknown, "application/json">,
    { error?: never }
  >["data"]
>;

/**
 * Every item of `GET /sources` (listSources), page after page:
 * `for await (const item of paginateListSources(client, init))`. Bounded by
 * `maxPages`, stopped by `signal`; a page that fails throws an `ApiError`.
 */
export function paginateListSources(
  client: AirbyteClient,
  init: InitOf<paths["/sources"]["get"]>,
  options?: PageOptions,
): AsyncGenerator<NonNullable<PageOf<paths["/sources"]["get"]>["data"]>[number], void, undefined> {
  return paginate(
    client,
    { method: "get", path: "/sources", vendor: "airbyte" },
    init as object,
    {
      items: [
        "data",
      ],
      offset: {
        in: "query",
        name: "offset",
        more: [
          "next",
        ],
      },
    },
    options,
  );
}
