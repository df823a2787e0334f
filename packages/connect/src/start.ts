import { PatchbayError } from "@patchbay/runtime";
import { type AnyDefinition, callOperation, type LooseClient } from "./call-operation.js";
import type { ConnectionFields } from "./define-vendor.js";
import {
  ConfigurationError,
  failure,
  WaitForConnectionError,
  WebhookVerificationError,
} from "./errors.js";
import { readConnectionStart } from "./mapping.js";

/**
 * The entry's code that the methods loaded on first use (lifecycle.ts, list-all.ts) call. They
 * are handed it rather than importing it: built apart from the entries, they hold no copy of a
 * class (an error from them is `instanceof` the entry's), and a bundler does not split the
 * entry's code into one more file that every app, `connect()` alone too, loads.
 */
export const entryCode = {
  PatchbayError,
  callOperation,
  ConfigurationError,
  WaitForConnectionError,
  WebhookVerificationError,
};

/** What the lifecycle methods need of the aggregator: a vendor's definition and its client. */
export interface Vendors {
  /** The vendor's definition, loaded on first use; rejects with ConfigurationError for an unknown name. */
  definitionOf(vendor: unknown): Promise<AnyDefinition>;
  /** Its client; rejects with ConfigurationError where it has no credentials. */
  clientOf(vendor: string): Promise<LooseClient>;
  /** The entry's code the lazily loaded methods use. */
  code: typeof entryCode;
}

/**
 * Calls the vendor's create operation and reads its answer as a `ConnectionStart`: all that
 * `connect()` needs, apart from the rest of the lifecycle (lifecycle.ts, loaded on first use).
 */
export async function startConnection(
  vendors: Vendors,
  vendor: string,
  input: unknown,
  signal?: AbortSignal,
): Promise<{ vendor: string } & ConnectionFields & { raw: unknown }> {
  const definition = await vendors.definitionOf(vendor);
  const operation = definition.operations.create;
  const client = await vendors.clientOf(vendor);
  const call = { vendor, definition, client, operation, input, signal };
  const { data, response } = await callOperation(call);
  const receivedAt = new Date();
  if (data === undefined || data === null) {
    // The words of the error are loaded with it (failure.ts).
    const { noBody } = await failure();
    throw noBody(PatchbayError, vendor, response.status, "the new connection");
  }
  return { vendor, ...readConnectionStart(definition.start, data, receivedAt), raw: data };
}
