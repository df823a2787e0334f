// What the entries load on the first call after `connect()`: the lifecycle methods and
// `listAllConnections`, one file (built apart from the entries: see tsup.config.ts); and the way to
// webhook verification, a file of its own that this one loads on the first `webhooks.verify`.

import type { Vendors } from "./start.js";
import type { RawWebhook, VerifyWebhookOptions } from "./webhooks.js";

export * from "./lifecycle.js";
export { listAllOf } from "./list-all.js";

/** `webhooks.verify`: the verification code (webhooks.ts) loaded on its first call. */
export const verifyWebhook = (
  vendors: Vendors,
  vendor: string,
  request: Request | RawWebhook,
  options?: VerifyWebhookOptions,
) => import("./webhooks.js").then((code) => code.verifyWebhook(vendors, vendor, request, options));
