// Loaded on first use, and built apart from the entries (tsup.config.ts): every error it throws is
// one of the entry's classes, handed to it in \`vendors.code\` (\`instanceof\` holds); the pure
// paging helpers it imports are its own copies.
import { nextPageInit, pageItems } from "@patchbay/runtime";
import type { AnyDefinition } from "./call-operation.js";
import type { ConnectionRecordFields, OperationRef, VendorOperations } from "./define-vendor.js";
import { readConnection } from "./mapping.js";
import type { Vendors } from "./start.js";

export type { Vendors };

export type LooseConnection = { vendor: string } & ConnectionRecordFields & { raw: unknown };

/**
 * The vendor's definition with its lifecycle rules (`connection`, `pagination`...): a generated
 * definition's `rules` module is loaded with the first lifecycle call, not with `connect()`.
 */
export async function definitionWithRules(
  vendors: Vendors,
  vendor: string,
): Promise<AnyDefinition> {
  const definition = await vendors.definitionOf(vendor);
  return definition.rules ? { ...definition, ...(await definition.rules()) } : definition;
}

const roleWords = {
  complete: "complete a connection",
  get: "get one connection",
  list: "list connections",
  delete: "remove a connection",
};

/** The operation a vendor's sidecar declares for `role`, or a ConfigurationError naming what it lacks. */
export function operationFor(
  vendors: Vendors,
  vendor: string,
  definition: AnyDefinition,
  role: keyof typeof roleWords,
  method: string,
): OperationRef {
  const operation = (definition.operations as VendorOperations)[role];
  const rules = role === "complete" ? definition.completed : definition.connection;
  if (operation && (role === "delete" || rules)) return operation;
  throw new vendors.code.ConfigurationError(
    `${vendor} has no operation to ${roleWords[role]} (its sidecar declares no connections.${role}), so ${method}("${vendor}", …) cannot work`,
    { vendor },
  );
}

const recordOf = (definition: AnyDefinition, body: unknown): unknown => {
  let node = body;
  for (const token of definition.record ?? []) {
    node =
      node !== null && typeof node === "object"
        ? (node as Record<string, unknown>)[token]
        : undefined;
  }
  return node;
};

export async function getConnection(
  vendors: Vendors,
  vendor: string,
  input: unknown,
  { signal }: { signal?: AbortSignal } = {},
): Promise<LooseConnection> {
  const definition = await definitionWithRules(vendors, vendor);
  const operation = operationFor(vendors, vendor, definition, "get", "getConnection");
  const client = await vendors.clientOf(vendor);
  const { data, response } = await vendors.code.callOperation({
    vendor,
    definition,
    client,
    operation,
    input,
    signal,
  });
  const record = recordOf(definition, data);
  if (record === undefined || record === null) {
    throw new vendors.code.PatchbayError(
      `${vendor}: ${response.status} without the connection in its body`,
      {
        vendor,
        status: response.status,
      },
    );
  }
  const rules = definition.connection as NonNullable<AnyDefinition["connection"]>;
  return { vendor, ...readConnection(rules, record, new Date()), raw: data };
}

/**
 * Calls the vendor's complete operation (the call after the end user comes back, e.g. Plaid's
 * public_token exchange) and reads its answer as a `Connection`.
 */
export async function completeConnection(
  vendors: Vendors,
  vendor: string,
  input: unknown,
  { signal }: { signal?: AbortSignal } = {},
): Promise<LooseConnection> {
  const definition = await definitionWithRules(vendors, vendor);
  const operation = operationFor(vendors, vendor, definition, "complete", "completeConnection");
  const client = await vendors.clientOf(vendor);
  const call = { vendor, definition, client, operation, input, signal };
  const { data, response } = await vendors.code.callOperation(call);
  if (data === undefined || data === null) {
    throw new vendors.code.PatchbayError(
      `${vendor}: ${response.status} without a body; expected the connection`,
      {
        vendor,
        status: response.status,
      },
    );
  }
  const rules = definition.completed as NonNullable<AnyDefinition["completed"]>;
  return { vendor, ...readConnection(rules, data, new Date()), raw: data };
}

