// The package's entry under the "browser" export condition: the same API, without the code a
// browser never runs. A browser's `redirect: "manual"` answer is opaque (no status, no location),
// so the runtime cannot check a redirect there, and follows none (`sendOnce`: the call rejects,
// as the main entry's does in a browser); the redirect-following code is left out. Workers
// (workerd, and bundlers for them: the "worker" and "workerd" conditions come first) take the
// main entry, whose `fetch` answers a manual redirect in full.

import { type createVendorClient as createFollowing, vendorClient } from "./client.js";
import { sendOnce } from "./send.js";

export * from "./index.js";

/**
 * An openapi-fetch client for a vendor, with auth, retries, timeouts, logging and redaction: the
 * main entry's, sending each attempt once (its overloads, not written twice).
 */
export const createVendorClient = ((descriptor, options = {}, encodings = []) =>
  vendorClient(descriptor, options, encodings, sendOnce)) as typeof createFollowing;
