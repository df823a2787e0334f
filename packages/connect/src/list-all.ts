import { missingCredentials } from "./credentials.js";
import {
  definitionWithRules,
  type LooseConnection,
  listConnections,
  type Vendors,
} from "./lifecycle.js";

export interface ListAllOptions<
  Vendor extends string = string,
  Inputs extends { [V in Vendor]?: unknown } = { [V in Vendor]?: unknown },
> {
  /** Which vendors (default: every configured vendor whose sidecar declares a list operation). */
  vendors?: readonly Vendor[];
  /** Per vendor, its list operation's `{ params, body }`, where it needs some (Chartbrew's `team_id`). */
  input?: Partial<Inputs>;
  /** How many vendors are listed at once (default 4). */
  concurrency?: number;
  /** Pages per vendor (default 10): a vendor with more stops there, marked `truncated`. */
  maxPages?: number;
  /** Stops every walk and the requests under way; the call then rejects with the abort reason. */
  signal?: AbortSignal;
}

/** One vendor's part of `listAllConnections`: its connections, or why there are none. */
export type VendorListing<Vendor extends string = string, Item = LooseConnection> =
  | { vendor: Vendor; ok: true; connections: Item[]; truncated: boolean }
  | { vendor: Vendor; ok: false; error: unknown; connections: Item[] };

export interface AllConnections<Vendor extends string = string, Item = LooseConnection> {
  /** Every vendor's connections that were read, in vendor order. */
  connections: Item[];
  /** Per vendor, in vendor order: its connections, or its error beside the others' results. */
  vendors: VendorListing<Vendor, Item>[];
  /** The vendors that failed, with their errors (also in `vendors`). */
  failures: { vendor: Vendor; error: unknown }[];
}

/**
 * Lists the connections of several vendors at once, at most `concurrency` at a time and at most
 * `maxPages` pages each. A vendor's failure (its error, or a page limit) is reported in its own
 * entry and does not stop the others; only the caller's `signal` stops them all.
 */
export async function listAllConnections(
  vendors: Vendors,
  names: readonly string[],
  { input = {}, concurrency = 4, maxPages = 10, signal }: ListAllOptions = {},
): Promise<AllConnections> {
  if (!Number.isInteger(concurrency) || concurrency < 1)
    throw new vendors.code.PatchbayError(
      `listAllConnections: concurrency must be a whole number ≥ 1, got ${concurrency}`,
    );
  const listings: VendorListing[] = new Array(names.length);
  let next = 0;
  const listOne = async (vendor: string): Promise<VendorListing> => {
    const connections: LooseConnection[] = [];
    let more = false;
    try {
      const walk = listConnections(vendors, vendor, (input as Record<string, unknown>)[vendor], {
        maxPages,
        signal,
        onPage: (page) => {
          more = page.more;
        },
      });
      for await (const connection of walk) connections.push(connection);
      // The walk stopped at maxPages while the last page pointed at another.
      return { vendor, ok: true, connections, truncated: more };
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      return { vendor, ok: false, error, connections };
    }
  };
  const worker = async () => {
    while (next < names.length) {
      const index = next++;
      listings[index] = await listOne(names[index] as string);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, names.length) }, worker));
  signal?.throwIfAborted();
  return {
    connections: listings.flatMap((listing) => listing.connections),
    vendors: listings,
    failures: listings.flatMap((listing) =>
      listing.ok ? [] : [{ vendor: listing.vendor, error: listing.error }],
    ),
  };
}

/**
 * Of `names`, the vendors with a list operation and credentials (given in `options`, or in the
 * environment with the `shared` options).
 */
export async function configuredListers(
  vendors: Vendors,
  names: readonly string[],
  options: object,
  shared: object,
): Promise<string[]> {
  const definitions = await Promise.all(
    names.map(async (vendor) => [vendor, await definitionWithRules(vendors, vendor)] as const),
  );
  return definitions
    .filter(([vendor, definition]) => {
      if (!definition.operations.list || !definition.connection) return false;
      return (
        (options as Record<string, unknown>)[vendor] !== undefined ||
        !missingCredentials(definition.descriptor, shared)
      );
    })
    .map(([vendor]) => vendor);
}

/**
 * `patchbay.listAllConnections(listOptions)`: its `vendors`, or else every vendor of `names`
 * with a list operation and credentials (given in `options`, or in the environment with the
 * `shared` options), listed.
 */
export async function listAllOf(
  vendors: Vendors,
  names: readonly string[],
  options: object,
  shared: object,
  listOptions: ListAllOptions = {},
): Promise<AllConnections> {
  const listed = listOptions.vendors ?? (await configuredListers(vendors, names, options, shared));
  return listAllConnections(vendors, listed, listOptions);
}
