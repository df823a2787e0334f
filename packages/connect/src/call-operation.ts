import { apiErrorFromResponse, InvalidResponseError } from "@patchbay/runtime";
import type { OperationRef, VendorDefinition, VendorOperations } from "./define-vendor.js";
import { ConnectError, failure } from "./errors.js";

/** A vendor client, called loosely: the aggregator only moves values between typed ends. */
export type LooseClient = {
  readonly hasCredentials: boolean;
  request(
    method: string,
    path: string,
    init: object,
  ): Promise<{ data?: unknown; error?: unknown; response: Response }>;
};

export type AnyDefinition = VendorDefinition<object, Record<string, unknown>, VendorOperations>;

export interface OperationCall {
  vendor: string;
  definition: AnyDefinition;
  client: LooseClient;
  operation: OperationRef;
  input: unknown;
  signal?: AbortSignal;
}

/**
 * Sends one of a vendor's connection operations with the caller's `{ params, body }` and returns
 * the 2xx body (undefined for an empty one). A non-2xx answer throws a `ConnectError` whose
 * fields hide the request body's secrets; an HTML 2xx names the base URL as the likely cause.
 * The words of both are loaded with the first failure (failure.ts), not with every call.
 */
export async function callOperation({
  definition,
  client,
  operation,
  input,
  signal,
}: OperationCall): Promise<{ data: unknown; response: Response }> {
  const { params, body } = (input ?? {}) as { params?: object; body?: unknown };
  const { data, error, response } = await client
    .request(operation.method, operation.path, {
      params,
      body,
      parseAs: operation.parseAs,
      signal,
    })
    .catch(async (cause: unknown) => {
      // A network error is thrown as it is, without loading anything (offline, a chunk would not
      // load either). A 2xx body that is not JSON (the runtime's InvalidResponseError) most often
      // means a wrong base URL: the same error, saying where to look.
      if (!(cause instanceof InvalidResponseError)) throw cause;
      throw (await failure()).notJson(InvalidResponseError, definition.descriptor, cause);
    });
  if (!response.ok) {
    // Reading a failure (failure.ts) is loaded on the first one: a call that succeeds does not load it.
    const { connectError } = await failure();
    throw connectError(
      ConnectError,
      apiErrorFromResponse,
      definition.descriptor,
      response,
      error,
      body,
    );
  }
  return { data, response };
}
