import { type Connection, createPatchbay, type Patchbay, type VendorName } from "@patchbay/connect";
import { registry } from "@patchbay/connect/registry";
import type { MockServers } from "@patchbay/mocks/start-mocks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConnectApp } from "../src/app.js";
import { connections, pageOrder } from "../src/connections.js";
import {
  completeInput,
  deleteInput,
  getInput,
  idSlot,
  keptFrom,
  listInput,
  offers,
} from "../src/lifecycle-inputs.js";
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

/** The vendors whose callback completes the connection (Plaid, Airbyte), and those that read it. */
const completing = pageOrder.filter((vendor) => offers(vendor, "complete"));
const reading = pageOrder.filter((vendor) => offers(vendor, "get") && !offers(vendor, "complete"));
const listing = pageOrder.filter((vendor) => offers(vendor, "list"));
const removing = pageOrder.filter((vendor) => offers(vendor, "delete"));

type Role = "get" | "list" | "delete" | "complete";
type Input = { params: { path?: Record<string, unknown> }; body?: unknown };

const operationOf = (vendor: VendorName, role: Role) =>
  (registry[vendor].operations as Partial<Record<Role, { method: string; path: string }>>)[
    role
  ] ?? { method: "none", path: "none" };

/** `METHOD url` of the vendor's `role` operation with its path parameters filled in, on its mock. */
function requestTo(vendor: VendorName, role: Role, path: Record<string, unknown> = {}): string {
  const { method, path: template } = operationOf(vendor, role);
  const filled = template.replace(/\{([^}]+)\}/g, (_, name: string) =>
    encodeURIComponent(String(path[name])),
  );
  return `${method.toUpperCase()} ${mocks.urls[vendor]}${filled}`;
}

/** A recorded request: `METHOD url` and its JSON body, where it has one (else its text). */
function parse(line: string | undefined): { request: string; body: Record<string, unknown> } {
  const [method = "", url = "", ...rest] = (line ?? "").split(" ");
  const text = rest.join(" ");
  let body: Record<string, unknown> = {};
  try {
    if (text) body = JSON.parse(text);
  } catch {
    body = { text };
  }
  return { request: `${method} ${url}`, body };
}

/** Whether a recorded request is a call to any vendor's delete operation. */
const isDelete = (line: string) =>
  removing.some((vendor) => {
    const { method, path } = operationOf(vendor, "delete");
    const pattern = path.replace(/\{[^}]+\}/g, "[^/]+");
    return new RegExp(`^${method.toUpperCase()} ${mocks.urls[vendor]}${pattern}( |$)`).test(line);
  });

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

const expectNoCredential = (html: string) => {
  for (const secret of [mockCredentials.apiKey, mockCredentials.password]) {
    expect(html).not.toContain(secret);
    expect(log.join("\n")).not.toContain(secret);
  }
};

describe("the ids: in the path, or in the body (per the get and delete operations)", () => {
  it("each get and delete names the connection in its path's last parameter or its body's one field", () => {
    for (const vendor of pageOrder)
      for (const role of ["get", "delete"] as const) {
        if (!offers(vendor, role)) continue;
        const slot = idSlot(vendor, role);
        const { path } = operationOf(vendor, role);
        expect(slot?.in).toBe(path.endsWith("}") ? "path" : "body");
      }
    expect(idSlot("plaid", "delete")).toEqual({ in: "body", name: "access_token" });
    expect(idSlot("chartbrew", "delete")).toEqual({ in: "path", name: "connection_id" });
  });

  it("a path takes the id; a body takes the value the app kept (the complete answer's), else the example's", () => {
    expect(deleteInput("chartbrew", "188")).toMatchObject({
      params: { path: { team_id: "42", connection_id: "188" } },
    });
    const example = deleteInput("plaid", "item-1") as Input;
    expect(example.body).toEqual({ access_token: expect.stringMatching(/^access-/) });
    const kept = keptFrom("plaid", { access_token: "access-kept", item_id: "item-1" });
    expect(kept).toEqual({ access_token: "access-kept" });
    expect(deleteInput("plaid", "item-1", kept)).toEqual({
      ...example,
      body: { access_token: "access-kept" },
    });
    expect(getInput("plaid", "item-1", kept)).toMatchObject({
      body: { access_token: "access-kept" },
    });
    // Nothing in the path to name: an id alone changes nothing in a body.
    expect(getInput("plaid", "item-1")).toEqual(getInput("plaid", null));
  });
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

      const input = getInput(vendor, start.connectionId) as Input;
      expect(requests).toHaveLength(1);
      const sent = parse(requests[0]);
      expect(sent.request).toBe(requestTo(vendor, "get", input.params.path));
      const slot = idSlot(vendor, "get");
      if (start.connectionId && slot?.in === "path")
        expect(sent.request).toMatch(new RegExp(`/${start.connectionId}$`));
      if (slot?.in === "body") expect(sent.body).toEqual(input.body);
      const read = await patchbay.getConnection(vendor, input as never);
      expect(html).toContain(`<dd data-field="status">${read.status}</dd>`);
      expect(html).toContain(`<dd data-field="connection-id">${read.connectionId ?? "-"}</dd>`);
      expect(html).toContain(`<dd data-field="name">${read.name ?? "-"}</dd>`);
      expect(html).toContain(`<dd data-field="read-by">getConnection</dd>`);
      expect(html).not.toContain("c0de");
    },
  );

  it("a vendor refusing the credentials: the friendly message, no credential in the page or log", async () => {
    log.length = 0;
    const html = await (await fetch(`${refusing.url}/callback?vendor=datagrid`)).text();
    expect(html).toContain("Datagrid did not accept the request (HTTP 401): check the API key");
    expect(html).toContain(`<dd data-field="status">unknown</dd>`);
    expect(log).toEqual([expect.stringMatching(/^getConnection datagrid failed: datagrid: 401/)]);
    expectNoCredential(html);
  });
});

