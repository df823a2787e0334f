// The runtime under attack, part 1: credentials must go only to the origin they were configured
// for, whatever the scheme and the redirect; a body must survive redirects and retries; a per-call
// `fetch` replaces only the transport. Every server is a loopback node:http server.
import { rejectionOf } from "@patchbay/test-support/rejection";
import { afterEach, describe, expect, it } from "vitest";
import {
  createVendorClient,
  InsecureTransportError,
  NetworkError,
  PatchbayError,
  RedirectRefusedError,
  TimeoutError,
  type VendorDescriptor,
} from "../src/index.js";
import { descriptor, type paths, type TestvendorOptions } from "./fixtures.js";
import { closeAll, elsewhere, hostile, redirecting, shown } from "./hostile/servers.js";
import { reply } from "./server.js";

afterEach(closeAll);

const apiKeyIn = (place: "header" | "query" | "cookie"): VendorDescriptor => ({
  ...descriptor,
  auth: [{ type: "apiKey", in: place, name: "X-Api-Key", option: "apiKey", env: "NONE" }],
});
const schemes: [string, VendorDescriptor, TestvendorOptions][] = [
  ["an API-key header", apiKeyIn("header"), { apiKey: "key_header_0123456789" }],
  ["an API-key query parameter", apiKeyIn("query"), { apiKey: "key_query_0123456789" }],
  ["an API-key cookie", apiKeyIn("cookie"), { apiKey: "key_cookie_0123456789" }],
  ["a Bearer token", descriptor, { apiKey: "key_bearer_0123456789" }],
  ["a Basic pair", descriptor, { username: "ada", password: "key_basic_0123456789" }],
];
/** A client of `vendor`; the options are a generated package's (credentials included). */
const clientOf = (vendor: VendorDescriptor, options: TestvendorOptions) =>
  createVendorClient<paths>(vendor, options);
const secretOf = (options: TestvendorOptions) =>
  (options.apiKey ?? btoa(`ada:${options.password}`)) as string;

describe("a redirect to another origin carries no credential", () => {
  for (const status of [301, 302, 303, 307, 308]) {
    it.each(schemes)(`${status}, %s`, async (_, vendor, credentials) => {
      const other = await elsewhere();
      const origin = await hostile(redirecting(status, () => `${other.url}/landed`));
      // (a 307/308 re-sends the body: followed to another origin only when the client allows it)
      const client = clientOf(vendor, {
        baseUrl: origin.url,
        ...credentials,
        allowCrossOriginBodyRedirects: status > 303,
      });
      const { response } = await client.POST("/connections", {
        body: { connector_id: "x" },
        headers: { "x-trace": "kept" },
      });
      expect(response.status).toBe(200);
      const [landed] = other.received;
      expect(landed?.url).toBe("/landed");
      const seen = JSON.stringify(landed);
      expect(seen).not.toContain(secretOf(credentials));
      expect(landed?.headers["x-trace"]).toBe("kept");
      // the first hop did carry it
      expect(JSON.stringify(origin.received[0])).toContain(secretOf(credentials).slice(-10));
    });
  }

  it("nor an Authorization, Cookie or Proxy-Authorization header the caller set", async () => {
    const other = await elsewhere();
    const origin = await hostile(redirecting(302, () => `${other.url}/landed`));
    const client = clientOf(descriptor, {
      baseUrl: origin.url,
      headers: { cookie: "session=caller-set" },
    });
    await client.GET("/connections", {
      headers: { authorization: "Bearer caller-set", "proxy-authorization": "Basic caller-set" },
    });
    expect(origin.received[0]?.headers.authorization).toBe("Bearer caller-set");
    expect(JSON.stringify(other.received[0])).not.toContain("caller-set");
  });

  it("a redirect within the origin keeps the credential", async () => {
    const origin = await hostile((res, attempt, request) =>
      attempt === 1
        ? redirecting(307, () => "/moved")(res, attempt, request)
        : reply(res, 201, { id: "c1", redirect_url: "u" }),
    );
    const client = clientOf(apiKeyIn("header"), {
      baseUrl: origin.url,
      apiKey: "key_same_origin_01",
    });
    await client.POST("/connections", { body: { connector_id: "x" } });
    expect(origin.received.map((request) => request.headers["x-api-key"])).toEqual([
      "key_same_origin_01",
      "key_same_origin_01",
    ]);
  });

  it("https to plain http (not loopback) stops with InsecureTransportError", async () => {
    const urls: string[] = [];
    const fetch: typeof globalThis.fetch = async (input) => {
      urls.push((input as Request).url);
      return new Response(null, { status: 302, headers: { location: "http://api.example.com/x" } });
    };
    const client = clientOf(descriptor, {
      baseUrl: "https://api.example.com",
      fetch,
    });
    const error = await rejectionOf(client.GET("/connections"));
    expect(error).toBeInstanceOf(InsecureTransportError);
    expect(urls).toEqual(["https://api.example.com/connections"]);
  });
});

