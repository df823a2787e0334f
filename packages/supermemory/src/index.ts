// Generated from specs/supermemory.yaml by scripts/generate; do not edit (change the document or the generator).
import {
  createVendorClient,
  type RuntimeOptions,
  type VendorClient,
  type VendorDescriptor,
} from "@patchbay/runtime";
import type { paths } from "./schema.js";

export type { components, operations, paths } from "./schema.js";

/** How the client reaches Supermemory: base URL, credentials and headers, read from specs/supermemory.yaml. */
export const descriptor = {
  vendor: "supermemory",
  envPrefix: "SUPERMEMORY",
  defaultBaseUrl: "https://api.supermemory.ai",
  auth: [
    {
      type: "bearer",
      option: "apiKey",
      env: "SUPERMEMORY_API_KEY",
    },
  ],
  headers: [],
} as const satisfies VendorDescriptor;

/** Options for {@link createClient}. Every option can be left out and read from the environment. */
export interface SupermemoryClientOptions extends RuntimeOptions {
  /** Base URL of the API. Default: `SUPERMEMORY_BASE_URL`, then https://api.supermemory.ai. */
  baseUrl?: string;
  /** Supermemory credential, sent as `Authorization: Bearer`. Default: `SUPERMEMORY_API_KEY`. */
  apiKey?: string;
}

/** A typed openapi-fetch client for Supermemory: `GET`, `POST`, … plus `withOptions()`. */
export type SupermemoryClient = VendorClient<paths>;

/**
 * Creates a Supermemory client with retries, timeouts and redacted errors.
 *
 * @example
 * const client = createClient({ apiKey: process.env.SUPERMEMORY_API_KEY });
 */
export function createClient(options: SupermemoryClientOptions = {}): SupermemoryClient {
  return createVendorClient<paths>(descriptor, options);
}
