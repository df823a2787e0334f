// @patchbay/runtime/msw: handlers made from a generated MockSpec, called through a real client
// (createVendorClient) against one MSW server for the whole file.
import { setupServer } from "msw/node";
import {
  afterAll,
  afterEach,
  beforeAll,
  describe,
  expect,
  expectTypeOf,
  it,
  onTestFinished,
  vi,
} from "vitest";
import {
  createVendorClient,
  RateLimitError,
  type RuntimeOptions,
  type VendorDescriptor,
} from "../src/index.js";
import { createMocks, type MockData, type MockSpec } from "../src/msw.js";

type NoParams = { query?: never; header?: never; path?: never; cookie?: never };
type WithPath<P> = { query?: never; header?: never; path: P; cookie?: never };
type Json<T> = { headers: { [name: string]: unknown }; content: { "application/json": T } };
type Media<M extends string, T> = {
  headers: { [name: string]: unknown };
  content: { [K in M]: T };
};
type NoContent = { headers: { [name: string]: unknown }; content?: never };
type Connection = { id: string; status: "pending" | "connected" };
type Problem = { error: string; message?: string };
type Unused = {
  put?: never;
  delete?: never;
  options?: never;
  head?: never;
  patch?: never;
  trace?: never;
};
type Op<R, P = NoParams, B = never> = {
  parameters: P;
  requestBody?: [B] extends [never] ? never : { content: { "application/json": B } };
  responses: R;
};

/** Shaped like openapi-typescript's output. */
interface paths {
  "/connections": {
    parameters: NoParams;
    get: Op<{ 200: Json<{ data: Connection[] }>; 401: Json<Problem> }>;
    post: Op<
      {
        201: Json<Connection>;
        202: Json<{ queued: true }>;
        422: Json<Problem>;
        429: Json<Problem>;
      },
      NoParams,
      { connector_id: string }
    >;
  } & Omit<Unused, never>;
  "/connections/search": {
    parameters: NoParams;
    get: Op<{ 200: Json<{ found: number }> }>;
  } & Unused;
  "/connections/{id}": {
    parameters: NoParams;
    get: Op<{ 200: Json<Connection>; 404: Json<Problem> }, WithPath<{ id: string }>>;
    post?: never;
  } & Omit<Unused, "delete"> & {
      delete: Op<{ 204: NoContent; default: Json<Problem> }, WithPath<{ id: string }>>;
    };
  "/files/{name}.txt": {
    parameters: NoParams;
    get: Op<{ 200: Media<"text/plain", string>; "4XX": Json<Problem> }, WithPath<{ name: string }>>;
  } & Unused;
  "/export": {
    parameters: NoParams;
    get: Op<{ 200: Media<"application/octet-stream", string> }>;
  } & Unused;
  "/form": {
    parameters: NoParams;
    post: Op<{ 200: Media<"application/x-www-form-urlencoded", { a: string; n: number }> }>;
  } & Unused;
  "/multipart": {
    parameters: NoParams;
    post: Op<{ 200: Media<"multipart/form-data", { note: string }> }>;
  } & Unused;
}

const connection: Connection = { id: "conn_example", status: "pending" };
const data: MockData = {
  bodies: [
    { data: [connection] },
    { error: "unauthorized" },
    connection,
    { queued: true },
    { error: "invalid", message: "connector_id is unknown" },
    { error: "rate_limited" },
    { found: 1 },
    { error: "not_found" },
    "hello, text",
    "binary bytes",
    { a: "x y", n: 2 },
    { note: "a note" },
  ],
  operations: [
    { method: "get", path: "/connections", success: 200, answers: json({ 200: 0, 401: 1 }) },
    {
      method: "post",
      path: "/connections",
      success: 201,
      answers: json({ 201: 2, 202: 3, 422: 4, 429: 5 }),
    },
    { method: "get", path: "/connections/search", success: 200, answers: json({ 200: 6 }) },
    { method: "get", path: "/connections/{id}", success: 200, answers: json({ 200: 2, 404: 7 }) },
    {
      method: "delete",
      path: "/connections/{id}",
      success: 204,
      answers: { "204": {}, default: { type: "application/json", body: 7 } },
    },
    {
      method: "get",
      path: "/files/{name}.txt",
      success: 200,
      answers: {
        "200": { type: "text/plain", body: 8 },
        "4XX": { type: "application/json", body: 7 },
      },
    },
    {
      method: "get",
      path: "/export",
      success: 200,
      answers: { "200": { type: "application/octet-stream", body: 9 } },
    },
    {
      method: "post",
      path: "/form",
      success: 200,
      answers: { "200": { type: "application/x-www-form-urlencoded", body: 10 } },
    },
    {
      method: "post",
      path: "/multipart",
      success: 200,
      answers: { "200": { type: "multipart/form-data", body: 11 } },
    },
  ],
};

