import { type MockServers, startMocks } from "@patchbay/mocks/start-mocks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "../src/index.js";

let mocks: MockServers;
beforeAll(async () => {
  mocks = await startMocks({ vendors: ["polytomic"] });
});
afterAll(() => mocks.close());

const body = { name: "Salesforce Connection", redirect_url: "https://app.example.com/done" };

/** A fetch that records the headers each request went out with. */
function recordingFetch() {
  const sent: Headers[] = [];
  const fetch: typeof globalThis.fetch = (input, init) => {
    const request = new Request(input, init);
    sent.push(request.headers);
    return globalThis.fetch(request);
  };
  return { sent, fetch };
}

describe("@patchbay/polytomic against a Prism mock of specs/polytomic.yaml", () => {
  it("starts a Connect session with an API key and the default version header", async () => {
    const { sent, fetch } = recordingFetch();
    const client = createClient({ baseUrl: mocks.urls.polytomic, apiKey: "pt-test-key", fetch });
    const { data, error } = await client.POST("/api/connections/connect", { body });
    expect(error).toBeUndefined();
    expect(data?.data?.redirect_url).toMatch(/^https:\/\//);
    expect(sent[0]?.get("x-polytomic-version")).toBe("2025-09-18");
    expect(sent[0]?.get("authorization")).toBe("Bearer pt-test-key");
  });

  it("takes a deployment key over Basic auth and an overridden version", async () => {
    const { sent, fetch } = recordingFetch();
    const client = createClient({
      baseUrl: mocks.urls.polytomic,
      username: "deploy",
      password: "pt-deploy-secret",
      version: "2024-02-08",
      fetch,
    });
    const { data, response } = await client.POST("/api/connections/connect", { body });
    expect(response.status).toBe(200);
    expect(data?.data?.token).toBeTypeOf("string");
    expect(sent[0]?.get("x-polytomic-version")).toBe("2024-02-08");
    expect(sent[0]?.get("authorization")).toBe(`Basic ${btoa("deploy:pt-deploy-secret")}`);
  });
});