describe("the callback page completes the connection where the vendor has a complete call", () => {
  it("Plaid (the public_token exchange) is one of them", () => {
    expect(completing).toContain("plaid");
  });

  it.each(completing)(
    "%s: completeConnection with the example's input, the completed connection shown; what get and delete need kept on the server",
    async (vendor) => {
      const connected = await fetch(`${app.url}/connect/${vendor}`, {
        method: "POST",
        redirect: "manual",
      });
      expect(connected.status).toBe(303);
      log.length = 0;
      requests.length = 0;
      const html = await (await fetch(`${app.url}/callback?vendor=${vendor}`)).text();

      const input = completeInput(vendor) as Input;
      expect(requests).toHaveLength(1);
      const sent = parse(requests[0]);
      expect(sent.request).toBe(requestTo(vendor, "complete", input.params.path));
      expect(sent.body).toEqual(input.body);
      const done = await patchbay.completeConnection(vendor, input as never);
      expect(done.connectionId).toBeTruthy();
      const { label } = connections[vendor];
      expect(html).toContain(`<p class="notice success" role="status">${label} is connected</p>`);
      expect(html).toContain(`<dd data-field="status">${done.status}</dd>`);
      expect(html).toContain(`<dd data-field="connection-id">${done.connectionId}</dd>`);
      expect(html).toContain(`<dd data-field="name">${done.name ?? "-"}</dd>`);
      expect(html).toContain(`<dd data-field="read-by">completeConnection</dd>`);
      expect(log).toEqual([]);
      // A token the get and delete calls take (Plaid's access_token) stays on the server; where
      // what they take is the connection's own id, it is shown as that.
      for (const value of Object.values(keptFrom(vendor, done.raw)))
        if (value !== done.connectionId) expect(html).not.toContain(value);

      // Disconnecting that connection names it as the delete operation does: by the kept value.
      const slot = idSlot(vendor, "delete");
      if (!offers(vendor, "delete") || !slot) return;
      requests.length = 0;
      const removed = await disconnect(
        app.url,
        vendor,
        new URLSearchParams({ connection_id: done.connectionId ?? "" }).toString(),
      );
      expect(removed.status).toBe(303);
      const deleted = parse(requests[0]);
      if (slot.in === "body") {
        expect(deleted.body[slot.name]).toBe((done.raw as Record<string, unknown>)[slot.name]);
      } else {
        expect(deleted.request).toMatch(new RegExp(`/${done.connectionId}$`));
      }
    },
  );
});