export async function* listConnections(
  vendors: Vendors,
  vendor: string,
  input: unknown,
  {
    signal,
    maxPages = Number.POSITIVE_INFINITY,
    onPage,
  }: {
    signal?: AbortSignal;
    maxPages?: number;
    /** After each page: whether the vendor's answer points at another. */
    onPage?(page: { more: boolean }): void;
  } = {},
): AsyncGenerator<LooseConnection, void, undefined> {
  const definition = await definitionWithRules(vendors, vendor);
  const operation = operationFor(vendors, vendor, definition, "list", "listConnections");
  const client = await vendors.clientOf(vendor);
  // List items may name fields otherwise than the get answer (`created` against `created_at`).
  const rules = (definition.listItem ?? definition.connection) as NonNullable<
    AnyDefinition["connection"]
  >;
  const paging = { items: definition.items ?? [], ...definition.pagination };
  let request = (input ?? {}) as object | undefined;
  for (let pages = 0; request && pages < maxPages; pages++) {
    const { data } = await vendors.code.callOperation({
      vendor,
      definition,
      client,
      operation,
      input: request,
      signal,
    });
    const receivedAt = new Date();
    for (const item of pageItems(paging, data))
      yield { vendor, ...readConnection(rules, item, receivedAt), raw: item };
    request = definition.pagination ? nextPageInit(paging, request, data) : undefined;
    onPage?.({ more: request !== undefined });
  }
}

export async function disconnect(
  vendors: Vendors,
  vendor: string,
  input: unknown,
  { signal }: { signal?: AbortSignal } = {},
): Promise<void> {
  const definition = await definitionWithRules(vendors, vendor);
  const operation = operationFor(vendors, vendor, definition, "delete", "disconnect");
  await vendors.code.callOperation({
    vendor,
    definition,
    client: await vendors.clientOf(vendor),
    operation,
    input,
    signal,
  });
}

export interface WaitOptions {
  /** Stops waiting (and the request under way): rejects with `WaitForConnectionError` "aborted". */
  signal?: AbortSignal;
  /** How long to wait in all (default 5 minutes): then "timeout". */
  timeoutMs?: number;
  /** The first pause between reads (default 2 s); each pause is 1.5× the last, up to 30 s. */
  intervalMs?: number;
  /** Called with each connection read, e.g. to show progress. */
  onPoll?(connection: LooseConnection): void;
}

const pause = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });

type WaitReason = "disconnected" | "timeout" | "aborted";

/** The `WaitForConnectionError` (the entry's class) for `reason`, naming the last status read. */
function waitError(
  vendors: Vendors,
  vendor: string,
  reason: WaitReason,
  connection?: LooseConnection,
  cause?: unknown,
) {
  const id = connection?.connectionId ? ` ${connection.connectionId}` : "";
  return new vendors.code.WaitForConnectionError(
    reason === "disconnected"
      ? `${vendor}: connection${id} is disconnected; start a new one`
      : reason === "timeout"
        ? `${vendor}: connection${id} was not connected in time (last status: ${connection?.status ?? "none read"})`
        : `${vendor}: waiting for connection${id} was aborted`,
    { vendor, reason, connection, ...(cause === undefined ? {} : { cause }) },
  );
}

/**
 * Reads the connection with `getConnection` until it is "connected", pausing longer each time.
 * Rejects with `WaitForConnectionError` (`reason` "disconnected", "timeout" or "aborted", with the
 * last connection read) and with the errors `getConnection` throws.
 */
export async function waitForConnection(
  vendors: Vendors,
  vendor: string,
  input: unknown,
  { signal, timeoutMs = 300_000, intervalMs = 2_000, onPoll }: WaitOptions = {},
): Promise<LooseConnection> {
  operationFor(
    vendors,
    vendor,
    await definitionWithRules(vendors, vendor),
    "get",
    "waitForConnection",
  );
  const deadline = AbortSignal.timeout(Math.min(Math.max(timeoutMs, 0), 2 ** 31 - 1));
  const stop = signal ? AbortSignal.any([signal, deadline]) : deadline;
  const reasonOf = (): WaitReason => (signal?.aborted ? "aborted" : "timeout");
  let last: LooseConnection | undefined;
  let wait = Math.max(intervalMs, 0);
  for (;;) {
    if (stop.aborted) throw waitError(vendors, vendor, reasonOf(), last);
    try {
      last = await getConnection(vendors, vendor, input, { signal: stop });
    } catch (error) {
      if (stop.aborted) throw waitError(vendors, vendor, reasonOf(), last, error);
      throw error;
    }
    onPoll?.(last);
    if (last.status === "connected") return last;
    if (last.status === "disconnected") throw waitError(vendors, vendor, "disconnected", last);
    await pause(wait, stop);
    wait = Math.min(wait * 1.5, 30_000);
  }
}
