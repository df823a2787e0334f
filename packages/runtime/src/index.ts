export type { AuthScheme, HeaderOption } from "./auth.js";
export {
  createVendorClient,
  type RequestOptions,
  type RuntimeOptions,
  type VendorClient,
  type VendorDescriptor,
} from "./client.js";
export {
  ApiError,
  apiErrorFromResponse,
  errorCode,
  InsecureTransportError,
  NetworkError,
  PatchbayError,
  TimeoutError,
} from "./errors.js";
export type { Logger, LogLevel } from "./logger.js";
export {
  nextPageInit,
  type PageOptions,
  type PageParameter,
  type PaginationRule,
  type PointerTokens,
  pageItems,
  paginate,
} from "./paginate.js";
export { redact, secretsOf } from "./redact.js";
export { isRetryableStatus, type RetryOptions } from "./retry.js";
export { retryAfterMs } from "./retry-after.js";
export type { InitOf, StrictClient, StrictMethod } from "./strict-client.js";