describe("GET /connections: every vendor's list in one listAllConnections call", () => {
  it("lists what listConnections returns, per vendor, each id once with its own form", async () => {
    requests.length = 0;
    const response = await fetch(`${app.url}/connections`);
    expect(response.status).toBe(200);
    const html = await response.text();
    for (const vendor of listing) {
      // Each vendor's list operation, with its input (Chartbrew's team, Plaid's user) …
      const input = listInput(vendor) as Input;
      const calls = requests.filter((line) =>
        parse(line).request.startsWith(requestTo(vendor, "list", input.params.path)),
      );
      expect(calls.length).toBeGreaterThanOrEqual(1);
      expect(calls.length).toBeLessThanOrEqual(listPages);
      if (input.body !== undefined) expect(parse(calls[0]).body).toEqual(input.body);
      // … and what it returned.
      const section = sectionOf(html, vendor);
      const expected = await expectedList(vendor);
      expect(expected.length).toBeGreaterThan(0);
      expect(section).toContain(`<h2>${connections[vendor].vendorName}</h2>`);
      // A Disconnect form for each, where the vendor has a delete operation.
      const removable = offers(vendor, "delete");
      for (const { connectionId, name, status } of expected) {
        expect(section).toContain(`data-status="${status}"`);
        if (name) expect(section).toContain(`<span data-field="name">${name}</span>`);
        if (removable)
          expect(section).toContain(
            `<form method="post" action="/connections/${vendor}/disconnect"><input type="hidden" name="connection_id" value="${connectionId}">`,
          );
      }
      expect(section.match(/<form /g) ?? []).toHaveLength(removable ? expected.length : 0);
      expect(section).not.toContain('role="alert"');
    }
  });

  it("a vendor whose list has more pages than are read says so", async () => {
    const all = await patchbay.listAllConnections({
      vendors: listing,
      input: Object.fromEntries(listing.map((vendor) => [vendor, listInput(vendor)])),
      maxPages: listPages,
    });
    expect(all.vendors.some((listed) => listed.ok && listed.truncated)).toBe(true);
    const html = await (await fetch(`${app.url}/connections`)).text();
    for (const listed of all.vendors) {
      const note = `${connections[listed.vendor].vendorName} has more: the first ${listPages} pages are shown.`;
      if (listed.ok && listed.truncated) expect(sectionOf(html, listed.vendor)).toContain(note);
      else expect(sectionOf(html, listed.vendor)).not.toContain(note);
    }
  });

  it("vendors that fail (Datagrid refusing the credentials, Stripe answering 500): their sections say so, the others are listed", async () => {
    log.length = 0;
    const response = await fetch(`${refusing.url}/connections`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(sectionOf(html, "datagrid")).toContain(
      `role="alert">Datagrid did not accept the request (HTTP 401): check the API key</p>`,
    );
    expect(sectionOf(html, "stripe")).toContain(
      `role="alert">Stripe did not accept the request (HTTP 500): Stripe failed; try again later</p>`,
    );
    for (const vendor of listing.filter((name) => name !== "datagrid" && name !== "stripe")) {
      expect(sectionOf(html, vendor)).toContain(
        offers(vendor, "delete") ? "<form " : "offers no way to disconnect from here",
      );
      expect(sectionOf(html, vendor)).not.toContain('role="alert"');
    }
    expect(log).toEqual([
      expect.stringMatching(/^listConnections datagrid failed: datagrid: 401/),
      expect.stringMatching(/^listConnections stripe failed: stripe: 500/),
    ]);
    expectNoCredential(html);
  });
});

describe("POST /connections/:vendor/disconnect", () => {
  it.each(removing)(
    "%s: disconnect() naming the connection as its delete operation does, then 303 back to the list with a confirmation",
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
      const input = deleteInput(vendor, connectionId) as Input;
      const sent = parse(requests[0]);
      expect(sent.request).toBe(requestTo(vendor, "delete", input.params.path));
      const slot = idSlot(vendor, "delete");
      if (slot?.in === "path")
        expect(sent.request).toMatch(new RegExp(`/${encodeURIComponent(connectionId)}$`));
      else expect(sent.body).toEqual(input.body);
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
      requestTo("chartbrew", "delete", { team_id: 42, connection_id: 188 }),
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
    expectNoCredential(html);
  });

  it("no connection named → 400; an unknown vendor, a GET or a huge form → no delete sent", async () => {
    requests.length = 0;
    const empty = await disconnect(app.url, "datagrid", "");
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain("Nothing to disconnect: the form named no connection");
    expect((await disconnect(app.url, "nope", "connection_id=1")).status).toBe(404);
    expect((await fetch(`${app.url}/connections/datagrid/disconnect`)).status).toBe(404);
    const huge = `connection_id=${"x".repeat(10_000)}`;
    expect((await disconnect(app.url, "datagrid", huge)).status).toBe(413);
    // (the 400 page lists the connections again: no delete among those calls)
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter(isDelete)).toEqual([]);
  });
});
