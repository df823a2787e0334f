// `@patchbay/connect/core`: the aggregator over the vendors an app passes in, and no catalog. The
// same API as the main entry's, typed for those vendors only; its errors are the same classes,
// also where the methods loaded on first use throw them.
import { rejectionOf as failure } from "@patchbay/test-support/rejection";
import { describe, expect, it } from "vitest";
import {
  ConfigurationError,
  ConnectError,
  createPatchbay,
  PatchbayError,
  WaitForConnectionError,
} from "../src/core.js";
import { createPatchbay as createFromCatalog } from "../src/index.js";
import { datagrid } from "../src/vendors/datagrid.js";
import { supermemory } from "../src/vendors/supermemory.js";

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
/** A fetch that answers every request with `answer`, and keeps the requests. */
const fetchAnswering = (answer: () => Response) => {
  const requests: Request[] = [];
  const fetch = async (input: Request | string | URL, init?: RequestInit) => {
    requests.push(new Request(input, init));
    return answer();
  };
  return { fetch: fetch as typeof globalThis.fetch, requests };
};

describe("createPatchbay from @patchbay/connect/core", () => {
  it("connects through the vendor it was given, with that vendor's options", async () => {
    const { fetch, requests } = fetchAnswering(() =>
      json(201, { object: "redirect_url", redirect_url: "https://accounts.example.com/o" }),
    );
    const patchbay = createPatchbay({ vendors: { datagrid }, datagrid: { apiKey: "k_1" }, fetch });
    expect(patchbay.vendors).toEqual(["datagrid"]);
    const start = await patchbay.connect("datagrid", { body: { connector_id: "google_drive" } });
    expect(start).toMatchObject({
      vendor: "datagrid",
      status: "authorization_required",
      authorizationUrl: "https://accounts.example.com/o",
    });
    expect(requests).toHaveLength(1);
    expect(requests[0]?.method).toBe("POST");
    expect(new URL(requests[0]?.url ?? "").pathname).toMatch(/\/connections$/);
    expect(requests[0]?.headers.get("authorization")).toBe("Bearer k_1");
  });

  it("lists its vendors in alphabetical order, and refuses one it was not given", async () => {
    const patchbay = createPatchbay({ vendors: { supermemory, datagrid } });
    expect(patchbay.vendors).toEqual(["datagrid", "supermemory"]);
    const connect = patchbay.connect as (vendor: string, input: object) => Promise<unknown>;
    const error = await failure<ConfigurationError>(connect("stripe", {}));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toBe(
      'unknown vendor "stripe"; this patchbay was made with: datagrid, supermemory',
    );
  });

  it("refuses a definition under another vendor's name, and an option for a vendor not given", () => {
    expect(() => createPatchbay({ vendors: { supermemory: datagrid } as never })).toThrow(
      "createPatchbay: vendors.supermemory is not the definition from @patchbay/connect/vendors/supermemory",
    );
    expect(() =>
      createPatchbay({ vendors: { datagrid }, supermemory: { apiKey: "k" } } as never),
    ).toThrow(/^createPatchbay: unknown option "supermemory"; known vendors: datagrid;/);
  });

  it("rejects with the classes it exports, also from the methods loaded on first use", async () => {
    const { fetch } = fetchAnswering(() => json(401, { message: "Invalid API key k_2" }));
    const patchbay = createPatchbay({ vendors: { datagrid }, datagrid: { apiKey: "k_2" }, fetch });
    const refused = await failure<ConnectError>(
      patchbay.connect("datagrid", { body: { connector_id: "google_drive" } }),
    );
    expect(refused).toBeInstanceOf(ConnectError);
    expect(refused.message).not.toContain("k_2");
    const read = await failure<ConnectError>(
      patchbay.getConnection("datagrid", { params: { path: { connection_id: "c" } } }),
    );
    expect(read).toBeInstanceOf(ConnectError);
    // Datagrid's `valid: false`: the connection is disconnected, and the wait gives up.
    const revoked = fetchAnswering(() => json(200, { id: "c", valid: false }));
    const waiting = createPatchbay({
      vendors: { datagrid },
      datagrid: { apiKey: "k_2" },
      fetch: revoked.fetch,
    });
    const gaveUp = await failure<WaitForConnectionError>(
      waiting.waitForConnection("datagrid", { params: { path: { connection_id: "c" } } }),
    );
    expect(gaveUp).toBeInstanceOf(WaitForConnectionError);
    expect(gaveUp).toBeInstanceOf(PatchbayError);
    expect(gaveUp).toMatchObject({ reason: "disconnected", vendor: "datagrid" });
    expect(gaveUp.message).toBe("datagrid: connection c is disconnected; start a new one");
    const unconfigured = await failure<ConfigurationError>(
      createPatchbay({ vendors: { datagrid } }).getConnection("datagrid", {
        params: { path: { connection_id: "c" } },
      }),
    );
    expect(unconfigured).toBeInstanceOf(ConfigurationError);
  });

  it("is the main entry's createPatchbay with `vendors`: the same aggregator, no catalog", async () => {
    const { fetch } = fetchAnswering(() => json(200, { data: [], has_more: false }));
    const fromCatalog = createFromCatalog({
      vendors: { datagrid },
      datagrid: { apiKey: "k" },
      fetch,
    });
    expect(fromCatalog.vendors).toEqual(["datagrid"]);
    const listed = [];
    for await (const connection of fromCatalog.listConnections("datagrid")) listed.push(connection);
    expect(listed).toEqual([]);
  });
});
