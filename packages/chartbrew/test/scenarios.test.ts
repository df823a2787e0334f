// Chartbrew's team_id (in the path and in the body) and its 403, as its document (with patchbay's overlay) states them.
import { type MockServers, startMocks } from "@patchbay/mocks/start-mocks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "../src/index.js";

let mocks: MockServers;
beforeAll(async () => {
  mocks = await startMocks({ vendors: ["chartbrew"] });
});
afterAll(() => mocks?.close());

const client = () =>
  createClient({ baseUrl: mocks.urls.chartbrew, apiKey: "cb-test-token", retry: false });
const path = "/team/{team_id}/connections";
const violations = (response: Response): { message: string }[] =>
  JSON.parse(response.headers.get("sl-violations") ?? "[]");

describe("Chartbrew: team_id goes in the path and in the body", () => {
  it("puts the path's team_id (a string) in the URL and sends the body's (an integer) as is", async () => {
    let sentBody: unknown;
    const { data, response } = await createClient({
      baseUrl: mocks.urls.chartbrew,
      apiKey: "cb-test-token",
      fetch: async (input, init) => {
        const request = new Request(input, init);
        sentBody = await request.clone().json();
        return fetch(request);
      },
    }).POST(path, {
      params: { path: { team_id: "42" } },
      body: { name: "Orders API", type: "api", team_id: 42 },
    });
    expect(response.status).toBe(200);
    expect(new URL(response.url).pathname).toBe("/team/42/connections");
    expect(sentBody).toMatchObject({ team_id: 42 });
    expect(data?.team_id).toBe(42);
  });

  it("needs the body's team_id too: without it the mock answers the documented 400", async () => {
    const { data, error, response } = await client().POST(path, {
      params: { path: { team_id: "42" } },
      body: { name: "Orders API", type: "api" } as never,
    });
    expect(response.status).toBe(400);
    expect(data).toBeUndefined();
    // Prism answers with the documented 400's first example, whatever the violation
    expect(error).toEqual({
      code: "SOURCE_DISABLED",
      sourceId: "postgres",
      message: "PostgreSQL is disabled on this server.",
    });
    expect(violations(response).map((violation) => violation.message)).toContain(
      "Request body must have required property 'team_id'",
    );
  });

  it("lets the path win over a different body team_id: that rule is prose, so the mock accepts both", async () => {
    const { response } = await client().POST(path, {
      params: { path: { team_id: "42" } },
      body: { name: "Orders API", type: "api", team_id: 7 },
    });
    expect(response.status).toBe(200);
    expect(new URL(response.url).pathname).toBe("/team/42/connections");
  });
});

describe("Chartbrew: 403 when the token may not create connections in the team", () => {
  it("comes back as the typed error body, not data", async () => {
    const { data, error, response } = await client().POST(path, {
      params: { path: { team_id: "42" } },
      body: { name: "Orders API", type: "api", team_id: 42 },
      headers: { Prefer: "code=403" },
    });
    expect(response.status).toBe(403);
    expect(data).toBeUndefined();
    // The error type: Chartbrew's Error object, or text (the token check's 401).
    const message: string | undefined = typeof error === "string" ? error : error?.message;
    expect(message).toBe("Access denied");
  });
});