describe("a redirect that would carry the body to another origin", () => {
  // a body can hold secrets of its own: the runtime strips credential headers, not the body
  const body = { connector_id: "x", client_secret: "cs_body_secret_0123456789" };
  const key = "key_body_redirect_0123456789";

  it.each([307, 308])(
    "%i of a POST to another origin stops with RedirectRefusedError; nothing reaches that origin",
    async (status) => {
      const other = await elsewhere();
      const origin = await hostile(redirecting(status, () => `${other.url}/landed`));
      const client = clientOf(apiKeyIn("header"), { baseUrl: origin.url, apiKey: key });
      const outcome = await client
        .POST("/connections", { body: body as never })
        .catch((error: unknown) => error);
      // what the other origin received: nothing at all, above all not the body
      expect(other.received.map((request) => `${request.method} ${request.body}`)).toEqual([]);
      expect(outcome).toBeInstanceOf(RedirectRefusedError);
      expect(outcome).toBeInstanceOf(PatchbayError);
      const error = outcome as RedirectRefusedError;
      expect(error.message).toContain(`a ${status} redirect to ${other.url}`);
      expect(error).toMatchObject({ vendor: "testvendor", origin: other.url, status });
      expect(shown(error)).not.toContain(key);
      expect(shown(error)).not.toContain(body.client_secret);
      // the first origin got it once (a refused redirect is not retried)
      expect(origin.received.map((request) => request.body)).toEqual([JSON.stringify(body)]);
    },
  );

  it("a redirect through another origin back to the first is refused at the first hop out", async () => {
    const other = await elsewhere();
    const origin = await hostile((res, attempt, request) =>
      attempt === 1
        ? redirecting(307, () => `${other.url}/out`)(res, attempt, request)
        : reply(res, 201, { id: "c1", redirect_url: "u" }),
    );
    const client = clientOf(descriptor, { baseUrl: origin.url, apiKey: key });
    const error = await rejectionOf(client.PUT("/connections" as never, { body } as never));
    expect(error).toBeInstanceOf(RedirectRefusedError);
    expect(other.attempts).toBe(0);
    // a PUT is idempotent, but a refused redirect is not retried
    expect(origin.attempts).toBe(1);
  });

  it.each([301, 302])(
    "%i of a PUT (which keeps its method and body) to another origin is refused too",
    async (status) => {
      const other = await elsewhere();
      const origin = await hostile(redirecting(status, () => `${other.url}/landed`));
      const client = clientOf(descriptor, { baseUrl: origin.url, apiKey: key });
      const error = await rejectionOf(client.PUT("/connections" as never, { body } as never));
      expect(other.received.map((request) => `${request.method} ${request.body}`)).toEqual([]);
      expect(error).toMatchObject({ name: "RedirectRefusedError", status });
    },
  );

  it("a 307 without a body (GET) still follows to another origin, without the credential", async () => {
    const other = await elsewhere();
    const origin = await hostile(redirecting(307, () => `${other.url}/landed`));
    const client = clientOf(descriptor, { baseUrl: origin.url, apiKey: key });
    const { response } = await client.GET("/connections");
    expect(response.status).toBe(200);
    expect(other.received.map((request) => [request.method, request.url])).toEqual([
      ["GET", "/landed"],
    ]);
    expect(JSON.stringify(other.received)).not.toContain(key);
  });

  it.each([301, 302, 303])(
    "%i of a POST to another origin goes on as a GET without the body, as before",
    async (status) => {
      const other = await elsewhere();
      const origin = await hostile(redirecting(status, () => `${other.url}/landed`));
      const client = clientOf(descriptor, { baseUrl: origin.url, apiKey: key });
      const { response } = await client.POST("/connections", { body: body as never });
      expect(response.status).toBe(200);
      expect(other.received.map((request) => [request.method, request.body])).toEqual([
        ["GET", ""],
      ]);
    },
  );

  it.each([307, 308])(
    "%i with allowCrossOriginBodyRedirects: the body goes, the credential still does not",
    async (status) => {
      const other = await elsewhere();
      const origin = await hostile(redirecting(status, () => `${other.url}/landed`));
      const client = clientOf(apiKeyIn("header"), {
        baseUrl: origin.url,
        apiKey: key,
        allowCrossOriginBodyRedirects: true,
      });
      const { response } = await client.POST("/connections", { body: body as never });
      expect(response.status).toBe(200);
      expect(other.received.map((request) => [request.method, request.body])).toEqual([
        ["POST", JSON.stringify(body)],
      ]);
      expect(JSON.stringify(other.received[0]?.headers)).not.toContain(key);
    },
  );

  it('only allowCrossOriginBodyRedirects: true follows: "true" (a string) does not', async () => {
    const other = await elsewhere();
    const origin = await hostile(redirecting(307, () => `${other.url}/landed`));
    const client = clientOf(descriptor, {
      baseUrl: origin.url,
      allowCrossOriginBodyRedirects: "true" as never,
    });
    const error = await rejectionOf(client.POST("/connections", { body: body as never }));
    expect(error).toBeInstanceOf(RedirectRefusedError);
    expect(other.attempts).toBe(0);
  });
});

