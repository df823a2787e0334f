import {
  type Connection,
  createPatchbay,
  type Patchbay,
  registry,
  type VendorName,
} from "@patchbay/connect";
import type { MockServers } from "@patchbay/mocks/start-mocks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConnectApp } from "../src/app.js";
import { connections, pageOrder } from "../src/connections.js";
import { getInput, listInput, offers } from "../src/lifecycle-inputs.js";
import { listPages } from "../src/lifecycle-pages.js";
import { mockCredentials, mockPatchbayOptions } from "../src/mock-setup.js";
import { type MockedApps, startMockedApps } from "./mocked-apps.js";

/** After the redirect, through `fetch`: the callback's read-back, the list, the Disconnect form. */

let mocks: MockServers;
let app: ConnectApp;
let refusing: ConnectApp;
let requests: string[];
let apps: MockedApps | undefined;
let patchbay: Patchbay;
const log: string[] = [];
beforeAll(async () => {
  apps = await startMockedApps((line) => log.push(line));
  ({ mocks, app, refusing, requests } = apps);
  patchbay = createPatchbay(mockPatchbayOptions(mocks.urls));
});
afterAll(async () => {
  await apps?.close();
});

const reading = pageOrder.filter((vendor) => offers(vendor, "get"));
const listing = pageOrder.filter((vendor) => offers(vendor, "list"));
const removing = pageOrder.filter((vendor) => offers(vendor, "delete"));

/** `path` of the vendor's `role` operation with its parameters filled in, on the vendor's mock. */
function mockUrl(
  vendor: VendorName,
  role: "get" | "delete",
  path: Record<string, unknown>,
): string {
  const operations = registry[vendor].operations as Record<string, { path: string }>;
  const template = operations[role]?.path ?? "";
  const filled = template.replace(/\{([^}]+)\}/g, (_, name: string) =>
    encodeURIComponent(String(path[name])),
  );
  return `${mocks.urls[vendor]}${filled}`;
}

/** What the page should list for a vendor: `listConnections` itself, each id once. */
async function expectedList(vendor: (typeof listing)[number]): Promise<Connection[]> {
  const byId = new Map<string | null, Connection>();
  for await (const connection of patchbay.listConnections(vendor, listInput(vendor), {
    maxPages: listPages,
  }))
    if (!byId.has(connection.connectionId)) byId.set(connection.connectionId, connection);
  return [...byId.values()];
}

const sectionOf = (html: string, vendor: string): string =>
  new RegExp(`<section data-vendor="${vendor}">([\\s\\S]*?)</section>`).exec(html)?.[1] ?? "";

const disconnect = (base: string, vendor: string, form: string) =>
  fetch(`${base}/connections/${vendor}/disconnect`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: form,
    redirect: "manual",
  });

describe("the callback page reads the connection back with getConnection", () => {
  it.each(reading)(
    "%s: by the id connect() returned where the vendor gives one, else the example's",
    async (vendor) => {
      const connected = await fetch(`${app.url}/connect/${vendor}`, {
        method: "POST",
        redirect: "manual",
      });
      expect(connected.status).toBe(303);
      const start = await patchbay.connect(
        vendor,
        connections[vendor].input("http://x/cb") as never,
      );
      requests.length = 0;
      const html = await (
        await fetch(`${app.url}/callback?vendor=${vendor}&code=c0de&state=s7`)
      ).text();

      const input = getInput(vendor, start.connectionId) as {
        params: { path: Record<string, unknown> };
      };
      expect(requests).toEqual([`GET ${mockUrl(vendor, "get", input.params.path)}`]);
      if (start.connectionId) expect(requests[0]).toMatch(new RegExp(`/${start.connectionId}$`));
      const read = await patchbay.getConnection(vendor, input as never);
      expect(html).toContain(`<dd data-field="status">${read.status}</dd>`);
      expect(html).toContain(`<dd data-field="connection-id">${read.connectionId ?? "-"}</dd>`);
      expect(html).toContain(`<dd data-field="name">${read.name ?? "-"}</dd>`);
      expect(html).not.toContain("c0de");
    },
  );

  it("a vendor refusing the credentials: the friendly message, no credential in the page or log", async () => {
    log.length = 0;
    const html = await (await fetch(`${refusing.url}/callback?vendor=datagrid`)).text();
    expect(html).toContain("Datagrid did not accept the request (HTTP 401): check the API key");
    expect(html).toContain(`<dd data-field="status">unknown</dd>`);
    expect(log).toEqual([expect.stringMatching(/^getConnection datagrid failed: datagrid: 401/)]);
    for (const secret of [mockCredentials.apiKey, mockCredentials.password]) {
      expect(html).not.toContain(secret);
      expect(log.join("\n")).not.toContain(secret);
    }
  });
});

