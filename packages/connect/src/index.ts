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
export { type AdviceWords, statusAdvice } from "./advice.js";
export {
  createPatchbay,
  credentialOptions,
  isVendorName,
  type Patchbay,
  vendorNames,
} from "./create-patchbay.js";
export type { ConnectionFields, ConnectionStatus } from "./define-vendor.js";
export { durationMs } from "./duration.js";
export { ConfigurationError, ConnectError } from "./errors.js";
export { registry } from "./registry.generated.js";
export type {
  ConnectInput,
  ConnectionStart,
  ConnectOptions,
  ConnectRaw,
  PatchbayOptions,
  SharedOptions,
  VendorName,
  VendorOptions,
  VendorPaths,
} from "./types.js";
