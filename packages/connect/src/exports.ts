// What `@patchbay/connect` and `@patchbay/connect/core` both export.
export {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InsecureTransportError,
  InternalServerError,
  InvalidResponseError,
  NetworkError,
  NotFoundError,
  PatchbayError,
  PermissionDeniedError,
  RateLimitError,
  RedirectRefusedError,
  ResponseTooLargeError,
  TimeoutError,
  UnprocessableEntityError,
} from "@patchbay/runtime";
export { type AdviceWords, statusAdvice } from "./advice.js";
export type { WebhookVendors } from "./catalog.generated.js";
export type { ConnectionFields, ConnectionStatus } from "./define-vendor.js";
export { durationMs } from "./duration.js";
export {
  ConfigurationError,
  ConnectError,
  WaitForConnectionError,
  type WebhookRefusal,
  WebhookVerificationError,
} from "./errors.js";
export type { WaitOptions } from "./lifecycle.js";
export type { AllConnections, ListAllOptions, VendorListing } from "./list-all.js";
export type { ConnectionEvent, Patchbay, PatchbayWebhooks } from "./patchbay.js";
export type {
  CompleteConnectionInput,
  CompleteConnectionRaw,
  ConnectInput,
  Connection,
  ConnectionStart,
  ConnectOptions,
  ConnectRaw,
  DisconnectInput,
  GetConnectionInput,
  GetConnectionRaw,
  GivenVendor,
  GivenVendorsOptions,
  ListConnectionsInput,
  ListConnectionsRaw,
  ListedConnection,
  ListOptions,
  PatchbayOptions,
  PatchbayVendors,
  SharedOptions,
  UntypedInput,
  UntypedVendorOptions,
  VendorClientOf,
  VendorName,
  VendorOptions,
  VendorPaths,
  VendorsWith,
} from "./types.js";
export type { RawWebhook, VerifyWebhookOptions } from "./webhooks.js";
