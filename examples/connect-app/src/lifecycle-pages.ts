import type {
  ConnectionStatus,
  ListConnectionsInput,
  Patchbay,
  VendorName,
  VendorsWith,
} from "@patchbay/connect";
import { connections } from "./connections.js";
import type { ListedConnection, VendorConnections } from "./connections-page.js";
import { friendlyMessage } from "./friendly-error.js";
import {
  completeInput,
  getInput,
  type Kept,
  keptFrom,
  listInput,
  offers,
} from "./lifecycle-inputs.js";
import type { CallbackPage } from "./pages.js";

/** How many pages of a vendor's list the connections page reads at most. */
export const listPages = 5;

/** What `connect()` returned, kept for the callback: this example's stand-in for a session. */
export interface Started {
  status: ConnectionStatus;
  connectionId: string | null;
}

/**
 * What the app keeps per connection beyond its id (Plaid's access token, from the exchange): this
 * example's stand-in for a table of the user's connections. Never sent to the browser.
 */
export class KeptConnections {
  readonly #byId = new Map<string, Kept>();
  #key = (vendor: VendorName, connectionId: string) => JSON.stringify([vendor, connectionId]);
  get(vendor: VendorName, connectionId: string): Kept | undefined {
    return this.#byId.get(this.#key(vendor, connectionId));
  }
  set(vendor: VendorName, connectionId: string, kept: Kept): void {
    this.#byId.set(this.#key(vendor, connectionId), kept);
  }
}

export interface Lifecycle {
  patchbay: Patchbay;
  /** Where the whole (redacted) error of a failed call goes. */
  log: (line: string) => void;
  kept: KeptConnections;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

type Shown = Pick<CallbackPage, "connection" | "readFailure" | "readBy">;

/**
 * The connection, read back with `getConnection`: by the id `connect()` returned where the vendor
 * gives one (Agent Stack, Chartbrew, Composio, Fivetran, Supermemory); otherwise (the vendors that
 * answer the create call with a URL only: a real app learns the id from its list or the vendor's
 * callback) the get operation's example input. The Prism mock answers its example either way.
 */
export async function readBack(
  { patchbay, log, kept }: Lifecycle,
  vendor: VendorName,
  started: Started | undefined,
): Promise<Shown> {
  const connectionId = started?.connectionId ?? null;
  if (!offers(vendor, "get")) {
    // Nothing to read it with: as connect() started it, if this server started it.
    const status = started?.status ?? "returned";
    return { connection: { status, connectionId, name: null }, readBy: started ? "connect" : null };
  }
  try {
    const held = connectionId === null ? undefined : kept.get(vendor, connectionId);
    const read = await patchbay.getConnection(vendor, getInput(vendor, connectionId, held));
    return {
      connection: { status: read.status, connectionId: read.connectionId, name: read.name },
      readBy: "getConnection",
    };
  } catch (error) {
    log(`getConnection ${vendor} failed: ${messageOf(error)}`);
    return {
      connection: { status: "unknown", connectionId, name: null },
      readBy: null,
      readFailure: friendlyMessage(connections[vendor], error, "the connection could not be read"),
    };
  }
}

/**
 * The call after the user comes back, for a vendor whose sidecar names one (Plaid: the exchange
 * of Link's public_token; Airbyte: createSource): `completeConnection`, with the example's input
 * (see `completeInput`). What its answer holds that the get and delete calls name the connection
 * by (Plaid's access_token) is kept on the server, by connection id.
 */
export async function complete(
  { patchbay, log, kept }: Lifecycle,
  vendor: VendorsWith<"complete">,
): Promise<Shown> {
  try {
    const done = await patchbay.completeConnection(vendor, completeInput(vendor));
    if (done.connectionId !== null) kept.set(vendor, done.connectionId, keptFrom(vendor, done.raw));
    const { status, connectionId, name } = done;
    return { connection: { status, connectionId, name }, readBy: "completeConnection" };
  } catch (error) {
    log(`completeConnection ${vendor} failed: ${messageOf(error)}`);
    return {
      connection: { status: "unknown", connectionId: null, name: null },
      readBy: null,
      readFailure: friendlyMessage(
        connections[vendor],
        error,
        "the connection could not be completed",
      ),
    };
  }
}

/**
 * Every vendor's connections in one `listAllConnections` call (at most `listPages` pages each,
 * the vendors listed concurrently), each vendor's list input from `listInput`. A vendor that
 * fails gets its message in its own section, beside the others' connections. An id seen twice is
 * shown once: a list can shift while it is walked, and a mock answers every page alike.
 */
export async function listedAll(
  { patchbay, log }: Lifecycle,
  vendors: readonly VendorName[],
): Promise<VendorConnections[]> {
  const listing = vendors.filter((vendor) => offers(vendor, "list"));
  const input = Object.fromEntries(listing.map((vendor) => [vendor, listInput(vendor)]));
  const all = await patchbay.listAllConnections({
    vendors: listing,
    input: input as Partial<ListConnectionsInput>,
    maxPages: listPages,
  });
  const byVendor = new Map(all.vendors.map((listed) => [listed.vendor as VendorName, listed]));
  return vendors.map((vendor) => {
    const { vendorName } = connections[vendor];
    const section = { vendor, vendorName, canDisconnect: offers(vendor, "delete") };
    const listed = byVendor.get(vendor);
    if (!listed) return { ...section, connections: null };
    if (!listed.ok) {
      log(`listConnections ${vendor} failed: ${messageOf(listed.error)}`);
      const failure = friendlyMessage(
        connections[vendor],
        listed.error,
        "the connections could not be read",
      );
      return { ...section, connections: null, failure };
    }
    const seen = new Map<string, ListedConnection>();
    for (const { connectionId, name, status, createdAt } of listed.connections) {
      const key = connectionId ?? `without id ${seen.size}`;
      if (!seen.has(key)) seen.set(key, { connectionId, name, status, createdAt });
    }
    return { ...section, connections: [...seen.values()], truncated: listed.truncated };
  });
}
