// What Supermemory's document says in prose about creating a connection, checked against the mock.
import { readFileSync } from "node:fs";
import { type MockServers, startMocks } from "@patchbay/mocks/start-mocks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { createClient, type paths } from "../src/index.js";

type Provider = paths["/v3/connections/{provider}"]["post"]["parameters"]["path"]["provider"];
const document = parse(
  readFileSync(new URL("../../../specs/supermemory.yaml", import.meta.url), "utf8"),
);
const createOperation = document.paths["/v3/connections/{provider}"].post;
const providers: Provider[] = createOperation.parameters.find(
  (parameter: { name: string }) => parameter.name === "provider",
).schema.enum;

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

  it("a crawl without metadata.startUrl passes the schema: the rule is prose the mock cannot check", async () => {
    // No `if provider is web-crawler then startUrl` in the schema, so a crawl without one passes.
    const { response } = await client().POST("/v3/connections/{provider}", {
      params: { path: { provider: "web-crawler" } },
      body: { metadata: { source: "docs" } },
    });
    expect(response.status).toBe(200);
  });

  it("needs a body, if only {} (the published document makes the request body required)", async () => {
    const { error, response } = await client().POST("/v3/connections/{provider}", {
      params: { path: { provider: "web-crawler" } },
      body: {},
    });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    // @ts-expect-error the request body is required
    await client().POST("/v3/connections/{provider}", { params: { path: { provider: "notion" } } });
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
      body: {},
    });
    expect(response.status).toBe(422);
    expect(data).toBeUndefined();
    expect(JSON.stringify(error)).toContain("provider must be equal to one of the allowed values");
  });
});
