import type { VendorDescriptor } from "./auth.js";
import { PatchbayError } from "./errors.js";

const runtimeOptions = [
  "baseUrl",
  "retry",
  "timeoutMs",
  "fetch",
  "headers",
  "logger",
  "logLevel",
  "allowInsecureHttp",
  "allowCrossOriginBodyRedirects",
  "maxResponseBytes",
  "maxRequestBytes",
  "throwOnError",
];
const requestOptions = [
  "retry",
  "timeoutMs",
  "idempotencyKey",
  "maxResponseBytes",
  "maxRequestBytes",
  "throwOnError",
];
const retryOptions = ["maxRetries", "baseDelayMs", "maxDelayMs", "maxRetryAfterMs"];
const numbers = ["timeoutMs", "maxResponseBytes", "maxRequestBytes", ...retryOptions];

/** The option names of a vendor's `createClient`: the runtime's and the descriptor's. */
export const clientOptionNames = (descriptor: VendorDescriptor): string[] => [
  ...runtimeOptions,
  ...descriptor.auth.flatMap((scheme) =>
    scheme.type === "basic" ? [scheme.usernameOption, scheme.passwordOption] : [scheme.option],
  ),
  ...descriptor.headers.map((header) => header.option),
];

/** Refuses what JavaScript can pass but the types forbid: an unknown name, a number that is not one. */
function checkKeys(vendor: string, where: string, given: object, known: string[]): void {
  for (const [key, value] of Object.entries(given)) {
    if (!known.includes(key)) {
      throw new PatchbayError(
        `${vendor}: unknown option "${key}" in ${where}; known: ${known.join(", ")}`,
        { vendor, option: key },
      );
    }
    if (
      numbers.includes(key) &&
      value !== undefined &&
      !(typeof value === "number" && value >= 0)
    ) {
      throw new PatchbayError(
        `${vendor}: ${where} option "${key}" must be a number of at least 0 (Infinity allowed)`,
        { vendor, option: key },
      );
    }
  }
}

/** Checks the options of `createClient` (`known`) or, without `known`, of `withOptions`. */
export function checkOptions(vendor: string, options: object, known?: string[]): void {
  const where = known ? "createClient" : "withOptions";
  checkKeys(vendor, where, options, known ?? requestOptions);
  const { retry } = options as { retry?: unknown };
  if (retry && typeof retry === "object") checkKeys(vendor, `${where} retry`, retry, retryOptions);
}
