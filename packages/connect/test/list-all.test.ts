// listAllConnections: every configured vendor's list, concurrently, bounded, one vendor's failure
// beside the others' results; against the Prism mocks of the documents.
import { operationExample } from "@patchbay/openapi/operation-example";
import { dummyCredentialOptions } from "@patchbay/test-support/dummy-credentials";
import { describe, expect, it } from "vitest";
import { ConnectError, createPatchbay, vendorNames } from "../src/index.js";
import { registry } from "../src/registry.generated.js";
import { mocked, mockUrls, useMocks } from "./support/connect-setup.js";

useMocks();

type Ref = { method: string; path: string };
/** The registry's vendors with a list operation, in order. */
const listers = vendorNames.filter(
  (vendor) => (registry[vendor].operations as { list?: Ref }).list !== undefined,
);
/** Each lister's list input from its document's example (Chartbrew's needs a team_id). */
const listInputs = async () =>
  Object.fromEntries(
    await Promise.all(
      listers.map(async (vendor) => [
        vendor,
        await operationExample(vendor, (registry[vendor].operations as { list: Ref }).list),
      ]),
    ),
  );

describe("listAllConnections", () => {
  it("lists every configured vendor with a list operation, in vendor order", async () => {
    const patchbay = createPatchbay(mocked());
    const all = await patchbay.listAllConnections({ input: await listInputs(), maxPages: 1 });
    expect(all.vendors.map((listing) => listing.vendor)).toEqual(listers);
    expect(all.failures).toEqual([]);
    for (const listing of all.vendors) {
      expect(listing.ok, `${listing.vendor}: ${String(!listing.ok && listing.error)}`).toBe(true);
      expect(listing.connections.length, listing.vendor).toBeGreaterThan(0);
      for (const connection of listing.connections) expect(connection.vendor).toBe(listing.vendor);
    }
    expect(all.connections).toEqual(all.vendors.flatMap((listing) => listing.connections));
  });

  it("reports one vendor's failure beside the others' results", async () => {
    const [failing, ...others] = listers as [string, ...string[]];
    const failingHost = new URL(mockUrls()[failing] as string).host;
    const patchbay = createPatchbay(
      mocked({
        fetch: (async (request: Request) =>
          new URL(request.url).host === failingHost
            ? new Response(JSON.stringify({ message: "down for maintenance" }), {
                status: 500,
                headers: { "content-type": "application/json" },
              })
            : fetch(request)) as typeof fetch,
      }),
    );
    const all = await patchbay.listAllConnections({ input: await listInputs(), maxPages: 1 });
    expect(all.failures.map((failure) => failure.vendor)).toEqual([failing]);
    const failed = all.vendors[0] as { ok: boolean; error?: unknown };
    expect(failed.ok).toBe(false);
    expect(failed.error).toBeInstanceOf(ConnectError);
    expect((failed.error as ConnectError).status).toBe(500);
    expect(all.vendors.slice(1).map((listing) => [listing.vendor, listing.ok])).toEqual(
      others.map((vendor) => [vendor, true]),
    );
  });

  it("lists at most `concurrency` vendors at once", async () => {
    let inFlight = 0;
    let most = 0;
    const patchbay = createPatchbay(
      mocked({
        fetch: (async (request: Request) => {
          inFlight += 1;
          most = Math.max(most, inFlight);
          // Each answer waits, so a third vendor's request would overlap the first two.
          await new Promise((resolve) => setTimeout(resolve, 30));
          try {
            return await fetch(request);
          } finally {
            inFlight -= 1;
          }
        }) as typeof fetch,
      }),
    );
    const all = await patchbay.listAllConnections({
      input: await listInputs(),
      concurrency: 2,
      maxPages: 1,
    });
    expect(all.failures).toEqual([]);
    expect(listers.length).toBeGreaterThan(2);
    expect(most).toBe(2);
  });

  it("stops each vendor after maxPages and says truly where more pages remain", async () => {
    // Prism answers every page with the example's items: where its first page points at another
    // (a next cursor, the last item's id), the walk stops at maxPages, marked truncated; the
    // others have one page only.
    // the vendors whose lifecycle rules (loaded with `rules()`) say how the list pages
    const rules = await Promise.all(listers.map(async (vendor) => registry[vendor].rules?.()));
    const paged = listers.filter((_, index) => rules[index]?.pagination !== undefined);
    expect(paged.length).toBeGreaterThan(0);
    const hosts = Object.fromEntries(
      Object.entries(mockUrls()).map(([vendor, url]) => [new URL(url).host, vendor]),
    );
    const walk = async (maxPages: number) => {
      const requests: Record<string, number> = {};
      const patchbay = createPatchbay(
        mocked({
          fetch: (async (request: Request) => {
            const vendor = hosts[new URL(request.url).host] as string;
            requests[vendor] = (requests[vendor] ?? 0) + 1;
            return fetch(request);
          }) as typeof fetch,
        }),
      );
      const all = await patchbay.listAllConnections({
        vendors: paged as never,
        input: await listInputs(),
        maxPages,
      });
      const truncated = all.vendors.flatMap((listing) =>
        listing.ok && listing.truncated ? [listing.vendor] : [],
      );
      return { requests, truncated, failures: all.failures };
    };
    const once = await walk(1);
    expect(once.failures).toEqual([]);
    for (const vendor of paged) expect(once.requests[vendor], vendor).toBe(1);
    expect(once.truncated.length).toBeGreaterThan(0);
    // Allowed more pages, a truncated vendor asks for the next one; the others ask for none.
    const twice = await walk(2);
    for (const vendor of paged)
      expect(twice.requests[vendor], vendor).toBe(once.truncated.includes(vendor) ? 2 : 1);
  });

  it("lists only the vendors configured, by options or environment", async () => {
    const [only] = listers as [string];
    const patchbay = createPatchbay({
      retry: false,
      [only]: {
        baseUrl: mockUrls()[only],
        ...dummyCredentialOptions(registry[only as "datagrid"].descriptor),
      },
    });
    const all = await patchbay.listAllConnections({ input: await listInputs(), maxPages: 1 });
    expect(all.vendors.map((listing) => listing.vendor)).toEqual([only]);
  });

  it("rejects with the caller's abort reason, and refuses a concurrency below 1", async () => {
    const controller = new AbortController();
    const patchbay = createPatchbay(
      mocked({
        fetch: (async (request: Request) => {
          controller.abort(new Error("the page was closed"));
          return fetch(request);
        }) as typeof fetch,
      }),
    );
    await expect(
      patchbay.listAllConnections({ input: await listInputs(), signal: controller.signal }),
    ).rejects.toThrow("the page was closed");
    await expect(patchbay.listAllConnections({ concurrency: 0 })).rejects.toThrow(
      "concurrency must be a whole number ≥ 1, got 0",
    );
  });
});
