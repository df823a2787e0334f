import type { ConnectionStatus, Patchbay, VendorName } from "@patchbay/connect";
import { connections } from "./connections.js";
import type { ListedConnection, VendorConnections } from "./connections-page.js";
import { friendlyMessage } from "./friendly-error.js";
import { getInput, listInput, offers } from "./lifecycle-inputs.js";
import type { CallbackPage } from "./pages.js";

/** How many pages of a vendor's list the connections page reads at most. */
export const listPages = 5;

/** What `connect()` returned, kept for the callback: this example's stand-in for a session. */
export interface Started {
  status: ConnectionStatus;
  connectionId: string | null;
}

export interface Lifecycle {
  patchbay: Patchbay;
  /** Where the whole (redacted) error of a failed call goes. */
  log: (line: string) => void;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The connection, read back with `getConnection`: by the id `connect()` returned where the vendor
 * gives one (Agent Stack, Chartbrew, Supermemory); otherwise (Datagrid, Polytomic answer the
 * create call with a URL only: a real app learns the id from its list or the vendor's callback)
 * the get operation's example input. The Prism mock answers its example either way.
 */
export async function readBack(
  { patchbay, log }: Lifecycle,
  vendor: VendorName,
  started: Started | undefined,
): Promise<Pick<CallbackPage, "connection" | "readFailure">> {
  const connectionId = started?.connectionId ?? null;
  if (!offers(vendor, "get")) {
    return { connection: { status: started?.status ?? "returned", connectionId, name: null } };
  }
  try {
    const read = await patchbay.getConnection(vendor, getInput(vendor, connectionId));
    return {
      connection: { status: read.status, connectionId: read.connectionId, name: read.name },
    };
  } catch (error) {
    log(`getConnection ${vendor} failed: ${messageOf(error)}`);
    return {
      connection: { status: "unknown", connectionId, name: null },
      readFailure: friendlyMessage(connections[vendor], error, "the connection could not be read"),
    };
  }
}

/**
 * One vendor's connections, from `listConnections` (at most `listPages` pages). An id seen twice is
 * shown once: a list can shift while it is walked, and a mock answers every page alike.
 */
export async function listed(
  { patchbay, log }: Lifecycle,
  vendor: VendorName,
): Promise<VendorConnections> {
  const { vendorName } = connections[vendor];
  const section = { vendor, vendorName, canDisconnect: offers(vendor, "delete") };
  if (!offers(vendor, "list")) return { ...section, connections: null };
  const seen = new Map<string, ListedConnection>();
  try {
    const all = patchbay.listConnections(vendor, listInput(vendor), { maxPages: listPages });
    for await (const { connectionId, name, status, createdAt } of all) {
      const key = connectionId ?? `without id ${seen.size}`;
      if (!seen.has(key)) seen.set(key, { connectionId, name, status, createdAt });
    }
  } catch (error) {
    log(`listConnections ${vendor} failed: ${messageOf(error)}`);
    const failure = friendlyMessage(
      connections[vendor],
      error,
      "the connections could not be read",
    );
    return { ...section, connections: null, failure };
  }
  return { ...section, connections: [...seen.values()] };
}
