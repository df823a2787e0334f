// The package's entry under the "node" export condition: the same API, with a default transport
// that sends through `nodeTransport` on Node.js where the global `fetch` would go the same way
// (see node-default.ts). Bun and Deno also match "node": there, and anywhere else, clients use the
// global `fetch` as the main entry's do. Browsers, workers and bundlers for them take the main
// entry, which imports no `node:` module.

import type { BodyEncoding } from "./body-encoding.js";
import {
  createVendorClient as createWithOptions,
  type RuntimeOptions,
  type VendorDescriptor,
} from "./client.js";
import { isNodeJs, nodeDefaultTransport } from "./node-default.js";

export * from "./index.js";

const defaultTransport = isNodeJs() ? nodeDefaultTransport() : undefined;

/**
 * An openapi-fetch client for a vendor, with auth, retries, timeouts, logging and redaction: the
 * main entry's, with the default transport above where the caller gave no `fetch` (its overloads,
 * not written twice).
 */
export const createVendorClient = ((
  descriptor: VendorDescriptor,
  options: RuntimeOptions = {},
  encodings?: readonly BodyEncoding[],
) =>
  createWithOptions(
    descriptor,
    options.fetch || !defaultTransport ? options : { ...options, fetch: defaultTransport },
    encodings,
  )) as typeof createWithOptions;
