import type { AnyDefinition, LooseClient } from "./call-operation.js";
import { vendorLoaders } from "./catalog.generated.js";
import { credentialWays, describeWays, missingCredentials } from "./credentials.js";
import { ConfigurationError } from "./errors.js";
import type { WaitOptions } from "./lifecycle.js";
import type { AllConnections, ListAllOptions } from "./list-all.js";
import { entryCode, startConnection, type Vendors } from "./start.js";
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
  VendorClientOf,
  VendorName,
  VendorsWith,
} from "./types.js";

/** The vendors `connect` knows, in alphabetical order (the catalog's keys, its names written once). */
export const vendorNames = Object.keys(vendorLoaders) as readonly VendorName[];

let lifecycleModule: Promise<typeof import("./lifecycle.js")> | undefined;
/**
 * The methods after `connect()` (get, list, wait, complete, disconnect, and their paging), loaded
 * on the first call of one of them: an app that only starts connections does not load them.
 */
const lifecycle = (): Promise<typeof import("./lifecycle.js")> => {
  if (!lifecycleModule) {
    lifecycleModule = import("./lifecycle.js");
    // A failed import (a network error loading a chunk) is tried again on the next use.
    lifecycleModule.catch(() => {
      lifecycleModule = undefined;
    });
  }
  return lifecycleModule;
};

const loaded = new Map<string, Promise<AnyDefinition>>();

/**
 * A vendor's definition, its module (and so its package) imported on first use: an app that
 * connects to one vendor loads that vendor only, however many the catalog holds.
 */
export function loadVendor(vendor: unknown): Promise<AnyDefinition> {
  if (!isVendorName(vendor)) {
    return Promise.reject(
      new ConfigurationError(
        `unknown vendor ${JSON.stringify(vendor)}; known vendors: ${vendorNames.join(", ")}`,
        { vendor: typeof vendor === "string" ? vendor : undefined },
      ),
    );
  }
  let definition = loaded.get(vendor);
  if (!definition) {
    definition = vendorLoaders[vendor]().then((module) => module.definition);
    // A failed import (a network error loading a chunk) is tried again on the next use.
    definition.catch(() => loaded.delete(vendor));
    loaded.set(vendor, definition);
  }
  return definition;
}

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
export const credentialOptions = async (vendor: VendorName): Promise<string[][]> =>
  credentialWays((await loadVendor(vendor)).descriptor).map((way) => way.options);

export const isVendorName = (name: unknown): name is VendorName =>
  typeof name === "string" && Object.hasOwn(vendorLoaders, name);

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
  /**
   * The vendor's typed client (created once, on first use, after its package is loaded), for the
   * calls `connect` does not make; rejects with `ConfigurationError` where it has no credentials.
   */
  client<V extends VendorName>(vendor: V): Promise<VendorClientOf<V>>;
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
  const clients = new Map<VendorName, Promise<LooseClient>>();

  const makeClient = async (vendor: VendorName): Promise<LooseClient> => {
    const definition = await loadVendor(vendor);
    const vendorOptions = { ...shared, ...(options[vendor] as object) };
    const missingEnv = missingCredentials(definition.descriptor, vendorOptions);
    if (missingEnv) {
      throw new ConfigurationError(
        `${vendor} is not configured: set ${describeWays(missingEnv)}, or pass its credentials in createPatchbay({ ${vendor}: { ... } })`,
        { vendor, missingEnv },
      );
    }
    return definition.createClient(vendorOptions) as unknown as LooseClient;
  };
  const clientOf = (vendor: VendorName): Promise<LooseClient> => {
    let client = clients.get(vendor);
    if (!client) {
      client = makeClient(vendor);
      // Not kept when it failed: the next call says why again (or succeeds once configured).
      client.catch(() => clients.delete(vendor));
      clients.set(vendor, client);
    }
    return client;
  };

  const vendors: Vendors = {
    definitionOf: loadVendor,
    clientOf: (vendor) => clientOf(vendor as VendorName),
    code: entryCode,
  };
  return {
    vendors: vendorNames,
    client: (vendor) => clientOf(vendor) as never,
    connect: (vendor, input, { signal } = {}) =>
      startConnection(vendors, vendor, input, signal) as never,
    getConnection: (vendor, input, { signal } = {}) =>
      lifecycle().then((methods) => methods.getConnection(vendors, vendor, input, signal)) as never,
    listConnections: (vendor, input?, options?) =>
      (async function* () {
        yield* (await lifecycle()).listConnections(vendors, vendor, input, options);
      })() as never,
    completeConnection: (vendor, input, { signal } = {}) =>
      lifecycle().then((methods) =>
        methods.completeConnection(vendors, vendor, input, signal),
      ) as never,
    disconnect: (vendor, input, { signal } = {}) =>
      lifecycle().then((methods) => methods.disconnect(vendors, vendor, input, signal)),
    listAllConnections: (listOptions = {}) =>
      import("./list-all.js").then(async ({ configuredListers, listAllConnections }) =>
        listAllConnections(
          vendors,
          listOptions.vendors ?? (await configuredListers(vendors, vendorNames, options, shared)),
          listOptions as ListAllOptions,
        ),
      ) as never,
    waitForConnection: (vendor, input, options) =>
      lifecycle().then((methods) =>
        methods.waitForConnection(vendors, vendor, input, options),
      ) as never,
  };
}
