import { type MockServers, startMocks } from "@patchbay/mocks/start-mocks";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createClient } from "../src/index.js";

let mocks: MockServers;
beforeAll(async () => {
  mocks = await startMocks({ vendors: ["datagrid"] });
});
afterAll(() => mocks.close());
afterEach(() => vi.unstubAllEnvs());

describe("@patchbay/datagrid against a Prism mock of specs/datagrid.yaml", () => {
  it("creates a connection and returns the redirect URL", async () => {
    const client = createClient({ baseUrl: mocks.urls.datagrid, apiKey: "test-datagrid-key" });
    const { data, error, response } = await client.POST("/connections", {
      body: { connector_id: "google_drive" },
    });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data?.object).toBe("redirect_url");
    expect(data?.redirect_url).toMatch(/^https:\/\//);
  });

  it("surfaces the mock's 401 when no credentials are configured", async () => {
    // Unset before the client is made, so a developer's own key cannot answer for it; restored after.
    vi.stubEnv("DATAGRID_API_KEY", undefined);
    const client = createClient({ baseUrl: mocks.urls.datagrid, apiKey: undefined });
    const { data, response } = await client.POST("/connections", {
      body: { connector_id: "google_drive" },
    });
    expect(data).toBeUndefined();
    expect(response.status).toBe(401);
  });
});
