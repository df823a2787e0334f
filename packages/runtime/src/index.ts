export { apiErrorFromResponse, errorCode } from "./api-error.js";
export type { AuthScheme, HeaderOption, SecurityRequirement } from "./auth.js";
export { type BinaryBodies, type BinaryBody, binaryBodies } from "./binary-body.js";
export type { BodyEncoding, CallInit, PrepareCall } from "./body-encoding.js";
export {
  createVendorClient,
  type RequestOptions,
  type RuntimeOptions,
  type VendorClient,
  type VendorDescriptor,
} from "./client.js";
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
  RequestTooLargeError,
  ResponseTooLargeError,
  TimeoutError,
  UnprocessableEntityError,
} from "./errors.js";
export { encodeFormBody, type FormBodies, type FormStyle, formBodies } from "./form-body.js";
export type { Logger, LogLevel } from "./logger.js";
export {
  type FilePart,
  type MultipartBodies,
  multipartBodies,
  multipartBody,
} from "./multipart-body.js";
export {
  nextPageInit,
  type PageOptions,
  type PageParameter,
  type PaginationRule,
  type PointerTokens,
  pageItems,
  paginate,
} from "./paginate.js";
export { createRedactor, encodingsOf, type Redactor, redact, secretsOf } from "./redact.js";
export {
  type AttemptOutcome,
  isRetryableStatus,
  type RetryOptions,
  retryDelayMs,
  shouldRetry,
} from "./retry.js";
export { retryAfterMs } from "./retry-after.js";
export type { InitOf, StrictClient, StrictMethod } from "./strict-client.js";
