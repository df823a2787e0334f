import type { VendorClient } from "@patchbay/runtime";
import type { AnyDefinition, LooseClient } from "./call-operation.js";
import { credentialWays, describeWays, missingCredentials } from "./credentials.js";
import { ConfigurationError } from "./errors.js";
import {
  completeConnection,
  disconnect,
  getConnection,
  listConnections,
  startConnection,
  type Vendors,
  type WaitOptions,
  waitForConnection,
} from "./lifecycle.js";
import { type AllConnections, type ListAllOptions, listAllConnections } from "./list-all.js";
import { registry } from "./registry.generated.js";
import type {
  CompleteConnectionInput,
  CompleteConnectionRaw,
  ConnectInput,
  Connection,
  ConnectionStart,
  ConnectOptions,
  DisconnectInput,
  GetConnectionInput,
  GetConnectionRaw,
  ListConnectionsInput,
  ListConnectionsRaw,
  ListedConnection,
  ListOptions,
  PatchbayOptions,
  SharedOptions,
  VendorName,
  VendorOptions,
  VendorPaths,
  VendorsWith,
} from "./types.js";

/** Every vendor's definition by name, as a plain object. */
export const vendorDefinitions = { ...registry } as unknown as Record<VendorName, AnyDefinition>;

/** The vendors `connect` knows, in alphabetical order. */
export const vendorNames = Object.keys(vendorDefinitions).sort() as VendorName[];

const sharedOptionNames: readonly (keyof SharedOptions)[] = [
  "retry",
  "timeoutMs",
  "fetch",
  "headers",
  "logger",
  "logLevel",
  "allowInsecureHttp",
  "maxResponseBytes",
];

/**
 * The option names that carry `vendor`'s credentials, one list per way to authenticate (e.g.
 * `[["username", "password"], ["apiKey"]]`): a client refuses the names of no way of its own.
 */
export const credentialOptions = (vendor: VendorName): string[][] =>
  credentialWays(definitionOf(vendor).descriptor).map((way) => way.options);

export const isVendorName = (name: unknown): name is VendorName =>
  typeof name === "string" && Object.hasOwn(vendorDefinitions, name);

function definitionOf(vendor: unknown): AnyDefinition {
  if (!isVendorName(vendor)) {
    throw new ConfigurationError(
      `unknown vendor ${JSON.stringify(vendor)}; known vendors: ${vendorNames.join(", ")}`,
      { vendor: typeof vendor === "string" ? vendor : undefined },
    );
  }
  return vendorDefinitions[vendor];
}

export interface Patchbay {
  /**
   * Starts a connection on `vendor` with exactly the `params` and `body` of its create-connection
   * operation. Resolves to a `ConnectionStart`; rejects with `ConnectError` on a non-2xx answer,
   * `ConfigurationError` before sending when the vendor has no credentials, and the runtime's
   * `TimeoutError`, `NetworkError`, `InsecureTransportError` otherwise.
   */
  connect<V extends VendorName>(
    vendor: V,
    input: ConnectInput[V],
    options?: ConnectOptions,
  ): Promise<ConnectionStart<V>>;
  /**
   * Reads one connection with the vendor's get operation (`params`, `body` exactly as typed), as a
   * `Connection` in the common status words. A vendor without one is a compile error here and a
   * `ConfigurationError` from JavaScript; errors are `connect()`'s.
   */
  getConnection<V extends VendorsWith<"get">>(
    vendor: V,
    input: GetConnectionInput[V],
    options?: ConnectOptions,
  ): Promise<Connection<V, GetConnectionRaw[V]>>;
  /**
   * Every connection the vendor's list operation returns, following its pages (bounded by
   * `maxPages`, stopped by `signal`): `for await (const connection of patchbay.listConnections(…))`.
   */
  listConnections<V extends VendorsWith<"list">>(
    vendor: V,
    ...args: {} extends ListConnectionsInput[V]
      ? [input?: ListConnectionsInput[V], options?: ListOptions]
      : [input: ListConnectionsInput[V], options?: ListOptions]
  ): AsyncIterable<Connection<V, ListConnectionsRaw[V]>>;
  /**
   * The call after the end user comes back from the vendor (Plaid exchanges the `public_token`
   * for an access token; some vendors exchange an OAuth `code`), with exactly the `params` and
   * `body` of the operation the vendor's sidecar names `complete`, read as a `Connection`. A vendor
   * without one is a compile error here and a `ConfigurationError` from JavaScript.
   */
  completeConnection<V extends VendorsWith<"complete">>(
    vendor: V,
    input: CompleteConnectionInput[V],
    options?: ConnectOptions,
  ): Promise<Connection<V, CompleteConnectionRaw[V]>>;
  /**
   * Every connection of every configured vendor (its options given, or its credentials in the
   * environment) whose sidecar declares a list operation, or of `vendors`: listed concurrently
   * (`concurrency`, default 4), `maxPages` pages each (default 10). A vendor's failure is in its
   * own entry of `vendors` and in `failures`, beside the others' connections; only `signal`
   * stops them all.
   */
  listAllConnections(
    options?: ListAllOptions<VendorsWith<"list">, ListConnectionsInput>,
  ): Promise<AllConnections<VendorsWith<"list">, ListedConnection>>;
  /** Removes a connection with the vendor's delete operation; resolves when the vendor said so. */
  disconnect<V extends VendorsWith<"delete">>(
    vendor: V,
    input: DisconnectInput[V],
    options?: ConnectOptions,
  ): Promise<void>;
  /**
   * Reads the connection with `getConnection`, pausing longer each time, until it is connected.
   * Rejects with `WaitForConnectionError` (`reason`: "disconnected", "timeout", "aborted").
   */
  waitForConnection<V extends VendorsWith<"get">>(
    vendor: V,
    input: GetConnectionInput[V],
    options?: WaitOptions,
  ): Promise<Connection<V, GetConnectionRaw[V]>>;
  /** The vendor's typed client (created once, on first use), for the calls `connect` does not make. */
  client<V extends VendorName>(vendor: V): VendorClient<VendorPaths[V]>;
  /** The vendors this aggregator knows. */
  readonly vendors: readonly VendorName[];
}

