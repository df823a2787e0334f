// What Supermemory's document says in prose about creating a connection, checked against the mock.
import { readFileSync } from "node:fs";
import { type MockServers, startMocks } from "@patchbay/scripts/mocks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { type components, createClient } from "../src/index.js";

const document = parse(
  readFileSync(new URL("../../../specs/supermemory.yaml", import.meta.url), "utf8"),
);
const providers: components["schemas"]["ConnectionProvider"][] =
  document.components.schemas.ConnectionProvider.enum;

let mocks: MockServers;
beforeAll(async () => {
  mocks = await startMocks({ vendors: ["supermemory"] });
});
afterAll(() => mocks?.close());
const client = () => createClient({ baseUrl: mocks.urls.supermemory, apiKey: "sm-test-key" });
const violations = (response: Response): { message: string }[] =>
  JSON.parse(response.headers.get("sl-violations") ?? "[]");

describe("Supermemory: web-crawler needs no OAuth", () => {
  it("creates a crawl from metadata.startUrl alone: no redirectUrl, no authLink, no expiry", async () => {
    const { data, error, response } = await client().POST("/v3/connections/{provider}", {
      params: { path: { provider: "web-crawler" } },
      body: { containerTag: "user_123", metadata: { startUrl: "https://docs.example.com" } },
      headers: { Prefer: "example=web-crawler" },
    });
    expect(error).toBeUndefined();
    expect(violations(response)).toEqual([]);
    expect(data).toMatchObject({ authLink: null, expiresIn: null });
    expect(data?.id).toMatch(/^conn_/);
  });

  it("documents startUrl in its web-crawler example; the rule itself is prose the mock cannot check", async () => {
    const example =
      document.paths["/v3/connections/{provider}"].post.requestBody.content["application/json"]
        .examples["web-crawler"].value;
    expect(example.metadata.startUrl).toMatch(/^https:\/\//);
    // No `if provider is web-crawler then startUrl` in the schema, so a crawl without one passes.
    const { response } = await client().POST("/v3/connections/{provider}", {
      params: { path: { provider: "web-crawler" } },
      body: { metadata: { source: "docs" } },
    });
    expect(response.status).toBe(200);
  });

  it("takes no body at all (the request body is optional)", async () => {
    const { error, response } = await client().POST("/v3/connections/{provider}", {
      params: { path: { provider: "web-crawler" } },
    });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
  });
});

describe("Supermemory: the provider enum", () => {
  it.each(providers)("accepts %s", async (provider) => {
    const { error, response } = await client().POST("/v3/connections/{provider}", {
      params: { path: { provider } },
      body: { redirectUrl: "https://app.example.com/callback" },
    });
    expect(error).toBeUndefined();
    expect(violations(response)).toEqual([]);
    expect(new URL(response.url).pathname).toBe(`/v3/connections/${provider}`);
  });

  it("refuses a provider outside it with a 422 naming the path parameter", async () => {
    const { data, error, response } = await client().POST("/v3/connections/{provider}", {
      params: { path: { provider: "dropbox" as never } },
    });
    expect(response.status).toBe(422);
    expect(data).toBeUndefined();
    expect(JSON.stringify(error)).toContain("provider must be equal to one of the allowed values");
  });
});
