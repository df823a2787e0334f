import { type MockServers, startMocks } from "@patchbay/mocks/start-mocks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "../src/index.js";

let mocks: MockServers;
beforeAll(async () => {
  mocks = await startMocks({ vendors: ["chartbrew"] });
});
afterAll(() => mocks.close());

describe("@patchbay/chartbrew against a Prism mock of specs/chartbrew.json", () => {
  it("creates a Postgres connection for a team", async () => {
    const client = createClient({ baseUrl: mocks.urls.chartbrew, apiKey: "cb-test-token" });
    const { data, error, response } = await client.POST("/team/{team_id}/connections", {
      params: { path: { team_id: "42" } },
      body: {
        name: "Warehouse",
        type: "postgres",
        team_id: 42,
        host: "db.example.com",
        password: "cb-db-password",
      },
    });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(typeof data?.id).toBe("number");
    expect(new URL(response.url).pathname).toBe("/team/42/connections");
  });
});
