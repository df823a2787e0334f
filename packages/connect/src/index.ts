export {
  ApiError,
  InsecureTransportError,
  NetworkError,
  PatchbayError,
  TimeoutError,
} from "@patchbay/runtime";
export { createPatchbay, isVendorName, type Patchbay, vendorNames } from "./create-patchbay.js";
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
