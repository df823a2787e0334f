import type { AnyDefinition, LooseClient } from "./call-operation.js";
import type { WebhookVendors } from "./catalog.generated.js";
import { ConfigurationError, failure } from "./errors.js";
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
import type { LooseConnectionEvent, RawWebhook, VerifyWebhookOptions } from "./webhooks.js";

/** A verified webhook delivery in the common words: what `webhooks.verify` resolves to. */
export interface ConnectionEvent<V extends string = VendorName> extends LooseConnectionEvent {
  vendor: V;
}

/**
 * `load`, called on first use and kept; a failed load (a network error fetching a chunk) is tried
 * again on the next use.
 */
const onFirstUse = <T>(load: () => Promise<T>): (() => Promise<T>) => {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
};

/**
 * The methods after `connect()` (get, list, wait, complete, disconnect, and their paging), loaded
 * on the first call of one of them: an app that only starts connections does not load them.
 */
const lifecycle = onFirstUse(() => import("./later.js"));

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

/** The vendors an aggregator is made with: their names, and each one's definition (loaded on first use). */
export interface Catalog {
  readonly names: readonly string[];
  /** Rejects with `ConfigurationError` for a name not in `names`. */
  definitionOf(vendor: unknown): Promise<AnyDefinition>;
}

/**
 * The aggregator: one typed API over `Names`, the vendors it was made with (every vendor of the
 * catalog from `@patchbay/connect`, or those given as `vendors`).
 */