function json(statuses: Record<number, number>) {
  return Object.fromEntries(
    Object.entries(statuses).map(([status, body]) => [status, { type: "application/json", body }]),
  );
}

const BASE = "https://api.mockvendor.invalid/v2";
const spec: MockSpec = { vendor: "mockvendor", data: JSON.stringify(data) };
const mock = createMocks<paths>(spec, { baseUrl: BASE });
const descriptor = {
  vendor: "mockvendor",
  envPrefix: "MOCKVENDOR",
  defaultBaseUrl: BASE,
  auth: [{ type: "bearer", option: "apiKey", env: "MOCKVENDOR_API_KEY" }],
  headers: [],
} as const satisfies VendorDescriptor;
const clientOf = (options: { baseUrl?: string } = {}) =>
  createVendorClient<paths>(descriptor, {
    apiKey: "sk_mock_secret",
    retry: { maxRetries: 2, baseDelayMs: 1, maxDelayMs: 5 },
    ...options,
  } as RuntimeOptions);

const server = setupServer(...mock.handlers());
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe("handlers()", () => {
  it("makes one handler per operation, each answering its default success", async () => {
    expect(mock.handlers()).toHaveLength(data.operations.length);
    const client = clientOf();
    const listed = await client.GET("/connections");
    expect(listed.response.status).toBe(200);
    expect(listed.data).toEqual({ data: [connection] });
    const created = await client.POST("/connections", { body: { connector_id: "drive" } });
    expect(created.response.status).toBe(201);
    expect(created.response.headers.get("content-type")).toBe("application/json");
    expect(created.data).toEqual(connection);
    const deleted = await client.DELETE("/connections/{id}", { params: { path: { id: "c1" } } });
    expect(deleted.response.status).toBe(204);
    expect(deleted.response.headers.get("content-type")).toBeNull();
  });

  it("answers a literal path before a template that also matches it", async () => {
    const client = clientOf();
    expect((await client.GET("/connections/search")).data).toEqual({ found: 1 });
    // an override of the template does not take the literal path either
    server.use(mock.GET("/connections/{id}", { error: 404 }));
    expect((await client.GET("/connections/search")).data).toEqual({ found: 1 });
    const byId = await client.GET("/connections/{id}", { params: { path: { id: "search2" } } });
    expect(byId.response.status).toBe(404);
  });

  it("matches the vendor's base URL only, with or without a trailing slash", async () => {
    // MSW prints the unhandled request too
    const printed = vi.spyOn(console, "error").mockImplementation(() => undefined);
    onTestFinished(() => printed.mockRestore());
    const other = clientOf({ baseUrl: "https://api.mockvendor.invalid/v3" });
    await expect(other.GET("/connections")).rejects.toThrow();
    const slash = await fetch(`${BASE}/connections/`);
    expect(slash.status).toBe(200);
  });

  it("matches another base URL where one is given", async () => {
    const local = "http://127.0.0.1:4010/api";
    server.use(...mock.handlers({ baseUrl: local }));
    const client = clientOf({ baseUrl: local });
    expect((await client.GET("/connections")).data).toEqual({ data: [connection] });
    expect(mock.handlers({ baseUrl: local }).map((handler) => handler.info.header)).toContain(
      "GET /^http:\\/\\/127\\.0\\.0\\.1:4010\\/api\\/connections\\/?$/",
    );
    // one override, on yet another base URL
    server.use(mock.GET("/connections", { body: { data: [] } }, { baseUrl: "http://localhost:9" }));
    const overridden = await clientOf({ baseUrl: "http://localhost:9" }).GET("/connections");
    expect(overridden.data).toEqual({ data: [] });
  });

  it("decodes path parameters and gives them to a resolver by the document's names", async () => {
    server.use(
      mock.GET("/connections/{id}", ({ params }) => ({
        body: { ...mock.answerOf("GET", "/connections/{id}"), id: params.id ?? "" },
      })),
      mock.GET("/files/{name}.txt", ({ params }) => ({ body: `file ${params.name}` })),
    );
    const client = clientOf();
    const { data: got } = await client.GET("/connections/{id}", {
      params: { path: { id: "a b/c" } },
    });
    expect(got).toEqual({ id: "a b/c", status: "pending" });
    const file = await client.GET("/files/{name}.txt", {
      params: { path: { name: "notes" } },
      parseAs: "text",
    });
    expect(file.data).toBe("file notes");
  });
});

