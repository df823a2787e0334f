import {
  ConfigurationError,
  ConnectError,
  InsecureTransportError,
  NetworkError,
  TimeoutError,
} from "@patchbay/connect";
import { describe, expect, it } from "vitest";
import { renderConnectionsPage } from "../src/connections-page.js";
import { friendlyMessage } from "../src/friendly-error.js";
import { escapeHtml, renderCallbackPage, renderSettingsPage } from "../src/pages.js";

const datagrid = { vendorName: "Datagrid", credential: "API key" };
const secret = "dg_live_0123456789abcdef";
const connectError = (status: number, extra: Record<string, unknown> = {}) =>
  new ConnectError(`datagrid: ${status} (Bearer ${secret})`, {
    vendor: "datagrid",
    status,
    body: { message: `token ${secret} rejected` },
    ...extra,
  });

describe("friendlyMessage: what the page says, from the error's kind and status only", () => {
  const cases: [error: unknown, message: string][] = [
    [connectError(401), "Datagrid did not accept the request (HTTP 401): check the API key"],
    [
      connectError(403),
      "Datagrid did not accept the request (HTTP 403): the API key was accepted but may not do this; use one with permission to create connections",
    ],
    [
      connectError(429, { retryAfterMs: 12_000 }),
      "Datagrid did not accept the request (HTTP 429): try again in 12s",
    ],
    [connectError(503), "Datagrid did not accept the request (HTTP 503): try again later"],
    [
      connectError(500),
      "Datagrid did not accept the request (HTTP 500): Datagrid failed; try again later",
    ],
    [
      connectError(422),
      "Datagrid did not accept the request (HTTP 422): fix the params or body named above",
    ],
    [new ConfigurationError("datagrid is not configured"), "Datagrid is not set up on this server"],
    [new TimeoutError("timed out"), "Datagrid could not be reached: try again later"],
    [new NetworkError("failed"), "Datagrid could not be reached: try again later"],
    [
      new InsecureTransportError("plain http"),
      "Datagrid is configured with a plain-http address; the server will not send the API key over it",
    ],
    [new Error(`boom ${secret}`), "Datagrid: the connection could not be started"],
  ];
  it.each(cases.map(([error, message]) => ({ error, message })))(
    "$message",
    ({ error, message }) => {
      expect(friendlyMessage(datagrid, error)).toBe(message);
      expect(message).not.toContain(secret);
    },
  );
});

describe("pages", () => {
  it("escapes every value", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;",
    );
    const html = renderCallbackPage({
      label: "Notion",
      vendorName: "Supermemory",
      connection: {
        status: "returned",
        connectionId: "<script>alert(1)</script>",
        name: `<img src=x onerror="alert(2)">`,
      },
      error: null,
    });
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    const list = renderConnectionsPage({
      vendors: [
        {
          vendor: "datagrid",
          vendorName: "Datagrid",
          canDisconnect: true,
          connections: [
            {
              connectionId: `"><script>alert(3)</script>`,
              name: "<b>Drive</b>",
              status: "connected",
              createdAt: null,
            },
          ],
        },
      ],
      maxPages: 5,
    });
    expect(list).not.toContain("<script>");
    expect(list).not.toContain("<b>");
    expect(list).toContain(`value="&quot;&gt;&lt;script&gt;alert(3)&lt;/script&gt;"`);
  });

  it("the callback page says what the connection read back is", () => {
    const page = (status: string, extra = {}) =>
      renderCallbackPage({
        label: "Notion",
        vendorName: "Supermemory",
        connection: { status, connectionId: "conn_1", name: "ada@example.com" },
        error: null,
        ...extra,
      });
    expect(page("connected")).toContain(
      `<p class="notice success" role="status">Notion is connected</p>`,
    );
    expect(page("connected")).toContain(`<dd data-field="name">ada@example.com</dd>`);
    expect(page("connected")).toContain(`<dd data-field="read-by">-</dd>`);
    expect(page("connected", { readBy: "completeConnection" })).toContain(
      `<dd data-field="read-by">completeConnection</dd>`,
    );
    expect(page("authorization_required")).toContain(
      "Notion is waiting for Supermemory (authorization_required)",
    );
    expect(page("disconnected")).toContain(
      "Notion is not connected: Supermemory says disconnected",
    );
    const failed = page("unknown", {
      readFailure: "Supermemory could not be reached: try again later",
    });
    expect(failed).toContain(`role="alert">Supermemory could not be reached: try again later</p>`);
    expect(failed).toContain(`<dd data-field="status">unknown</dd>`);
  });

  it("lists each vendor's connections with a Disconnect form, and says when a list failed", () => {
    const html = renderConnectionsPage({
      vendors: [
        {
          vendor: "chartbrew",
          vendorName: "Chartbrew",
          canDisconnect: true,
          connections: [
            {
              connectionId: "187",
              name: "Production Postgres",
              status: "connected",
              createdAt: null,
            },
            { connectionId: null, name: null, status: "pending", createdAt: null },
          ],
        },
        {
          vendor: "datagrid",
          vendorName: "Datagrid",
          canDisconnect: true,
          connections: null,
          failure: "Datagrid did not accept the request (HTTP 401): check the API key",
        },
        { vendor: "polytomic", vendorName: "Polytomic", canDisconnect: false, connections: [] },
      ],
      maxPages: 5,
    });
    expect(html).not.toContain("offers no way to disconnect");
    expect(html).toContain(
      `<form method="post" action="/connections/chartbrew/disconnect"><input type="hidden" name="connection_id" value="187"><button type="submit" class="danger" aria-label="Disconnect Production Postgres">Disconnect</button></form>`,
    );
    // A connection without an id cannot be named to the vendor: no button.
    expect(html.match(/<form/g)).toHaveLength(1);
    expect(html).toContain(
      `role="alert">Datagrid did not accept the request (HTTP 401): check the API key</p>`,
    );
    expect(html).toContain("No connection.");
  });

  it("says where a vendor cannot disconnect, and where its list has more pages than were read", () => {
    const html = renderConnectionsPage({
      vendors: [
        {
          vendor: "datagrid",
          vendorName: "Datagrid",
          canDisconnect: false,
          truncated: true,
          connections: [
            { connectionId: "c1", name: "Drive", status: "connected", createdAt: null },
          ],
        },
      ],
      maxPages: 3,
    });
    expect(html).not.toContain("<form");
    expect(html).toContain(
      "Datagrid offers no way to disconnect from here: remove a connection at Datagrid.",
    );
    expect(html).toContain("Datagrid has more: the first 3 pages are shown.");
  });

  it("lists one Connect button per vendor, and what would add the others", () => {
    const html = renderSettingsPage({
      vendors: [{ vendor: "supermemory", label: "Notion", vendorName: "Supermemory" }],
      unconfigured: [{ vendorName: "Datagrid", missing: "DATAGRID_API_KEY" }],
      target: "the live APIs",
    });
    expect(html).toContain(
      `<form method="post" action="/connect/supermemory"><button type="submit">Connect Notion</button></form>`,
    );
    expect(html).toContain("Datagrid: not configured (set DATAGRID_API_KEY)");
  });
});
