import { describe, expect, it } from "vitest";
import type { ConnectRaw, VendorName } from "../src/index.js";
import { readConnectionStart } from "../src/mapping.js";
import { registry } from "../src/registry.generated.js";

// Each vendor's declared create mapping (its sidecar's `connections.start`), case by case,
// through the one function that applies it (the mock tests cover the documents' own examples).
const context = { receivedAt: new Date("2025-11-07T05:00:00.000Z") };
const mappingOf = <V extends VendorName>(vendor: V) => ({
  toConnectionStart: (
    raw: ConnectRaw[V] | Record<string, unknown>,
    { receivedAt }: typeof context,
  ) => readConnectionStart(registry[vendor].start, raw, receivedAt),
});
const agentstack = mappingOf("agentstack");
const chartbrew = mappingOf("chartbrew");
const datagrid = mappingOf("datagrid");
const polytomic = mappingOf("polytomic");
const supermemory = mappingOf("supermemory");

describe("datagrid", () => {
  it("sends the user to redirect_url; no id until the flow completes", () => {
    const raw: ConnectRaw["datagrid"] = {
      object: "redirect_url",
      redirect_url: "https://accounts.example.com/o",
    };
    expect(datagrid.toConnectionStart(raw, context)).toEqual({
      connectionId: null,
      status: "authorization_required",
      authorizationUrl: "https://accounts.example.com/o",
      expiresAt: null,
    });
  });
});

describe("supermemory", () => {
  it("maps id, authLink and expiresIn", () => {
    const raw: ConnectRaw["supermemory"] = {
      id: "conn_1",
      authLink: "https://api.notion.com/v1/oauth/authorize?x=1",
      expiresIn: "1 hour",
    };
    expect(supermemory.toConnectionStart(raw, context)).toEqual({
      connectionId: "conn_1",
      status: "authorization_required",
      authorizationUrl: "https://api.notion.com/v1/oauth/authorize?x=1",
      expiresAt: "2025-11-07T06:00:00.000Z",
    });
  });

  it("is connected when authLink is null (web-crawler)", () => {
    const raw: ConnectRaw["supermemory"] = { id: "conn_2", authLink: null, expiresIn: null };
    expect(supermemory.toConnectionStart(raw, context)).toEqual({
      connectionId: "conn_2",
      status: "connected",
      authorizationUrl: null,
      expiresAt: null,
    });
  });

  it("leaves expiresAt null for a lifetime it cannot read (raw keeps it)", () => {
    const raw: ConnectRaw["supermemory"] = {
      id: "c",
      authLink: "https://x.example.com",
      expiresIn: "soon",
    };
    expect(supermemory.toConnectionStart(raw, context).expiresAt).toBeNull();
  });
});

describe("polytomic", () => {
  it("sends the user to data.redirect_url; the token is not a connection id", () => {
    const raw: ConnectRaw["polytomic"] = {
      data: { redirect_url: "https://app.polytomic.com/connect?token=t", token: "t" },
    };
    expect(polytomic.toConnectionStart(raw, context)).toEqual({
      connectionId: null,
      status: "authorization_required",
      authorizationUrl: "https://app.polytomic.com/connect?token=t",
      expiresAt: null,
    });
  });

  it("is pending without a redirect URL", () => {
    expect(polytomic.toConnectionStart({}, context)).toMatchObject({
      status: "pending",
      authorizationUrl: null,
    });
  });
});

describe("agentstack", () => {
  const connector = (
    state: ConnectRaw["agentstack"]["state"],
    auth_request: ConnectRaw["agentstack"]["auth_request"] = null,
  ): ConnectRaw["agentstack"] => ({
    id: "0b7e4c2a-9f13-4d58-a6e1-3c8d2f5b7a90",
    url: "https://mcp.example.com/mcp",
    state,
    auth_request,
    disconnect_reason: state === "disconnected" ? "token revoked" : null,
    metadata: {},
    created_at: "2025-11-07T05:31:56Z",
    updated_at: "2025-11-07T05:31:57Z",
    created_by: "5d2a9e71-3c4b-4f86-b0d1-8e6f7a2c9b13",
  });

  it("auth_required → authorization_required at auth_request.authorization_endpoint", () => {
    const raw = connector("auth_required", {
      authorization_endpoint: "https://auth.example.com/a",
      type: "code",
    });
    expect(agentstack.toConnectionStart(raw, context)).toEqual({
      connectionId: "0b7e4c2a-9f13-4d58-a6e1-3c8d2f5b7a90",
      status: "authorization_required",
      authorizationUrl: "https://auth.example.com/a",
      expiresAt: null,
    });
  });

  it.each([
    ["connected", "connected"],
    ["created", "pending"],
    ["disconnected", "disconnected"],
  ] as const)("%s → %s, with no authorization URL", (state, status) => {
    expect(agentstack.toConnectionStart(connector(state), context)).toMatchObject({
      status,
      authorizationUrl: null,
    });
  });

  it("reads a state it does not know as pending", () => {
    const raw = {
      ...connector("created"),
      state: "migrating",
    } as unknown as ConnectRaw["agentstack"];
    expect(agentstack.toConnectionStart(raw, context).status).toBe("pending");
  });
});

describe("chartbrew", () => {
  it("is connected at once; the numeric id becomes a string", () => {
    expect(chartbrew.toConnectionStart({ id: 187, name: "Production Postgres" }, context)).toEqual({
      connectionId: "187",
      status: "connected",
      authorizationUrl: null,
      expiresAt: null,
    });
  });

  it("has a null id when the answer has none", () => {
    expect(chartbrew.toConnectionStart({ name: "x" }, context).connectionId).toBeNull();
  });
});
