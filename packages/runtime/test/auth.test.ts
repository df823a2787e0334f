import { afterEach, describe, expect, it, vi } from "vitest";
import { createVendorClient, InsecureTransportError, type VendorDescriptor } from "../src/index.js";
import { descriptor, type paths, recordingFetch, type TestvendorOptions } from "./fixtures.js";
import { reply, startServer, type TestServer } from "./server.js";

let server: TestServer | undefined;
afterEach(async () => {
  vi.unstubAllEnvs();
  await server?.close();
  server = undefined;
});

/** Sends one GET through a client and returns what the server saw. */
async function sent(options: TestvendorOptions, vendor: VendorDescriptor = descriptor) {
  server = await startServer((res) => reply(res, 200, { items: [] }));
  const client = createVendorClient<paths>(vendor, { baseUrl: server.url, ...options });
  await client.GET("/connections");
  const [received] = server.received;
  if (!received) throw new Error("the server got no request");
  return received;
}

describe("credentials", () => {
  it("sends the apiKey option as Bearer", async () => {
    expect((await sent({ apiKey: "sk_option" })).headers.authorization).toBe("Bearer sk_option");
  });

  it("reads the environment variable named in the descriptor; the option wins", async () => {
    vi.stubEnv("TESTVENDOR_API_KEY", "sk_env");
    expect((await sent({})).headers.authorization).toBe("Bearer sk_env");
    await server?.close();
    expect((await sent({ apiKey: "sk_option" })).headers.authorization).toBe("Bearer sk_option");
  });

  it("falls back to the first scheme whose credentials are all present (Basic)", async () => {
    const basic = `Basic ${Buffer.from("ada:pässword").toString("base64")}`;
    expect((await sent({ username: "ada", password: "pässword" })).headers.authorization).toBe(
      basic,
    );
    await server?.close();
    vi.stubEnv("TESTVENDOR_USERNAME", "ada");
    expect((await sent({})).headers.authorization).toBeUndefined(); // password missing
    await server?.close();
    vi.stubEnv("TESTVENDOR_PASSWORD", "pässword");
    expect((await sent({})).headers.authorization).toBe(basic);
  });

  it("sends no auth without credentials and says so at debug level", async () => {
    const debug = vi.fn();
    expect((await sent({ logger: { debug } })).headers.authorization).toBeUndefined();
    expect(debug.mock.calls[0]?.[0]).toContain("no credentials");
  });

  it("places apiKey schemes in a header, the query or a cookie", async () => {
    const apiKey = (place: "header" | "query" | "cookie"): VendorDescriptor => ({
      ...descriptor,
      auth: [
        {
          type: "apiKey",
          in: place,
          name: "X-Api-Key",
          option: "apiKey",
          env: "TESTVENDOR_API_KEY",
        },
      ],
    });
    expect((await sent({ apiKey: "k1" }, apiKey("header"))).headers["x-api-key"]).toBe("k1");
    await server?.close();
    expect((await sent({ apiKey: "k 2" }, apiKey("query"))).url).toBe("/connections?X-Api-Key=k+2");
    await server?.close();
    expect((await sent({ apiKey: "k3" }, apiKey("cookie"))).headers.cookie).toBe("X-Api-Key=k3");
  });

  it("injects credentials beneath openapi-fetch: middleware never sees them", async () => {
    server = await startServer((res) => reply(res, 200, { items: [] }));
    const options: TestvendorOptions = { baseUrl: server.url, apiKey: "sk_hidden" };
    const client = createVendorClient<paths>(descriptor, options);
    const seen: (string | null)[] = [];
    client.use({
      onRequest: ({ request }) => void seen.push(request.headers.get("authorization")),
    });
    await client.GET("/connections");
    expect(seen).toEqual([null]);
    expect(server.received[0]?.headers.authorization).toBe("Bearer sk_hidden");
  });
});

describe("base URL and vendor headers", () => {
  it("resolves baseUrl: option > <PREFIX>_BASE_URL > default", async () => {
    const urls: string[] = [];
    const fetch = recordingFetch(urls);
    await createVendorClient<paths>(descriptor, { fetch }).GET("/connections");
    vi.stubEnv("TESTVENDOR_BASE_URL", "https://env.testvendor.invalid/v2");
    await createVendorClient<paths>(descriptor, { fetch }).GET("/connections");
    await createVendorClient<paths>(descriptor, { fetch, baseUrl: "https://option.invalid" }).GET(
      "/connections",
    );
    expect(urls).toEqual([
      "https://api.testvendor.invalid/connections",
      "https://env.testvendor.invalid/v2/connections",
      "https://option.invalid/connections",
    ]);
  });

  it("resolves vendor headers: option > env > headers option > default", async () => {
    expect((await sent({})).headers["x-testvendor-version"]).toBe("2025-09-18");
    await server?.close();
    expect(
      (await sent({ headers: { "x-testvendor-version": "h", "x-extra": "1" } })).headers,
    ).toMatchObject({
      "x-testvendor-version": "h",
      "x-extra": "1",
    });
    await server?.close();
    vi.stubEnv("TESTVENDOR_VERSION", "env");
    expect(
      (await sent({ headers: { "x-testvendor-version": "h" } })).headers["x-testvendor-version"],
    ).toBe("env");
    await server?.close();
    expect((await sent({ version: "option" })).headers["x-testvendor-version"]).toBe("option");
  });
});

describe("transport safety", () => {
  const ok = vi.fn(recordingFetch());
  const client = (options: TestvendorOptions) =>
    createVendorClient<paths>(descriptor, { fetch: ok, ...options });
  afterEach(() => ok.mockClear());

  it("refuses to send credentials to plain http on a non-loopback host", async () => {
    const error = await client({ baseUrl: "http://api.example.com", apiKey: "sk_x" })
      .GET("/connections")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InsecureTransportError);
    expect(error).toMatchObject({ origin: "http://api.example.com" });
    expect(ok).not.toHaveBeenCalled();
  });

  it.each([
    ["http://127.0.0.1:8080", { apiKey: "sk_x" }],
    ["http://127.8.9.10", { apiKey: "sk_x" }],
    ["http://localhost:4010", { apiKey: "sk_x" }],
    ["http://[::1]:4010", { apiKey: "sk_x" }],
    ["https://api.example.com", { apiKey: "sk_x" }],
    ["http://api.example.com", { apiKey: "sk_x", allowInsecureHttp: true }],
    ["http://api.example.com", {}],
  ] as [string, TestvendorOptions][])("allows %s with %o", async (baseUrl, options) => {
    await client({ baseUrl, ...options }).GET("/connections");
    expect(ok).toHaveBeenCalledOnce();
  });

  it("checks the URL of each request, not only the base URL", async () => {
    await expect(
      client({ apiKey: "sk_x" }).GET("/connections", { baseUrl: "http://evil.example" }),
    ).rejects.toBeInstanceOf(InsecureTransportError);
    expect(ok).not.toHaveBeenCalled();
  });
});