/**
 * One entry point for every vendor. Each vendor's key takes its generated `createClient`
 * options; left out, the client reads its environment variables (`DATAGRID_API_KEY`, ...).
 * Shared runtime options (`retry`, `timeoutMs`, `fetch`, `headers`, `logger`...) apply to every
 * vendor; a vendor's own options win. Clients are created lazily, on a vendor's first use.
 */
export function createPatchbay(options: PatchbayOptions = {}): Patchbay {
  for (const key of Object.keys(options)) {
    if (!isVendorName(key) && !(sharedOptionNames as string[]).includes(key)) {
      throw new ConfigurationError(
        `createPatchbay: unknown option "${key}"; known vendors: ${vendorNames.join(", ")}; shared options: ${sharedOptionNames.join(", ")}`,
      );
    }
  }
  const shared = Object.fromEntries(
    sharedOptionNames
      .filter((name) => options[name] !== undefined)
      .map((name) => [name, options[name]]),
  );
  const clients = new Map<VendorName, LooseClient>();

  const clientOf = (vendor: VendorName): LooseClient => {
    const definition = definitionOf(vendor);
    const existing = clients.get(vendor);
    if (existing) return existing;
    const vendorOptions = { ...shared, ...(options[vendor] as VendorOptions[VendorName]) };
    const missingEnv = missingCredentials(definition.descriptor, vendorOptions);
    if (missingEnv) {
      throw new ConfigurationError(
        `${vendor} is not configured: set ${describeWays(missingEnv)}, or pass its credentials in createPatchbay({ ${vendor}: { ... } })`,
        { vendor, missingEnv },
      );
    }
    const client = definition.createClient(vendorOptions) as unknown as LooseClient;
    clients.set(vendor, client);
    return client;
  };

  const vendors: Vendors = { definitionOf, clientOf: (vendor) => clientOf(vendor as VendorName) };
  /** Vendors with a list operation and credentials (given, or in the environment). */
  const configuredListers = () =>
    vendorNames.filter((vendor) => {
      const definition = definitionOf(vendor);
      if (!definition.operations.list || !definition.connection) return false;
      const given = options[vendor];
      return given !== undefined || !missingCredentials(definition.descriptor, shared);
    });
  return {
    vendors: vendorNames,
    client: (vendor) => clientOf(vendor) as never,
    connect: (vendor, input, { signal } = {}) =>
      startConnection(vendors, vendor, input, signal) as never,
    getConnection: (vendor, input, { signal } = {}) =>
      getConnection(vendors, vendor, input, signal) as never,
    listConnections: (vendor, input?, options?) =>
      listConnections(vendors, vendor, input, options) as never,
    completeConnection: (vendor, input, { signal } = {}) =>
      completeConnection(vendors, vendor, input, signal) as never,
    disconnect: (vendor, input, { signal } = {}) => disconnect(vendors, vendor, input, signal),
    listAllConnections: (listOptions = {}) =>
      listAllConnections(
        vendors,
        listOptions.vendors ?? configuredListers(),
        listOptions as ListAllOptions,
      ) as never,
    waitForConnection: (vendor, input, options) =>
      waitForConnection(vendors, vendor, input, options) as never,
  };
}
