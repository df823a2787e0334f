// Each request sends what its own operation's `security` requires (issue 23, point 6): schemes
// required together are all sent, an operation whose security differs from the document's gets
// its own, `security: []` sends nothing, and a scheme the operation needs but the client was not
// given is named before anything is sent.
import { rejectionOf } from "@patchbay/test-support/rejection";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  ApiError,
  createVendorClient,
  PatchbayError,
  type VendorDescriptor,
} from "../src/index.js";
import { descriptor, type paths, type TestvendorOptions } from "./fixtures.js";
import { closeAll, elsewhere, hostile, redirecting } from "./hostile/servers.js";
import { reply } from "./server.js";

afterEach(async () => {
  vi.unstubAllEnvs();
  await closeAll();
});

const basic = {
  type: "basic",
  usernameOption: "username",
  passwordOption: "password",
  usernameEnv: "TESTVENDOR_USERNAME",
  passwordEnv: "TESTVENDOR_PASSWORD",
} as const;
const bearer = { type: "bearer", option: "apiKey", env: "TESTVENDOR_API_KEY" } as const;
const header = (name: string, option: string) =>
  ({
    type: "apiKey",
    in: "header",
    name,
    option,
    env: `TESTVENDOR_${option.toUpperCase()}`,
  }) as const;

/** Ampersand's shape: Basic first at the top level, one operation Bearer only, one without auth. */
const perOperation = {
  ...descriptor,
  auth: [basic, bearer],
  security: [[0], [1]],
  operationSecurity: { "POST /connections": [[1]], "DELETE /connections": [] },
} as const satisfies VendorDescriptor;

/** Plaid's shape: two API-key headers, required together by one requirement. */
const together = {
  ...descriptor,
  auth: [header("X-Client-Id", "clientId"), header("X-Secret", "secret")],
  security: [[0, 1]],
} as const satisfies VendorDescriptor;

type Options = TestvendorOptions & { clientId?: string; secret?: string };
const user = "ada";
const password = "pw_basic_0123456789";
const token = "tok_bearer_0123456789";
const basicValue = `Basic ${btoa(`${user}:${password}`)}`;

/** A client whose transport records each request's headers and URL and answers 200 `{}`. */
function recorded(vendor: VendorDescriptor, options: Options) {
  const sent: { url: string; headers: Headers }[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL) => {
    const request = input as Request;
    sent.push({ url: request.url, headers: new Headers(request.headers) });
    return new Response("{}", { headers: { "content-type": "application/json" } });
  });
  const client = createVendorClient<paths>(vendor, { fetch, ...options });
  return { client, sent, fetch };
}
const call = (client: ReturnType<typeof recorded>["client"], method: string) =>
  (client as unknown as Record<string, (url: string, init?: object) => Promise<unknown>>)[method]?.(
    "/connections",
    method === "POST" ? { body: { connector_id: "x" } } : {},
  );