describe("overrides", () => {
  it("answers another declared success with its default body, or the body given", async () => {
    server.use(mock.POST("/connections", { status: 202 }));
    const client = clientOf();
    const queued = await client.POST("/connections", { body: { connector_id: "x" } });
    expect(queued.response.status).toBe(202);
    expect(queued.data).toEqual({ queued: true });
    server.use(mock.POST("/connections", { body: { id: "c9", status: "connected" } }));
    const created = await client.POST("/connections", { body: { connector_id: "x" } });
    expect(created.response.status).toBe(201);
    expect(created.data).toEqual({ id: "c9", status: "connected" });
  });

  it("answers once, then the handlers before it", async () => {
    server.use(mock.GET("/connections", { body: { data: [] } }, { once: true }));
    const client = clientOf();
    expect((await client.GET("/connections")).data).toEqual({ data: [] });
    expect((await client.GET("/connections")).data).toEqual({ data: [connection] });
  });

  it("answers a documented error with the document's body, headers added", async () => {
    server.use(
      mock.POST("/connections", { error: 422, headers: { "x-request-id": "req_1" } }),
      mock.GET("/connections/{id}", { error: 404, body: { error: "gone" } }),
    );
    const client = clientOf();
    const refused = await client.POST("/connections", { body: { connector_id: "x" } });
    expect(refused.response.status).toBe(422);
    expect(refused.response.headers.get("x-request-id")).toBe("req_1");
    expect(refused.error).toEqual({ error: "invalid", message: "connector_id is unknown" });
    const missing = await client.GET("/connections/{id}", { params: { path: { id: "x" } } });
    expect(missing.error).toEqual({ error: "gone" });
  });

  it("answers an error a range or `default` declares with that body", async () => {
    server.use(
      mock.DELETE("/connections/{id}", { error: 409 }),
      mock.GET("/files/{name}.txt", { error: 403 }),
    );
    const client = clientOf();
    const deleted = await client.DELETE("/connections/{id}", { params: { path: { id: "c" } } });
    expect([deleted.response.status, deleted.error]).toEqual([409, { error: "not_found" }]);
    const file = await client.GET("/files/{name}.txt", { params: { path: { name: "n" } } });
    expect([file.response.status, file.error]).toEqual([403, { error: "not_found" }]);
  });

  it("a 429 with Retry-After is retried by the client after that wait", async () => {
    const seen: number[] = [];
    server.events.on("request:start", () => seen.push(performance.now()));
    server.use(mock.POST("/connections", { rateLimited: { retryAfter: "0.05" } }, { once: true }));
    const client = clientOf();
    const created = await client.POST("/connections", { body: { connector_id: "x" } });
    server.events.removeAllListeners();
    expect(created.response.status).toBe(201);
    expect(seen).toHaveLength(2);
    expect((seen[1] as number) - (seen[0] as number)).toBeGreaterThanOrEqual(45);
  });

  it("a 429 carries the documented body and the header; the error says when to retry", async () => {
    server.use(mock.POST("/connections", { rateLimited: { retryAfter: 120 } }));
    const client = createVendorClient<paths>(descriptor, {
      apiKey: "sk_mock_secret",
      throwOnError: true,
    } as never);
    const failure = await client
      .POST("/connections", { body: { connector_id: "x" } })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RateLimitError);
    expect((failure as RateLimitError).retryAfterMs).toBe(120_000);
    expect((failure as RateLimitError).body).toEqual({ error: "rate_limited" });
  });

  it("answers non-JSON media types with their content type", async () => {
    const client = clientOf();
    const text = await client.GET("/files/{name}.txt", {
      params: { path: { name: "a" } },
      parseAs: "text",
    });
    expect(text.response.headers.get("content-type")).toBe("text/plain");
    expect(text.data).toBe("hello, text");
    const bytes = await client.GET("/export", { parseAs: "arrayBuffer" });
    expect(bytes.response.headers.get("content-type")).toBe("application/octet-stream");
    expect(new TextDecoder().decode(bytes.data as unknown as ArrayBuffer)).toBe("binary bytes");
    const form = await client.POST("/form", { parseAs: "text" });
    expect(form.response.headers.get("content-type")).toBe("application/x-www-form-urlencoded");
    expect(form.data).toBe("a=x+y&n=2");
    const multipart = await fetch(`${BASE}/multipart`, { method: "POST" });
    expect(multipart.headers.get("content-type")).toMatch(/^multipart\/form-data; boundary=/);
    expect((await multipart.formData()).get("note")).toBe("a note");
    server.use(mock.GET("/export", { body: new Uint8Array([1, 2, 3]) }));
    // a static answer serves every request
    for (let round = 0; round < 2; round++) {
      const given = await client.GET("/export", { parseAs: "arrayBuffer" });
      expect([...new Uint8Array(given.data as unknown as ArrayBuffer)]).toEqual([1, 2, 3]);
    }
  });
});