export interface Patchbay<Names extends VendorName = VendorName> {
  /**
   * Starts a connection on `vendor` with exactly the `params` and `body` of its create-connection
   * operation. Resolves to a `ConnectionStart`; rejects with `ConnectError` on a non-2xx answer,
   * `ConfigurationError` before sending when the vendor has no credentials, and the runtime's
   * `TimeoutError`, `NetworkError`, `InsecureTransportError` otherwise.
   */
  connect<V extends Names>(
    vendor: V,
    input: ConnectInput[V],
    options?: ConnectOptions,
  ): Promise<ConnectionStart<V>>;
  /**
   * Reads one connection with the vendor's get operation (`params`, `body` exactly as typed), as a
   * `Connection` in the common status words. A vendor without one is a compile error here and a
   * `ConfigurationError` from JavaScript; errors are `connect()`'s.
   */
  getConnection<V extends VendorsWith<"get"> & Names>(
    vendor: V,
    input: GetConnectionInput[V],
    options?: ConnectOptions,
  ): Promise<Connection<V, GetConnectionRaw[V]>>;
  /**
   * Every connection the vendor's list operation returns, following its pages (bounded by
   * `maxPages`, stopped by `signal`): `for await (const connection of patchbay.listConnections(…))`.
   */
  listConnections<V extends VendorsWith<"list"> & Names>(
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
  completeConnection<V extends VendorsWith<"complete"> & Names>(
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
    options?: ListAllOptions<VendorsWith<"list"> & Names, ListConnectionsInput>,
  ): Promise<AllConnections<VendorsWith<"list"> & Names, ListedConnection>>;
  /** Removes a connection with the vendor's delete operation; resolves when the vendor said so. */
  disconnect<V extends VendorsWith<"delete"> & Names>(
    vendor: V,
    input: DisconnectInput[V],
    options?: ConnectOptions,
  ): Promise<void>;
  /**
   * Reads the connection with `getConnection`, pausing longer each time, until it is connected.
   * Rejects with `WaitForConnectionError` (`reason`: "disconnected", "timeout", "aborted").
   */
  waitForConnection<V extends VendorsWith<"get"> & Names>(
    vendor: V,
    input: GetConnectionInput[V],
    options?: WaitOptions,
  ): Promise<Connection<V, GetConnectionRaw[V]>>;
  /**
   * The vendor's typed client (created once, on first use, after its package is loaded), for the
   * calls `connect` does not make; rejects with `ConfigurationError` where it has no credentials.
   */
  client<V extends Names>(vendor: V): Promise<VendorClientOf<V>>;
  /** The vendors this aggregator knows, in alphabetical order. */
  readonly vendors: readonly Names[];
  /** The vendors' signed webhooks (see `PatchbayWebhooks`). */
  readonly webhooks: PatchbayWebhooks<Names>;
}

/** `patchbay.webhooks`: a vendor's webhook deliveries, verified and read as connection events. */
export interface PatchbayWebhooks<Names extends VendorName = VendorName> {
  /**
   * Verifies a delivery from `vendor` on its raw bytes (a `Request`, or `{ body, headers }` with
   * the body as the bytes or text received) by the vendor's signature scheme, and reads it as a
   * `ConnectionEvent`. Rejects with `WebhookVerificationError` (`reason`) for a missing or bad
   * signature, a timestamp outside the tolerance, a body over `maxBodyBytes` (1 MiB) or not
   * JSON; `ConfigurationError` without the secret an HMAC vendor needs.
   */
  verify<V extends WebhookVendors & Names>(
    vendor: V,
    request: Request | RawWebhook,
    options?: VerifyWebhookOptions,
  ): Promise<ConnectionEvent<V>>;
}

/**
 * The aggregator over `catalog`, with `options` (one key per vendor, its `createClient` options,
 * plus shared runtime options; a vendor's own options win). Clients are created on a vendor's
 * first use; an unknown option is refused here, naming the vendors and shared options.
 */
export function patchbayOver(
  catalog: Catalog,
  options: PatchbayOptions & { vendors?: unknown },
): Patchbay {
  const names = catalog.names;
  for (const key of Object.keys(options)) {
    if (
      key !== "vendors" &&
      !names.includes(key) &&
      !(sharedOptionNames as string[]).includes(key)
    ) {
      throw new ConfigurationError(
        `createPatchbay: unknown option "${key}"; known vendors: ${names.join(", ")}; shared options: ${sharedOptionNames.join(", ")}`,
      );
    }
  }
  const shared = Object.fromEntries(
    sharedOptionNames
      .filter((name) => options[name] !== undefined)
      .map((name) => [name, options[name]]),
  );
  const clients = new Map<string, Promise<LooseClient>>();

  const makeClient = async (vendor: string): Promise<LooseClient> => {
    const definition = await catalog.definitionOf(vendor);
    const vendorOptions = { ...shared, ...(options[vendor as VendorName] as object) };
    let client: LooseClient | undefined;
    let refused: unknown;
    try {
      client = definition.createClient(vendorOptions) as unknown as LooseClient;
    } catch (error) {
      refused = error;
    }
    if (client?.hasCredentials) return client;
    // No credentials (the runtime's own reading of them), or a client refused: the variables
    // still to set come first. The words of the error are loaded with it (failure.ts).
    const { notConfigured } = await failure();
    const missing = notConfigured(ConfigurationError, vendor, definition.descriptor, vendorOptions);
    if (missing) throw missing;
    if (client) return client;
    throw refused;
  };
  const clientOf = (vendor: string): Promise<LooseClient> => {
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
    definitionOf: catalog.definitionOf,
    clientOf,
    code: entryCode,
  };
  /** A method after `connect()`: its lifecycle function, loaded on first use. */
  const later =
    (
      method:
        | "getConnection"
        | "completeConnection"
        | "disconnect"
        | "waitForConnection"
        | "verifyWebhook",
    ) =>
    (vendor: string, input: unknown, options?: WaitOptions) =>
      lifecycle().then(
        (methods): Promise<unknown> =>
          (methods[method] as (...args: unknown[]) => Promise<unknown>)(
            vendors,
            vendor,
            input,
            options,
          ),
      );
  return {
    vendors: names as readonly VendorName[],
    // verification is loaded on the first call, through the lifecycle module
    webhooks: { verify: later("verifyWebhook") as never },
    client: clientOf as never,
    connect: (vendor, input, options) =>
      startConnection(vendors, vendor, input, options?.signal) as never,
    getConnection: later("getConnection") as never,
    completeConnection: later("completeConnection") as never,
    disconnect: later("disconnect") as never,
    listConnections: (vendor, input?, options?) =>
      (async function* () {
        yield* (await lifecycle()).listConnections(vendors, vendor, input, options);
      })() as never,
    listAllConnections: (listOptions) =>
      lifecycle().then((methods) =>
        methods.listAllOf(vendors, names, options, shared, listOptions),
      ) as never,
    waitForConnection: later("waitForConnection") as never,
  };
}