describe("a body survives redirects and retries", () => {
  const body = { connector_id: "résumé ✓" };
  const sent = JSON.stringify(body);

  it.each([307, 308])("%i re-sends the body to the new location", async (status) => {
    const origin = await hostile((res, attempt, request) =>
      attempt === 1
        ? redirecting(status, () => "/connections/")(res, attempt, request)
        : reply(res, 201, { id: "c1", redirect_url: "u" }),
    );
    const client = clientOf(descriptor, {
      baseUrl: origin.url,
      apiKey: "k_0123456789",
    });
    const { data } = await client.POST("/connections", { body });
    expect(data).toEqual({ id: "c1", redirect_url: "u" });
    expect(origin.received.map((request) => [request.method, request.url, request.body])).toEqual([
      ["POST", "/connections", sent],
      ["POST", "/connections/", sent],
    ]);
  });

  it("303 turns the POST into a GET without the body", async () => {
    const origin = await hostile((res, attempt, request) =>
      attempt === 1
        ? redirecting(303, () => "/done")(res, attempt, request)
        : reply(res, 200, { id: "c1", redirect_url: "u" }),
    );
    const client = clientOf(descriptor, { baseUrl: origin.url });
    await client.POST("/connections", { body });
    expect(origin.received[1]).toMatchObject({ method: "GET", url: "/done", body: "" });
  });

  it("a retry re-sends the body", async () => {
    const origin = await hostile((res, attempt) =>
      attempt === 1
        ? reply(res, 503, { error: "busy" })
        : reply(res, 201, { id: "c1", redirect_url: "u" }),
    );
    const client = clientOf(descriptor, {
      baseUrl: origin.url,
      retry: { baseDelayMs: 1 },
    });
    await client.POST("/connections", { body });
    expect(origin.received.map((request) => request.body)).toEqual([sent, sent]);
  });
});

describe("a per-call fetch replaces only the transport", () => {
  it("credentials, idempotency key, retries and redirects still apply", async () => {
    const seen: Request[] = [];
    const transport: typeof fetch = async (input) => {
      const request = input as Request;
      seen.push(request);
      return seen.length < 3
        ? new Response(null, { status: 503 })
        : Response.json({ id: "c1", redirect_url: "u" }, { status: 201 });
    };
    const client = clientOf(descriptor, {
      baseUrl: "https://api.testvendor.invalid",
      apiKey: "sk_per_call_0123",
      retry: { baseDelayMs: 1 },
    });
    const { data } = await client
      .withOptions({ idempotencyKey: "idem-9" })
      .POST("/connections", { body: { connector_id: "x" }, fetch: transport });
    expect(data).toEqual({ id: "c1", redirect_url: "u" });
    expect(seen.map((request) => request.headers.get("authorization"))).toEqual(
      Array(3).fill("Bearer sk_per_call_0123"),
    );
    expect(seen.every((request) => request.headers.get("idempotency-key") === "idem-9")).toBe(true);
  });

  it("and so does the timeout", async () => {
    const hang: typeof fetch = (input) =>
      new Promise((_, reject) =>
        (input as Request).signal.addEventListener("abort", () => reject(new Error("aborted"))),
      );
    const client = clientOf(descriptor, { timeoutMs: 50, retry: false });
    expect(await rejectionOf(client.GET("/connections", { fetch: hang }))).toBeInstanceOf(
      TimeoutError,
    );
  });
});

