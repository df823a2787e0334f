import { type MockServers, startMocks } from "@patchbay/mocks/start-mocks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "../src/index.js";

let mocks: MockServers;
beforeAll(async () => {
  mocks = await startMocks({ vendors: ["supermemory"] });
});
afterAll(() => mocks.close());

describe("@patchbay/supermemory against a Prism mock of specs/supermemory.yaml", () => {
  it("creates a Notion connection and returns the auth link", async () => {
    const client = createClient({ baseUrl: mocks.urls.supermemory, apiKey: "sm-test-key" });
    const { data, error, response } = await client.POST("/v3/connections/{provider}", {
      params: { path: { provider: "notion" } },
      body: { redirectUrl: "https://app.example.com/callback", containerTags: ["user_123"] },
    });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(typeof data?.id).toBe("string");
    expect(data?.authLink).toMatch(/^https:\/\//);
    expect(new URL(response.url).pathname).toBe("/v3/connections/notion");
  });

  it("rejects a body the document forbids (documentLimit above 10000) with the mock's 422", async () => {
    const client = createClient({ baseUrl: mocks.urls.supermemory, apiKey: "sm-test-key" });
    const { error, response } = await client.POST("/v3/connections/{provider}", {
      params: { path: { provider: "notion" } },
      body: { documentLimit: 10_001 },
    });
    expect(response.status).toBe(422);
    expect(error).toBeDefined();
  });
});
