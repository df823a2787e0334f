// Generated from specs/datagrid.yaml by tools/generator; do not edit (change the document or the generator).
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

/** How the client reaches Datagrid: base URL, credentials and headers, read from specs/datagrid.yaml. */
export const descriptor = {
  vendor: "datagrid",
  envPrefix: "DATAGRID",
  defaultBaseUrl: "https://api.datagrid.com/v1",
  auth: [
    {
      type: "bearer",
      option: "apiKey",
      env: "DATAGRID_API_KEY",
    },
  ],
  security: [[0]],
  headers: [
    {
      header: "Datagrid-Teamspace",
      option: "teamspace",
      env: "DATAGRID_TEAMSPACE_ID",
    },
  ],
} as const satisfies VendorDescriptor;

/** Options for {@link createClient}. Every option can be left out and read from the environment. */
export interface DatagridClientOptions extends RuntimeOptions {
  /** Base URL of the API. Default: `DATAGRID_BASE_URL`, then https://api.datagrid.com/v1. */
  baseUrl?: string;
  /** Datagrid credential, sent as `Authorization: Bearer`. Default: `DATAGRID_API_KEY`. */
  apiKey?: string;
  /** Teamspace to act in; rate limits are counted per teamspace. Sent as `Datagrid-Teamspace`. Default: `DATAGRID_TEAMSPACE_ID`. */
  teamspace?: string;
}

/**
 * A typed openapi-fetch client for Datagrid: `GET`, `POST`, … plus `withOptions()`. With
 * `throwOnError: true` (`Throws`), a non-2xx answer throws `ApiError` and `data` is not optional.
 */
export type DatagridClient<Throws extends boolean = false> = VendorClient<paths, Throws>;

/**
 * Creates a Datagrid client with retries, timeouts and redacted errors.
 *
 * @example
 * const client = createClient({ apiKey: process.env.DATAGRID_API_KEY });
 */
export function createClient(
  options: DatagridClientOptions & { throwOnError: true },
): DatagridClient<true>;
export function createClient(options?: DatagridClientOptions): DatagridClient;
export function createClient(options: DatagridClientOptions = {}): DatagridClient<boolean> {
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
 * Every item of `GET /connections` (Connection.listConnections), page after page:
 * `for await (const item of paginateConnectionListConnections(client, init))`. Bounded by
 * `maxPages`, stopped by `signal`; a page that fails throws an `ApiError`.
 */
export function paginateConnectionListConnections(
  client: DatagridClient,
  init: InitOf<paths["/connections"]["get"]>,
  options?: PageOptions,
): AsyncGenerator<NonNullable<PageOf<paths["/connections"]["get"]>["data"]>[number], void, undefined> {
  return paginate(
    client,
    { method: "get", path: "/connections", vendor: "datagrid" },
    init as object,
    {
      items: [
        "data",
      ],
      cursor: {
        in: "query",
        name: "after",
        fromLastItem: [
          "id",
        ],
      },
    },
    options,
  );
}
