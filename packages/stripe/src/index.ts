// Generated from specs/stripe.json by tools/generator; do not edit (change the document or the generator).
import {
  createVendorClient,
  formBodies,
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

/** How the client reaches Stripe: base URL, credentials and headers, read from specs/stripe.json. */
export const descriptor = {
  vendor: "stripe",
  envPrefix: "STRIPE",
  defaultBaseUrl: "https://api.stripe.com",
  auth: [
    {
      type: "basic",
      usernameOption: "username",
      passwordOption: "password",
      usernameEnv: "STRIPE_USERNAME",
      passwordEnv: "STRIPE_PASSWORD",
    },
    {
      type: "bearer",
      option: "apiKey",
      env: "STRIPE_API_KEY",
    },
  ],
  security: [[0], [1]],
  headers: [],
  formBodies: {
    allExcept: [
      "POST /v1/files",
    ],
    style: "deepObject",
  },
  multipartBodies: {
    "POST /v1/files": {
      expand: "deepObject",
      file_link_data: "deepObject",
    },
  },
} as const satisfies VendorDescriptor;

/** Options for {@link createClient}. Every option can be left out and read from the environment. */
export interface StripeClientOptions extends RuntimeOptions {
  /** Base URL of the API. Default: `STRIPE_BASE_URL`, then https://api.stripe.com. */
  baseUrl?: string;
  /** User name for HTTP Basic auth. Default: `STRIPE_USERNAME`. */
  username?: string;
  /** Password for HTTP Basic auth. Default: `STRIPE_PASSWORD`. */
  password?: string;
  /** Stripe credential, sent as `Authorization: Bearer`. Default: `STRIPE_API_KEY`. */
  apiKey?: string;
}

/**
 * A typed openapi-fetch client for Stripe: `GET`, `POST`, … plus `withOptions()`. With
 * `throwOnError: true` (`Throws`), a non-2xx answer throws `ApiError` and `data` is not optional.
 */
export type StripeClient<Throws extends boolean = false> = VendorClient<paths, Throws>;

/**
 * Creates a Stripe client with retries, timeouts and redacted errors.
 *
 * @example
 * const client = createClient({ username: process.env.STRIPE_USERNAME, password: process.env.STRIPE_PASSWORD });
 */
export function createClient(
  options: StripeClientOptions & { throwOnError: true },
): StripeClient<true>;
export function createClient(options?: StripeClientOptions): StripeClient;
export function createClient(options: StripeClientOptions = {}): StripeClient<boolean> {
  return createVendorClient<paths>(descriptor, options, [formBodies, multipartBodies]);
}

type InitOf<Operation> = ParamsOption<Operation> & RequestBodyOption<Operation>;
type PageOf<Operation> = NonNullable<
  Extract<
    FetchResponse<Operation & Record<string | number, unknown>, unknown, "application/json">,
    { error?: never }
  >["data"]
>;

/**
 * Every item of `GET /v1/accounts` (GetAccounts), page after page:
 * `for await (const item of paginateGetAccounts(client, init))`. Bounded by
 * `maxPages`, stopped by `signal`; a page that fails throws an `ApiError`.
 */
export function paginateGetAccounts(
  client: StripeClient,
  init: InitOf<paths["/v1/accounts"]["get"]>,
  options?: PageOptions,
): AsyncGenerator<NonNullable<PageOf<paths["/v1/accounts"]["get"]>["data"]>[number], void, undefined> {
  return paginate(
    client,
    { method: "get", path: "/v1/accounts", vendor: "stripe" },
    init as object,
    {
      items: [
        "data",
      ],
      cursor: {
        in: "query",
        name: "starting_after",
        fromLastItem: [
          "id",
        ],
        more: [
          "has_more",
        ],
      },
    },
    options,
  );
}