describe("an operation whose own security differs from the document's", () => {
  it("gets its own: Basic for the document's operations, Bearer where only Bearer is required", async () => {
    const { client, sent } = recorded(perOperation, { username: user, password, apiKey: token });
    await client.GET("/connections");
    await client.POST("/connections", { body: { connector_id: "x" } });
    await call(client, "DELETE");
    expect(sent.map(({ headers }) => headers.get("authorization"))).toEqual([
      basicValue,
      `Bearer ${token}`,
      null,
    ]);
  });

  it("is found by client.request(method, path) too, in any case, and through withOptions", async () => {
    const { client, sent } = recorded(perOperation, { username: user, password, apiKey: token });
    const request = client.request as unknown as (m: string, p: string, i: object) => unknown;
    await request("post", "/connections", { body: { connector_id: "x" } });
    await request("GET", "/connections", {});
    await client
      .withOptions({ retry: false })
      .POST("/connections", { body: { connector_id: "x" } });
    expect(sent.map(({ headers }) => headers.get("authorization"))).toEqual([
      `Bearer ${token}`,
      basicValue,
      `Bearer ${token}`,
    ]);
  });

  it("keeps its own with a per-call fetch and with middleware registered", async () => {
    const { client, sent, fetch } = recorded(perOperation, {
      username: user,
      password,
      apiKey: token,
    });
    let perCall = 0;
    const transport: typeof globalThis.fetch = (input) => {
      perCall++;
      return fetch(input);
    };
    await client.POST("/connections", { body: { connector_id: "x" }, fetch: transport });
    client.use({ onRequest: ({ request }) => void request.headers.get("authorization") });
    await client.POST("/connections", { body: { connector_id: "x" } });
    await call(client, "DELETE");
    expect(perCall).toBe(1);
    expect(sent.map(({ headers }) => headers.get("authorization"))).toEqual([
      `Bearer ${token}`,
      `Bearer ${token}`,
      null,
    ]);
  });

  it("`security: []` sends no credential, so plain http to any host is no risk", async () => {
    const { client, sent } = recorded(perOperation, {
      baseUrl: "http://api.example.com",
      apiKey: token,
    });
    await call(client, "DELETE");
    expect(sent[0]?.url).toBe("http://api.example.com/connections");
    expect(sent[0]?.headers.get("authorization")).toBeNull();
  });

  it("a required scheme the client was not given is named, options and variables, nothing sent", async () => {
    const { client, fetch } = recorded(perOperation, { username: user, password });
    const error = await rejectionOf<PatchbayError>(
      client.POST("/connections", { body: { connector_id: "x" } }),
    );
    expect(error).toBeInstanceOf(PatchbayError);
    expect(error.message).toBe(
      "testvendor: POST /connections needs credentials this client was not given: pass apiKey (or set TESTVENDOR_API_KEY)",
    );
    expect(error).toMatchObject({ vendor: "testvendor", operation: "POST /connections" });
    expect(JSON.stringify(error)).not.toContain(password);
    expect(fetch).not.toHaveBeenCalled();
  });

  it("with no credential at all, requests go without auth as before (the server answers 401)", async () => {
    const { client, sent } = recorded(perOperation, {});
    await client.POST("/connections", { body: { connector_id: "x" } });
    await client.GET("/connections");
    expect(sent.map(({ headers }) => headers.get("authorization"))).toEqual([null, null]);
  });

  it("a credential the caller set in headers meets its scheme", async () => {
    const { client, sent } = recorded(perOperation, {
      username: user,
      password,
      headers: { authorization: "Bearer caller-set" },
    });
    await client.POST("/connections", { body: { connector_id: "x" } });
    expect(sent[0]?.headers.get("authorization")).toBe("Bearer caller-set");
  });
});

describe("schemes required together", () => {
  it("are all sent", async () => {
    const { client, sent } = recorded(together, { clientId: "client_1", secret: "sec_0123456789" });
    await client.GET("/connections");
    expect(sent[0]?.headers.get("x-client-id")).toBe("client_1");
    expect(sent[0]?.headers.get("x-secret")).toBe("sec_0123456789");
  });

  it("one of them missing is named with the rest of its requirement", async () => {
    const { client, fetch } = recorded(together, { clientId: "client_1" });
    const error = await rejectionOf<PatchbayError>(client.GET("/connections"));
    expect(error.message).toBe(
      "testvendor: GET /connections needs credentials this client was not given: pass clientId and secret (or set TESTVENDOR_CLIENTID and TESTVENDOR_SECRET)",
    );
    expect(fetch).not.toHaveBeenCalled();
  });

  it("one of them set by the caller in headers: the others are sent beside it", async () => {
    const { client, sent } = recorded(together, {
      clientId: "client_1",
      headers: { "X-Secret": "caller_secret" },
    });
    await client.GET("/connections");
    expect(sent[0]?.headers.get("x-client-id")).toBe("client_1");
    expect(sent[0]?.headers.get("x-secret")).toBe("caller_secret");
  });

  it("in the query, are all put there", async () => {
    const inQuery = {
      ...together,
      auth: together.auth.map((scheme) => ({ ...scheme, in: "query" as const })),
    } satisfies VendorDescriptor;
    const { client, sent } = recorded(inQuery, { clientId: "c1", secret: "s_0123456789" });
    await client.GET("/connections", { params: { query: { cursor: "2" } } });
    expect(sent[0]?.url).toBe(
      "https://api.testvendor.invalid/connections?cursor=2&X-Client-Id=c1&X-Secret=s_0123456789",
    );
  });

  it("a redirect to another origin carries none of them; one within the origin all of them", async () => {
    const other = await elsewhere();
    const origin = await hostile((res, attempt, request) =>
      attempt === 1
        ? redirecting(307, () => "/moved")(res, attempt, request)
        : redirecting(302, () => `${other.url}/landed`)(res, attempt, request),
    );
    const client = createVendorClient<paths>(together, {
      baseUrl: origin.url,
      clientId: "client_0123456789",
      secret: "secret_0123456789",
    } as Options);
    await client.GET("/connections");
    expect(
      origin.received.map(({ headers }) => [headers["x-client-id"], headers["x-secret"]]),
    ).toEqual([
      ["client_0123456789", "secret_0123456789"],
      ["client_0123456789", "secret_0123456789"],
    ]);
    expect(other.received).toHaveLength(1);
    expect(JSON.stringify(other.received[0])).not.toMatch(/client_0123456789|secret_0123456789/);
  });
});

