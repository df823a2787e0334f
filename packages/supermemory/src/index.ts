// Generated from specs/supermemory.yaml by tools/generator; do not edit (change the document or the generator).
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
  security: [[0]],
  headers: [],
  multipartBodies: {
    "POST /v3/documents/file": {},
  },
  textAnswers: [
    "POST /v3/connections/{provider}/import",
  ],
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
 * Every item of `POST /v3/documents/list` (postV3DocumentsList), page after page:
 * `for await (const item of paginatePostV3DocumentsList(client, init))`. Bounded by
 * `maxPages`, stopped by `signal`; a page that fails throws an `ApiError`.
 */
export function paginatePostV3DocumentsList(
  client: SupermemoryClient,
  init: InitOf<paths["/v3/documents/list"]["post"]>,
  options?: PageOptions,
): AsyncGenerator<NonNullable<PageOf<paths["/v3/documents/list"]["post"]>["memories"]>[number], void, undefined> {
  return paginate(
    client,
    { method: "post", path: "/v3/documents/list", vendor: "supermemory" },
    init as object,
    {
      items: [
        "memories",
      ],
      page: {
        in: "body",
        name: "page",
        totalPages: [
          "pagination",
          "totalPages",
        ],
      },
    },
    options,
  );
}

/**
 * Every item of `POST /v4/memories/list` (postV4MemoriesList), page after page:
 * `for await (const item of paginatePostV4MemoriesList(client, init))`. Bounded by
 * `maxPages`, stopped by `signal`; a page that fails throws an `ApiError`.
 */
export function paginatePostV4MemoriesList(
  client: SupermemoryClient,
  init: InitOf<paths["/v4/memories/list"]["post"]>,
  options?: PageOptions,
): AsyncGenerator<NonNullable<PageOf<paths["/v4/memories/list"]["post"]>["memoryEntries"]>[number], void, undefined> {
  return paginate(
    client,
    { method: "post", path: "/v4/memories/list", vendor: "supermemory" },
    init as object,
    {
      items: [
        "memoryEntries",
      ],
      page: {
        in: "body",
        name: "page",
        totalPages: [
          "pagination",
          "totalPages",
        ],
      },
    },
    options,
  );
}

/**
 * Every item of `GET /v3/connections/{connectionId}/resources` (getV3ConnectionsByConnectionIdResources), page after page:
 * `for await (const item of paginateGetV3ConnectionsByConnectionIdResources(client, init))`. Bounded by
 * `maxPages`, stopped by `signal`; a page that fails throws an `ApiError`.
 */
export function paginateGetV3ConnectionsByConnectionIdResources(
  client: SupermemoryClient,
  init: InitOf<paths["/v3/connections/{connectionId}/resources"]["get"]>,
  options?: PageOptions,
): AsyncGenerator<NonNullable<PageOf<paths["/v3/connections/{connectionId}/resources"]["get"]>["resources"]>[number], void, undefined> {
  return paginate(
    client,
    { method: "get", path: "/v3/connections/{connectionId}/resources", vendor: "supermemory" },
    init as object,
    {
      items: [
        "resources",
      ],
      page: {
        in: "query",
        name: "page",
      },
    },
    options,
  );
}