describe("answerOf", () => {
  it("gives a fresh copy of the default body of a status", () => {
    const first = mock.answerOf("GET", "/connections");
    first.data.push({ id: "changed", status: "connected" });
    expect(mock.answerOf("GET", "/connections")).toEqual({ data: [connection] });
    expect(mock.answerOf("POST", "/connections", 422)).toEqual(data.bodies[4]);
    expect(mock.answerOf("DELETE", "/connections/{id}")).toBeUndefined();
    expectTypeOf(mock.answerOf("POST", "/connections")).toEqualTypeOf<Connection>();
    expectTypeOf(mock.answerOf("POST", "/connections", 202)).toEqualTypeOf<{ queued: true }>();
  });
});

describe("bad input from JavaScript", () => {
  const loose = mock as unknown as Record<string, (...args: unknown[]) => unknown>;
  it("names an unknown path or method", () => {
    expect(() => loose.GET?.("/nope")).toThrow(
      /mockvendor mocks: the document has no GET "\/nope" \(its GET paths: \/connections,/,
    );
    expect(() => loose.PUT?.("/connections")).toThrow(/it has no PUT operation/);
    expect(() => loose.answerOf?.("FETCH", "/connections")).toThrow(
      /"FETCH" is not a method an answer can be mocked for/,
    );
  });

  it("refuses a status that is not one, an error that is a success, a base URL that is not one", () => {
    expect(() => loose.GET?.("/connections", { status: 99 })).toThrow(
      /GET \/connections: status must be an HTTP status from 200 to 599, got 99/,
    );
    expect(() => loose.GET?.("/connections", { error: 200 })).toThrow(/error 200 is a success/);
    expect(() => loose.GET?.("/connections", { rateLimited: {} })).toThrow(/needs retryAfter/);
    expect(() => mock.handlers({ baseUrl: "api.example.com" })).toThrow(
      /baseUrl "api.example.com" is not an absolute URL/,
    );
  });
});

describe("an error from a resolver", () => {
  it("is MSW's 500 answer, naming it", async () => {
    // MSW prints the error too
    const printed = vi.spyOn(console, "error").mockImplementation(() => undefined);
    onTestFinished(() => printed.mockRestore());
    server.use(mock.GET("/connections", () => ({ error: 200 }) as never));
    const answer = await fetch(`${BASE}/connections`);
    expect(answer.status).toBe(500);
    expect(await answer.text()).toMatch(/error 200 is a success/);
  });
});

describe("a vendor without an absolute server", () => {
  it("matches any origin", async () => {
    const anywhere = createMocks<paths>(spec, { baseUrl: null });
    server.use(...anywhere.handlers());
    expect((await fetch("http://localhost:7/connections/search")).status).toBe(200);
    expect((await fetch("https://x.example/connections/search")).status).toBe(200);
  });
});

describe("typed overrides", () => {
  it("compile only with the operation's statuses and bodies", () => {
    // type-checked (tsc --noEmit), never called
    const typed = () => {
      mock.POST("/connections", { status: 201, body: { id: "c", status: "connected" } });
      mock.POST("/connections", { status: 202, body: { queued: true } });
      mock.POST("/connections", { error: 422, body: { error: "x" } });
      mock.POST("/connections", { rateLimited: { retryAfter: 1 }, body: { error: "slow" } });
      mock.DELETE("/connections/{id}", { error: 503, body: { error: "down" } });
      mock.GET("/files/{name}.txt", { body: "text" });
      mock.GET("/files/{name}.txt", { error: 418 });
      mock.GET("/connections", ({ request }) => ({
        body: { data: [] },
        headers: { u: request.url },
      }));
      // @ts-expect-error a body that does not match the response schema
      mock.POST("/connections", { body: { id: 1 } });
      // @ts-expect-error a body of another status
      mock.POST("/connections", { status: 202, body: { id: "c", status: "connected" } });
      // @ts-expect-error an undeclared success status
      mock.POST("/connections", { status: 200 });
      // @ts-expect-error an undeclared error status, where neither a range nor default is declared
      mock.POST("/connections", { error: 500 });
      // @ts-expect-error a status outside the enum
      mock.GET("/connections/{id}", { body: { id: "c", status: "gone" } });
      // @ts-expect-error the document has no PUT /connections
      mock.PUT("/connections");
      // @ts-expect-error no such path
      mock.GET("/nope");
      mock.GET("/files/{name}.txt", ({ params }) => {
        expectTypeOf(params).toEqualTypeOf<Record<"name", string>>();
        // @ts-expect-error the template has no parameter "id"
        return { body: params.id };
      });
      // @ts-expect-error a resolver's answer is typed too
      mock.GET("/connections", () => ({ body: { data: "no" } }));
    };
    expect(typed).toBeTypeOf("function");
  });
});