describe("every configured scheme's credential, whichever a request sends", () => {
  it("is checked at createClient", () => {
    const options: Options = { username: user, password, apiKey: "a\nb" };
    expect(() => createVendorClient<paths>(perOperation, options)).toThrow(PatchbayError);
    expect(() => createVendorClient<paths>(perOperation, options)).toThrow(
      "testvendor: the apiKey value holds a character it cannot be sent with",
    );
  });

  it("is hidden in the errors of a request that sent another scheme", async () => {
    const unsent = "unsent_bearer_5f3a9c1e7b"; // no other client in the process holds it
    const server = await hostile((res) => reply(res, 401, { message: `bad key ${unsent}` }));
    const options: Options = { baseUrl: server.url, username: user, password, apiKey: unsent };
    const client = createVendorClient<paths>(perOperation, { ...options, throwOnError: true });
    const error = await rejectionOf<ApiError>(client.GET("/connections"));
    expect(server.received[0]?.headers.authorization).toBe(basicValue);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.body).toEqual({ message: "bad key [redacted]" });
    expect(JSON.stringify(error)).not.toContain(unsent);
  });
});

describe("the document's alternatives", () => {
  const optional = {
    ...descriptor,
    auth: [bearer],
    security: [[], [0]],
  } as const satisfies VendorDescriptor;

  it("an empty one makes auth optional: the credential is sent when given", async () => {
    const given = recorded(optional, { apiKey: token });
    await given.client.GET("/connections");
    const none = recorded(optional, {});
    await none.client.GET("/connections");
    expect(given.sent[0]?.headers.get("authorization")).toBe(`Bearer ${token}`);
    expect(none.sent[0]?.headers.get("authorization")).toBeNull();
  });

  it("without `security` (an older descriptor), each scheme is an alternative: the first given", async () => {
    const { client, sent } = recorded(descriptor, { username: user, password, apiKey: token });
    await client.GET("/connections");
    const basicOnly = recorded(descriptor, { username: user, password });
    await basicOnly.client.GET("/connections");
    expect(sent[0]?.headers.get("authorization")).toBe(`Bearer ${token}`);
    expect(basicOnly.sent[0]?.headers.get("authorization")).toBe(basicValue);
  });
});

describe("hasCredentials: whether the client's credentials meet the document's security", () => {
  it("is true for one requirement met whole, by options or environment variables", () => {
    expect(recorded(perOperation, { apiKey: token }).client.hasCredentials).toBe(true);
    expect(recorded(perOperation, { username: user, password }).client.hasCredentials).toBe(true);
    expect(recorded(together, { clientId: "c", secret: "s" }).client.hasCredentials).toBe(true);
    vi.stubEnv("TESTVENDOR_API_KEY", token);
    expect(recorded(perOperation, {}).client.hasCredentials).toBe(true);
    vi.unstubAllEnvs();
  });

  it("is false for none, or half of a requirement, and stays what it was in withOptions", () => {
    expect(recorded(perOperation, {}).client.hasCredentials).toBe(false);
    expect(recorded(perOperation, { username: user }).client.hasCredentials).toBe(false);
    const half = recorded(together, { clientId: "c" }).client;
    expect(half.hasCredentials).toBe(false);
    expect(half.withOptions({ timeoutMs: 1000 }).hasCredentials).toBe(false);
  });

  it("is true where the document needs none", () => {
    const open = { ...descriptor, auth: [bearer], security: [[]] } as const;
    expect(recorded(open, {}).client.hasCredentials).toBe(true);
  });
});
