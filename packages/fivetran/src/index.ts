// Generated from specs/fivetran.json by tools/generator; do not edit (change the document or the generator).
import {
  createVendorClient,
  multipartBodies,
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

/** How the client reaches Fivetran: base URL, credentials and headers, read from specs/fivetran.json. */
export const descriptor = {
  vendor: "fivetran",
  envPrefix: "FIVETRAN",
  defaultBaseUrl: "https://api.fivetran.com",
  auth: [
    {
      type: "basic",
      usernameOption: "username",
      passwordOption: "password",
      usernameEnv: "FIVETRAN_USERNAME",
      passwordEnv: "FIVETRAN_PASSWORD",
    },
  ],
  security: [[0]],
  operationSecurity: {
    "GET /public/connector-types": [],
  },
  headers: [],
  multipartBodies: {
    "POST /v1/connector-sdk/packages": {},
    "PATCH /v1/connector-sdk/packages/{package_id}": {},
  },
} as const satisfies VendorDescriptor;

/** Options for {@link createClient}. Every option can be left out and read from the environment. */
export interface FivetranClientOptions extends RuntimeOptions {
  /** Base URL of the API. Default: `FIVETRAN_BASE_URL`, then https://api.fivetran.com. */
  baseUrl?: string;
  /** User name for HTTP Basic auth. Default: `FIVETRAN_USERNAME`. */
  username?: string;
  /** Password for HTTP Basic auth. Default: `FIVETRAN_PASSWORD`. */
  password?: string;
}

/**
 * A typed openapi-fetch client for Fivetran: `GET`, `POST`, … plus `withOptions()`. With
 * `throwOnError: true` (`Throws`), a non-2xx answer throws `ApiError` and `data` is not optional.
 */
export type FivetranClient<Throws extends boolean = false> = VendorClient<paths, Throws>;

/**
 * Creates a Fivetran client with retries, timeouts and redacted errors.
 *
 * @example
 * const client = createClient({ username: process.env.FIVETRAN_USERNAME, password: process.env.FIVETRAN_PASSWORD });
 */
export function createClient(
  options: FivetranClientOptions & { throwOnError: true },
): FivetranClient<true>;
export function createClient(options?: FivetranClientOptions): FivetranClient;
export function createClient(options: FivetranClientOptions = {}): FivetranClient<boolean> {
  return createVendorClient<paths>(descriptor, options, [multipartBodies]);
}

type InitOf<Operation> = ParamsOption<Operation> & RequestBodyOption<Operation>;
type PageOf<Operation> = NonNullable<
  Extract<
    FetchResponse<Operation & Record<string | number, unknown>, unknown, "application/json">,
    { error?: never }
  >["data"]
>;

/**
 * Every item of `GET /v1/connections` (list_connections), page after page:
 * `for await (const item of paginateListConnections(client, init))`. Bounded by
 * `maxPages`, stopped by `signal`; a page that fails throws an `ApiError`.
 */
export function paginateListConnections(
  client: FivetranClient,
  init: InitOf<paths["/v1/connections"]["get"]>,
  options?: PageOptions,
): AsyncGenerator<NonNullable<NonNullable<PageOf<paths["/v1/connections"]["get"]>["data"]>["items"]>[number], void, undefined> {
  return paginate(
    client,
    { method: "get", path: "/v1/connections", vendor: "fivetran" },
    init as object,
    {
      items: [
        "data",
        "items",
      ],
      cursor: {
        in: "query",
        name: "cursor",
        fromBody: [
          "data",
          "next_cursor",
        ],
      },
    },
    options,
  );
}
