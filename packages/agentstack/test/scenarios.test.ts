// Agent Stack's metadata limits and its 201 answer, as its document states them, against the mock.
import { readFileSync } from "node:fs";
import { type MockServers, startMocks } from "@patchbay/mocks/start-mocks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { createClient } from "../src/index.js";

const document = parse(
  readFileSync(new URL("../../../specs/agentstack.yaml", import.meta.url), "utf8"),
);

let mocks: MockServers;
beforeAll(async () => {
  mocks = await startMocks({ vendors: ["agentstack"] });
});
afterAll(() => mocks?.close());

const client = () =>
  createClient({ baseUrl: mocks.urls.agentstack, username: "admin", password: "as-test-password" });
const createWith = (metadata: Record<string, string>) =>
  client().POST("/api/v1/connectors", { body: { url: "https://mcp.example.com/mcp", metadata } });
const violations = (response: Response): { code: string; location: string[] }[] =>
  JSON.parse(response.headers.get("sl-violations") ?? "[]");
const keys = (count: number) =>
  Object.fromEntries(Array.from({ length: count }, (_, index) => [`key${index}`, "value"]));

describe("Agent Stack: metadata limits (16 keys, 64-character keys, 512-character values)", () => {
  it("are in the document as JSON Schema, not only in prose", () => {
    expect(document.components.schemas.Metadata).toMatchObject({
      maxProperties: 16,
      propertyNames: { maxLength: 64 },
      additionalProperties: { type: "string", maxLength: 512 },
    });
  });

  it("accept metadata at every limit", async () => {
    const { error, response } = await createWith({
      ...keys(15),
      ["k".repeat(64)]: "v".repeat(512),
    });
    expect(error).toBeUndefined();
    expect(response.status).toBe(201);
    expect(violations(response)).toEqual([]);
  });

  it.each([
    ["17 keys", keys(17), "maxProperties"],
    ["a 65-character key", { ["k".repeat(65)]: "value" }, "propertyNames"],
    ["a 513-character value", { team: "v".repeat(513) }, "maxLength"],
  ])("refuse %s with a 422", async (_case, metadata, keyword) => {
    const { data, error, response } = await createWith(metadata);
    expect(response.status).toBe(422);
    expect(data).toBeUndefined();
    expect(error).toBeDefined();
    expect(
      violations(response).some(
        (violation) => violation.code === keyword && violation.location.includes("metadata"),
      ),
    ).toBe(true);
  });
});

describe("Agent Stack: registering a connector answers 201", () => {
  it("with the connector waiting for the end user's authorization", async () => {
    const { data, response } = await client().POST("/api/v1/connectors", {
      body: { url: "https://mcp.example.com/mcp", match_preset: true },
    });
    expect(response.status).toBe(201);
    expect(data?.state).toBe("auth_required");
    expect(data?.auth_request?.authorization_endpoint).toMatch(/^https:\/\//);
  });

  it("or connected at once, with no authorization request", async () => {
    const { data, response } = await client().POST("/api/v1/connectors", {
      body: { url: "https://mcp.example.com/mcp" },
      headers: { Prefer: "example=connected" },
    });
    expect(response.status).toBe(201);
    expect(data).toMatchObject({ state: "connected", auth_request: null, disconnect_reason: null });
  });
});
