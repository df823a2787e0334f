// Generated from specs/composio.json by tools/generator; do not edit (change the document or the generator).
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

/** How the client reaches Composio: base URL, credentials and headers, read from specs/composio.json. */
export const descriptor = {
  vendor: "composio",
  envPrefix: "COMPOSIO",
  defaultBaseUrl: "https://backend.composio.dev",
  auth: [
    {
      type: "apiKey",
      in: "header",
      name: "x-api-key",
      option: "apiKey",
      env: "COMPOSIO_API_KEY",
    },
    {
      type: "apiKey",
      in: "cookie",
      name: "authToken",
      option: "cookieAuth",
      env: "COMPOSIO_COOKIE_AUTH",
    },
    {
      type: "apiKey",
      in: "header",
      name: "x-org-api-key",
      option: "orgApiKeyAuth",
      env: "COMPOSIO_ORG_API_KEY_AUTH",
    },
  ],
  security: [[0], [1]],
  operationSecurity: {
    "GET /api/v3/connected_accounts/{nanoid}": [[1], [0]],
    "DELETE /api/v3/connected_accounts/{nanoid}": [[1], [0]],
    "GET /api/v3/org/project/config": [[1], [0]],
    "PATCH /api/v3/org/project/config": [[1], [0]],
    "POST /api/v3/org/owner/project/new": [[2]],
    "GET /api/v3/org/owner/project/list": [[2]],
    "GET /api/v3/org/owner/project/{nano_id}": [[2]],
    "DELETE /api/v3/org/owner/project/{nano_id}": [[2]],
    "POST /api/v3/org/owner/project/{nano_id}/regenerate_api_key": [[2]],
    "GET /api/v3/triggers_types/list/enum": [[1], [0]],
    "GET /api/v3/migration/get-nanoid": [[0]],
    "POST /api/v3/labs/tool_router/session": [[0]],
  },
  headers: [],
} as const satisfies VendorDescriptor;

/** Options for {@link createClient}. Every option can be left out and read from the environment. */
export interface ComposioClientOptions extends RuntimeOptions {
  /** Base URL of the API. Default: `COMPOSIO_BASE_URL`, then https://backend.composio.dev. */
  baseUrl?: string;
  /** Composio credential, sent as the `x-api-key` header. Default: `COMPOSIO_API_KEY`. */
  apiKey?: string;
  /** Composio credential, sent as the `authToken` cookie. Default: `COMPOSIO_COOKIE_AUTH`. */
  cookieAuth?: string;
  /** Composio credential, sent as the `x-org-api-key` header. Default: `COMPOSIO_ORG_API_KEY_AUTH`. */
  orgApiKeyAuth?: string;
}

/**
 * A typed openapi-fetch client for Composio: `GET`, `POST`, … plus `withOptions()`. With
 * `throwOnError: true` (`Throws`), a non-2xx answer throws `ApiError` and `data` is not optional.
 */
export type ComposioClient<Throws extends boolean = false> = VendorClient<paths, Throws>;

/**
 * Creates a Composio client with retries, timeouts and redacted errors.
 *
 * @example
 * const client = createClient({ apiKey: process.env.COMPOSIO_API_KEY });
 */
export function createClient(
  options: ComposioClientOptions & { throwOnError: true },
): ComposioClient<true>;
export function createClient(options?: ComposioClientOptions): ComposioClient;
export function createClient(options: ComposioClientOptions = {}): ComposioClient<boolean> {
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
 * Every item of `GET /api/v3/connected_accounts` (getConnectedAccounts), page after page:
 * `for await (const item of paginateGetConnectedAccounts(client, init))`. Bounded by
 * `maxPages`, stopped by `signal`; a page that fails throws an `ApiError`.
 */
export function paginateGetConnectedAccounts(
  client: ComposioClient,
  init: InitOf<paths["/api/v3/connected_accounts"]["get"]>,
  options?: PageOptions,
): AsyncGenerator<NonNullable<PageOf<paths["/api/v3/connected_accounts"]["get"]>["items"]>[number], void, undefined> {
  return paginate(
    client,
    { method: "get", path: "/api/v3/connected_accounts", vendor: "composio" },
    init as object,
    {
      items: [
        "items",
      ],
      cursor: {
        in: "query",
        name: "cursor",
        fromBody: [
          "next_cursor",
        ],
      },
    },
    options,
  );
}