describe("GET /connections: each vendor's list with a Disconnect button per connection", () => {
  it("lists what listConnections returns, per vendor, each id once with its own form", async () => {
    const html = await (await fetch(`${app.url}/connections`)).text();
    for (const vendor of listing) {
      const section = sectionOf(html, vendor);
      const expected = await expectedList(vendor);
      expect(expected.length).toBeGreaterThan(0);
      expect(section).toContain(`<h2>${connections[vendor].vendorName}</h2>`);
      for (const { connectionId, name, status } of expected) {
        expect(section).toContain(`data-status="${status}"`);
        if (name) expect(section).toContain(`<span data-field="name">${name}</span>`);
        expect(section).toContain(
          `<form method="post" action="/connections/${vendor}/disconnect"><input type="hidden" name="connection_id" value="${connectionId}">`,
        );
      }
      expect(section.match(/<form /g)).toHaveLength(expected.length);
    }
  });

  it("a vendor refusing the credentials: its section says so, the others are listed", async () => {
    log.length = 0;
    const html = await (await fetch(`${refusing.url}/connections`)).text();
    expect(sectionOf(html, "datagrid")).toContain(
      `role="alert">Datagrid did not accept the request (HTTP 401): check the API key</p>`,
    );
    for (const vendor of listing.filter((name) => name !== "datagrid"))
      expect(sectionOf(html, vendor)).toContain("<form ");
    expect(log).toEqual([expect.stringMatching(/^listConnections datagrid failed: datagrid: 401/)]);
    for (const secret of [mockCredentials.apiKey, mockCredentials.password]) {
      expect(html).not.toContain(secret);
      expect(log.join("\n")).not.toContain(secret);
    }
  });
});

describe("POST /connections/:vendor/disconnect", () => {
  it.each(removing)(
    "%s: disconnect() with the id in the path, then 303 back to the list with a confirmation",
    async (vendor) => {
      const [first] = offers(vendor, "list") ? await expectedList(vendor) : [];
      const connectionId = first?.connectionId ?? "conn-1";
      requests.length = 0;
      const response = await disconnect(
        app.url,
        vendor,
        new URLSearchParams({ connection_id: connectionId }).toString(),
      );
      expect(response.status).toBe(303);
      const location = response.headers.get("location") ?? "";
      expect(location).toBe(
        `/connections?${new URLSearchParams({ disconnected: vendor, connection_id: connectionId })}`,
      );
      expect(requests).toHaveLength(1);
      expect(requests[0]).toMatch(
        new RegExp(`^DELETE ${mocks.urls[vendor]}/.*/${encodeURIComponent(connectionId)}$`),
      );
      const html = await (await fetch(new URL(location, app.url))).text();
      expect(html).toContain(
        `<p class="notice success" role="status">Disconnected: ${connections[vendor].vendorName} connection ${connectionId}</p>`,
      );
    },
  );

  it("the delete operation's other parameters are the example's (Chartbrew's team)", async () => {
    requests.length = 0;
    await disconnect(app.url, "chartbrew", "connection_id=188");
    expect(requests).toEqual([
      `DELETE ${mockUrl("chartbrew", "delete", { team_id: 42, connection_id: 188 })}`,
    ]);
  });

  it("a vendor refusing the credentials: 502, the list with the message, no credential", async () => {
    log.length = 0;
    const response = await disconnect(refusing.url, "datagrid", "connection_id=3f6c1d2e");
    expect(response.status).toBe(502);
    const html = await response.text();
    expect(html).toContain(
      `role="alert">Datagrid did not accept the request (HTTP 401): check the API key</p>`,
    );
    expect(log[0]).toMatch(/^disconnect datagrid failed: datagrid: 401/);
    for (const secret of [mockCredentials.apiKey, mockCredentials.password]) {
      expect(html).not.toContain(secret);
      expect(log.join("\n")).not.toContain(secret);
    }
  });

  it("no connection named → 400; an unknown vendor, a GET or a huge form → no delete sent", async () => {
    requests.length = 0;
    const empty = await disconnect(app.url, "datagrid", "");
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain("Nothing to disconnect: the form named no connection");
    expect((await disconnect(app.url, "stripe", "connection_id=1")).status).toBe(404);
    expect((await fetch(`${app.url}/connections/datagrid/disconnect`)).status).toBe(404);
    const huge = `connection_id=${"x".repeat(10_000)}`;
    expect((await disconnect(app.url, "datagrid", huge)).status).toBe(413);
    // (the 400 page lists the connections again: no DELETE among those calls)
    expect(requests.filter((request) => request.startsWith("DELETE ")).length).toBe(0);
  });
});