describe("inputs JavaScript can pass are refused before anything is sent", () => {
  it("a circular body, a non-string path parameter, an unknown option", async () => {
    const origin = await hostile((res) => reply(res, 200, {}));
    const client = clientOf(descriptor, { baseUrl: origin.url });
    const circular: Record<string, unknown> = { connector_id: "x" };
    circular.self = circular;
    const errors = [
      await rejectionOf(client.POST("/connections", { body: circular as never })),
      await rejectionOf(
        (client.GET as (path: string, init: object) => Promise<unknown>)("/connections/{id}", {
          params: { path: { id: [".."] } },
        }),
      ),
      (() => {
        try {
          clientOf(descriptor, { timeout: 5 } as never);
        } catch (error) {
          return error;
        }
      })(),
    ];
    for (const error of errors) expect(error).toBeInstanceOf(PatchbayError);
    expect(String(errors[0])).toMatch(/request body cannot be sent as JSON/);
    expect(String(errors[1])).toMatch(/path parameter "id" cannot be a value of type array/);
    expect(String(errors[2])).toMatch(/unknown option "timeout"/);
    expect(origin.attempts).toBe(0);
  });
});

describe("a per-call pathSerializer cannot get round the path-parameter guard", () => {
  type Loose = (path: string, init: object) => Promise<unknown>;
  const key = "key_path_serializer_0123456789";
  const serializers: [string, (url: string, params: Record<string, unknown>) => string][] = [
    ["drops the parameter", (url) => url.replace("/{id}", "")],
    ["returns ..", (url) => url.replace("{id}", "..")],
    ["returns another host (//evil.example/x)", () => "//evil.example/x"],
    ["returns another origin's URL", () => `${evil}/x`],
    // a benign one is refused too: the runtime cannot tell them apart (see client.ts)
    [
      "encodes the parameter itself (benign)",
      (url, params) => url.replace("{id}", encodeURIComponent(String(params.id))),
    ],
  ];
  let evil = "";

  it.each(serializers)("one that %s is refused before anything is sent", async (_, serializer) => {
    const origin = await hostile((res) => reply(res, 200, {}));
    const other = await elsewhere();
    evil = other.url;
    const client = clientOf(descriptor, { baseUrl: origin.url, apiKey: key });
    const init = { params: { path: { id: "c1" } }, pathSerializer: serializer };
    const outcomes = await Promise.all([
      (client.GET as Loose)("/connections/{id}", init).catch((error: unknown) => error),
      (client.request as unknown as (m: string, ...rest: Parameters<Loose>) => Promise<unknown>)(
        "delete",
        "/connections/{id}",
        init,
      ).catch((error: unknown) => error),
    ]);
    // what either side received: nothing
    expect(origin.received.map((request) => `${request.method} ${request.url}`)).toEqual([]);
    expect(other.received.map((request) => `${request.method} ${request.url}`)).toEqual([]);
    for (const error of outcomes) {
      expect(error).toBeInstanceOf(PatchbayError);
      expect((error as PatchbayError).message).toBe(
        "testvendor: a per-call pathSerializer is refused: it would bypass the check of path parameters",
      );
      expect(error).toMatchObject({ vendor: "testvendor", option: "pathSerializer" });
    }
  });
});

describe("redirects that are not followed", () => {
  it("more than 20, a browser's opaque redirect, redirect: error: NetworkError", async () => {
    const loop: typeof fetch = async () =>
      new Response(null, { status: 302, headers: { location: "/again" } });
    const opaque: typeof fetch = async () =>
      Object.defineProperty(new Response(null, { status: 200 }), "type", {
        value: "opaqueredirect",
      });
    const client = clientOf(descriptor, { apiKey: "sk_loop_0123456789", retry: false });
    const errors = [
      await rejectionOf(client.GET("/connections", { fetch: loop })),
      await rejectionOf(client.GET("/connections", { fetch: opaque })),
      await rejectionOf(client.GET("/connections", { fetch: loop, redirect: "error" })),
    ];
    expect(errors.map((error) => (error as Error).message.replace(/^.*failed: /, ""))).toEqual([
      "redirected 20 times",
      "redirected in a browser",
      'redirected against redirect: "error"',
    ]);
    for (const error of errors) expect(error).toBeInstanceOf(NetworkError);
  });

  it('redirect: "manual" returns the redirect as it is', async () => {
    const moved: typeof fetch = async () =>
      new Response(null, { status: 301, headers: { location: "https://elsewhere.example/" } });
    const client = clientOf(descriptor, { apiKey: "sk_manual_0123456789" });
    const { response } = await client.GET("/connections", { fetch: moved, redirect: "manual" });
    expect(response.status).toBe(301);
  });
});
