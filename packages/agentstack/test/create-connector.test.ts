import { type MockServers, startMocks } from "@patchbay/mocks/start-mocks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "../src/index.js";

let mocks: MockServers;
beforeAll(async () => {
  mocks = await startMocks({ vendors: ["agentstack"] });
});
afterAll(() => mocks.close());

describe("@patchbay/agentstack against a Prism mock of specs/agentstack.yaml", () => {
  it("registers a connector and answers 201 with its state", async () => {
    const client = createClient({
      baseUrl: mocks.urls.agentstack,
      username: "admin",
      password: "as-test-password",
    });
    const { data, error, response } = await client.POST("/api/v1/connectors", {
      body: { url: "https://mcp.example.com/mcp", metadata: { team: "growth" } },
    });
    expect(error).toBeUndefined();
    expect(response.status).toBe(201);
    expect(["created", "auth_required", "connected", "disconnected"]).toContain(data?.state);
    expect(data?.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("gets the mock's 422 for a connector URL that is not a URI", async () => {
    const client = createClient({
      baseUrl: mocks.urls.agentstack,
      username: "admin",
      password: "as-test-password",
    });
    const { error, response } = await client.POST("/api/v1/connectors", { body: { url: "" } });
    expect(response.status).toBe(422);
    expect(error).toBeDefined();
  });
});
