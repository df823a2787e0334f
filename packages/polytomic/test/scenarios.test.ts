// What Polytomic's document says about its version header and its two credentials, against the mock.
import { type MockServers, startMocks } from "@patchbay/mocks/start-mocks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, type PolytomicClientOptions } from "../src/index.js";

let mocks: MockServers;
beforeAll(async () => {
  mocks = await startMocks({ vendors: ["polytomic"] });
});
afterAll(() => mocks?.close());

const body = { name: "Salesforce Connection", redirect_url: "https://app.example.com/done" };
const path = "/api/connections/connect";

/** A client whose every request's headers are kept. */
function recordingClient(options: PolytomicClientOptions) {
  const sent: Headers[] = [];
  const client = createClient({
    baseUrl: mocks.urls.polytomic,
    retry: false,
    ...options,
    fetch: (input, init) => {
      const request = new Request(input, init);
      sent.push(request.headers);
      return fetch(request);
    },
  });
  return { client, sent };
}

describe("Polytomic: X-Polytomic-Version", () => {
  it("is sent on every request by default, with the document's version", async () => {
    const { client, sent } = recordingClient({ apiKey: "pt-key" });
    for (let call = 0; call < 2; call++) {
      const { response } = await client.POST(path, { body });
      expect(response.status).toBe(200);
    }
    expect(sent.map((headers) => headers.get("x-polytomic-version"))).toEqual([
      "2025-09-18",
      "2025-09-18",
    ]);
  });

  it("is overridden by the version option, and per call by the header parameter", async () => {
    const { client, sent } = recordingClient({ apiKey: "pt-key", version: "2024-02-08" });
    await client.POST(path, { body });
    await client.POST(path, { body, params: { header: { "X-Polytomic-Version": "2023-04-25" } } });
    expect(sent.map((headers) => headers.get("x-polytomic-version"))).toEqual([
      "2024-02-08",
      "2023-04-25",
    ]);
  });

  it("is required by the document: the mock refuses a request without it", async () => {
    const response = await fetch(`${mocks.urls.polytomic}${path}`, {
      method: "POST",
      headers: { authorization: "Bearer pt-key", "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(422);
    expect(response.headers.get("sl-violations")).toContain("x-polytomic-version");
    await response.body?.cancel();
  });
});

describe("Polytomic: Basic (deployment key) and Bearer (API key) are both accepted", () => {
  it.each([
    ["Bearer", { apiKey: "pt-api-key" }, "Bearer pt-api-key"],
    [
      "Basic",
      { username: "deploy", password: "pt-deploy-key" },
      `Basic ${btoa("deploy:pt-deploy-key")}`,
    ],
  ] as const)("%s", async (_scheme, credentials, authorization) => {
    const { client, sent } = recordingClient(credentials);
    const { data, error } = await client.POST(path, { body });
    expect(error).toBeUndefined();
    expect(data?.data?.redirect_url).toMatch(/^https:\/\//);
    expect(sent[0]?.get("authorization")).toBe(authorization);
  });

  it("answers any other scheme with its documented 401", async () => {
    const { client } = recordingClient({ headers: { Authorization: "Token pt-api-key" } });
    const { data, error, response } = await client.POST(path, { body });
    expect(response.status).toBe(401);
    expect(data).toBeUndefined();
    expect(error).toEqual({ status: "Unauthorized", error: "invalid API key", code: 401 });
  });
});
