// The app through one connection's life, each vendor's answers from a connectionScenario
// (@patchbay/connect/testing) under MSW: what its pages show as the connection moves, is
// revoked, is removed, or as the vendor rate-limits a call. Prism cannot: its mocks keep no state.
import { registry } from "@patchbay/connect/registry";
import { mock as datagrid } from "@patchbay/datagrid/msw";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { connections } from "../src/connections.js";
import { mockCredentials } from "../src/mock-setup.js";
import {
  appScenario,
  onUnhandledRequest,
  type ScenarioApp,
  scenarioServer,
  startScenarioApp,
} from "./scenario-apps.js";

const server = scenarioServer();
let started: ScenarioApp;
const log: string[] = [];
beforeAll(async () => {
  server.listen({ onUnhandledRequest });
  started = await startScenarioApp({
    vendors: ["composio", "datagrid"],
    log: (line) => log.push(line),
  });
});
afterEach(() => {
  server.resetHandlers();
  started.requests.length = 0;
  log.length = 0;
});
afterAll(async () => {
  await started?.close();
  server.close();
});

const page = async (path: string) => (await fetch(`${started.app.url}${path}`)).text();
const post = (path: string, form?: string) =>
  fetch(`${started.app.url}${path}`, {
    method: "POST",
    redirect: "manual",
    ...(form !== undefined && {
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: form,
    }),
  });
const field = (html: string, name: string) =>
  new RegExp(`<dd data-field="${name}">([^<]*)</dd>`).exec(html)?.[1];
const sectionOf = (html: string, vendor: string) =>
  new RegExp(`<section data-vendor="${vendor}">([\\s\\S]*?)</section>`).exec(html)?.[1] ?? "";
const expectNoCredential = (html: string) => {
  for (const secret of [mockCredentials.apiKey, mockCredentials.password]) {
    expect(html).not.toContain(secret);
    expect(log.join("\n")).not.toContain(secret);
  }
};

const { label } = connections.composio;

describe("the app through a connection's life (connection scenarios, no Prism)", () => {
  it("the callback page shows pending, then connected when the user comes back to it", async () => {
    const scenario = appScenario("composio", {
      states: ["authorization_required", "pending", "connected"],
    });
    server.use(...scenario.handlers);
    const connect = await post("/connect/composio");
    expect(connect.status).toBe(303);
    expect(connect.headers.get("location")).toMatch(/^https:\/\//);

    const first = await page("/callback?vendor=composio");
    expect(field(first, "status")).toBe("pending");
    expect(field(first, "connection-id")).toBe(scenario.connectionId);
    expect(first).toContain(`${label} is waiting for Composio (pending)`);
    const again = await page("/callback?vendor=composio");
    expect(field(again, "status")).toBe("connected");
    expect(again).toContain(`<p class="notice success" role="status">${label} is connected</p>`);
    expect(scenario.reads).toBe(2);
    expectNoCredential(again);
  });

  it("Your connections lists it; Disconnect removes it, and the list no longer shows it", async () => {
    const scenario = appScenario("composio");
    server.use(...scenario.handlers, ...appScenario("datagrid").handlers);
    await post("/connect/composio");
    expect(field(await page("/callback?vendor=composio"), "status")).toBe("connected");

    const listed = sectionOf(await page("/connections"), "composio");
    expect(listed).toContain(`data-connection-id="${scenario.connectionId}"`);
    expect(listed).toContain('data-status="connected"');
    const removed = await post(
      "/connections/composio/disconnect",
      `connection_id=${scenario.connectionId}`,
    );
    expect(removed.status).toBe(303);
    expect(scenario.status).toBe("removed");
    const after = await page(removed.headers.get("location") ?? "");
    expect(after).toContain(`Disconnected: Composio connection ${scenario.connectionId}`);
    expect(sectionOf(after, "composio")).toContain("No connection.");
    expect(sectionOf(after, "composio")).not.toContain(scenario.connectionId);
  });

  it("a connection revoked after it was read: the callback and the list say disconnected", async () => {
    const scenario = appScenario("composio", {
      states: ["authorization_required", "connected"],
      revokedAfter: 1,
    });
    server.use(...scenario.handlers, ...appScenario("datagrid").handlers);
    await post("/connect/composio");
    expect(field(await page("/callback?vendor=composio"), "status")).toBe("connected");
    const revoked = await page("/callback?vendor=composio");
    expect(field(revoked, "status")).toBe("disconnected");
    expect(revoked).toContain(`${label} is not connected: Composio says disconnected`);
    expect(sectionOf(await page("/connections"), "composio")).toContain(
      'data-status="disconnected"',
    );
  });

  it("a 429 on the read-back is retried after Retry-After, and the page shows the connection", async () => {
    const scenario = appScenario("datagrid");
    // First in line: answered once, then the scenario answers.
    server.use(
      datagrid.GET(
        "/connections/{connection_id}",
        { rateLimited: { retryAfter: 0 } },
        { once: true },
      ),
      ...scenario.handlers,
    );
    await post("/connect/datagrid");
    const html = await page("/callback?vendor=datagrid");
    expect(field(html, "status")).toBe("connected");
    expect(field(html, "connection-id")).toBe(scenario.connectionId);
    const reads = `GET ${registry.datagrid.descriptor.defaultBaseUrl}/connections/${scenario.connectionId}`;
    expect(started.requests.filter((line) => line === reads)).toHaveLength(2);
    expect(scenario.reads).toBe(1);
    expect(log).toEqual([]);
  });

  it("a vendor rate-limiting for longer than the client waits: the page says when to try again", async () => {
    server.use(
      datagrid.GET("/connections/{connection_id}", { rateLimited: { retryAfter: 90 } }),
      ...appScenario("datagrid").handlers,
    );
    await post("/connect/datagrid");
    const html = await page("/callback?vendor=datagrid");
    expect(html).toContain("Datagrid did not accept the request (HTTP 429): try again in 90s");
    expect(field(html, "status")).toBe("unknown");
    expectNoCredential(html);
  });
});
