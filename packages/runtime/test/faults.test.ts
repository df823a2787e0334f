// A vendor that misbehaves, played by a loopback node:http server: it closes the socket before or
// in the middle of the body, answers 200 with invalid JSON, 502 with an HTML page, 200 with a body
// the schema does not describe, sends its headers slowly, stalls in the body, or never answers.
// Each ends in a typed error (or, for what openapi-fetch owns, the documented behaviour below), no
// crash, no unhandled rejection, and a POST without an Idempotency-Key is sent exactly once.

import { rejectionOf } from "@patchbay/test-support/rejection";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import {
  ApiError,
  apiErrorFromResponse,
  createVendorClient,
  InvalidResponseError,
  NetworkError,
  TimeoutError,
} from "../src/index.js";
import { descriptor, fastRetry, type paths, type TestvendorOptions } from "./fixtures.js";
import { type Handler, reply, startServer, type TestServer } from "./server.js";

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeAll(() => {
  process.on("unhandledRejection", onUnhandled);
});
afterAll(() => {
  process.off("unhandledRejection", onUnhandled);
});

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  expect(unhandled).toEqual([]);
});

async function clientFor(handler: Handler, overrides: TestvendorOptions = {}) {
  server = await startServer(handler);
  const options: TestvendorOptions = {
    baseUrl: server.url,
    apiKey: "sk_faults_0123456789",
    retry: fastRetry,
    timeoutMs: 10_000,
    ...overrides,
  };
  return createVendorClient<paths>(descriptor, options);
}

const create = { body: { connector_id: "google_drive" } };
/** Waits long enough for a retry the runtime should not make to reach the server. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

describe("the socket closes", () => {
  const midBody: Handler = (res) => {
    res.writeHead(201, { "content-type": "application/json", "content-length": "200" });
    res.write('{"id":"c1","redirect_url":');
    setTimeout(() => res.socket?.destroy(), 10);
  };
  const beforeAnswering: Handler = (res) => res.socket?.destroy();

  it("in the middle of the body: a POST rejects with NetworkError after one attempt", async () => {
    const client = await clientFor(midBody);
    const error = await rejectionOf(client.POST("/connections", create));
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ name: "NetworkError", vendor: "testvendor", attempt: 1 });
    expect((error as Error).message).toMatch(
      /^testvendor: POST http:\/\/127\.0\.0\.1:\d+\/connections #1 failed reading the body: /,
    );
    await settle();
    expect(server?.attempts).toBe(1);
  });

  it("in the middle of the body of a GET: NetworkError too, not repeated (the answer had begun)", async () => {
    const client = await clientFor((res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "200" });
      res.write('{"items":[');
      setTimeout(() => res.socket?.destroy(), 10);
    });
    expect(await rejectionOf(client.GET("/connections"))).toBeInstanceOf(NetworkError);
    expect(server?.attempts).toBe(1);
  });

  it("before any answer: a POST is not repeated; a GET is, then NetworkError", async () => {
    const client = await clientFor(beforeAnswering);
    const post = await rejectionOf(client.POST("/connections", create));
    expect(post).toBeInstanceOf(NetworkError);
    expect(post).toMatchObject({ attempt: 1 });
    await settle();
    expect(server?.attempts).toBe(1);

    const get = await rejectionOf(client.GET("/connections"));
    expect(get).toMatchObject({ name: "NetworkError", attempt: 3 });
    expect(server?.attempts).toBe(4);
  });

  it("before any answer, with an Idempotency-Key: the POST may repeat, and succeeds", async () => {
    const client = await clientFor((res, attempt) =>
      attempt === 1 ? res.socket?.destroy() : reply(res, 201, { id: "c1", redirect_url: "u" }),
    );
    const { data } = await client
      .withOptions({ idempotencyKey: "idem-1" })
      .POST("/connections", create);
    expect(data).toEqual({ id: "c1", redirect_url: "u" });
    expect(server?.received.map((request) => request.headers["idempotency-key"])).toEqual([
      "idem-1",
      "idem-1",
    ]);
  });
});

describe("200 with invalid JSON (InvalidResponseError, not retried)", () => {
  const invalid: Handler = (res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end('{"id": "c1",,}');
  };

  it("rejects with InvalidResponseError (not openapi-fetch's SyntaxError), after one attempt", async () => {
    const client = await clientFor(invalid);
    const error = await rejectionOf(client.POST("/connections", create));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ status: 200, contentType: "application/json" });
    await settle();
    expect(server?.attempts).toBe(1);
  });

  it('parseAs: "text" reads the same answer as it is', async () => {
    const client = await clientFor(invalid);
    const { data, response } = await client.POST("/connections", {
      ...create,
      parseAs: "text",
    });
    expect(data).toBe('{"id": "c1",,}');
    expect(response.status).toBe(200);
  });
});

describe("502 with an HTML page", () => {
  const html = "<html><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>";
  const badGateway: Handler = (res) => {
    res.writeHead(502, "Bad Gateway", { "content-type": "text/html" });
    res.end(html);
  };

  it("a POST is sent once and returns { error: the page, response: 502 }, as openapi-fetch does", async () => {
    const client = await clientFor(badGateway);
    const { data, error, response } = await client.POST("/connections", create);
    expect(data).toBeUndefined();
    expect(error).toBe(html);
    expect(response.status).toBe(502);
    await settle();
    expect(server?.attempts).toBe(1);

    const apiError = apiErrorFromResponse("testvendor", response, error);
    expect(apiError).toBeInstanceOf(ApiError);
    expect(apiError).toMatchObject({ status: 502, retryable: true, code: undefined, body: html });
    expect(apiError.message).toBe("testvendor: 502 Bad Gateway");
  });

  it("a GET is retried up to maxRetries, then returns the last 502", async () => {
    const client = await clientFor(badGateway);
    const { error, response } = await client.GET("/connections");
    expect(response.status).toBe(502);
    expect(error).toBe(html);
    expect(server?.attempts).toBe(3);
  });
});

describe("200 whose body does not match the schema (documented: passed through as it is)", () => {
  it.each([
    ["another shape", { unexpected: [1, 2], id: 42 }],
    ["a JSON string", "created"],
    ["a JSON array", [{ id: "c1" }]],
    ["JSON null", null],
  ])("%s: `data` is exactly what was sent, after one attempt", async (_, body) => {
    const client = await clientFor((res) => {
      res.writeHead(201, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    });
    const { data, error } = await client.POST("/connections", create);
    expect(data).toEqual(body);
    expect(error).toBeUndefined();
    expect(server?.attempts).toBe(1);
  });
});

describe("headers sent slowly", () => {
  const headersAfter =
    (ms: number): Handler =>
    (res) => {
      const timer = setTimeout(() => reply(res, 201, { id: "c1", redirect_url: "u" }), ms);
      res.on("close", () => clearTimeout(timer));
    };

  it("within timeoutMs: the answer", async () => {
    const client = await clientFor(headersAfter(100), { timeoutMs: 10_000 });
    expect((await client.POST("/connections", create)).data).toEqual({
      id: "c1",
      redirect_url: "u",
    });
    expect(server?.attempts).toBe(1);
  });

  it("beyond timeoutMs: a POST rejects with TimeoutError after one attempt", async () => {
    const client = await clientFor(headersAfter(5000), { timeoutMs: 1000 });
    const error = await rejectionOf(client.POST("/connections", create));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ vendor: "testvendor", timeoutMs: 1000, attempt: 1 });
    await settle();
    expect(server?.attempts).toBe(1);
  });

  it("beyond timeoutMs: a GET is retried, then TimeoutError", async () => {
    const client = await clientFor(headersAfter(5000), { timeoutMs: 1000 });
    expect(await rejectionOf(client.GET("/connections"))).toMatchObject({
      name: "TimeoutError",
      attempt: 3,
    });
    expect(server?.attempts).toBe(3);
  });

  it("a body that trickles in within timeoutMs of the headers is read whole", async () => {
    const client = await clientFor(
      (res) => {
        res.writeHead(201, { "content-type": "application/json" });
        res.write('{"id":"c1",');
        setTimeout(() => res.end('"redirect_url":"u"}'), 100);
      },
      { timeoutMs: 10_000 },
    );
    expect((await client.POST("/connections", create)).data).toEqual({
      id: "c1",
      redirect_url: "u",
    });
  });
});

describe("never answers", () => {
  it("a POST rejects with TimeoutError after one attempt, and is not sent again", async () => {
    const client = await clientFor(() => {}, { timeoutMs: 1000 });
    const started = Date.now();
    const error = await rejectionOf(client.POST("/connections", create));
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toMatch(/#1 timed out after 1000ms$/);
    expect(Date.now() - started).toBeLessThan(10_000);
    await settle();
    expect(server?.attempts).toBe(1);
  });

  it("stops in the middle of the body: TimeoutError once timeoutMs has passed since the headers", async () => {
    const client = await clientFor(
      (res) => {
        res.writeHead(201, { "content-type": "application/json" });
        res.write('{"id":');
      },
      { timeoutMs: 1000 },
    );
    const error = await rejectionOf(client.POST("/connections", create));
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toMatch(/#1 timed out after 1000ms reading the body$/);
    await settle();
    expect(server?.attempts).toBe(1);
  });

  it("the caller's abort while the body stalls rejects with the caller's reason", async () => {
    const client = await clientFor(
      (res) => {
        res.writeHead(201, { "content-type": "application/json" });
        res.write('{"id":');
      },
      { timeoutMs: 5000 },
    );
    const controller = new AbortController();
    const pending = rejectionOf(
      client.POST("/connections", { ...create, signal: controller.signal }),
    );
    await vi.waitFor(() => expect(server?.attempts).toBe(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    controller.abort(new Error("caller gave up"));
    expect(await pending).toMatchObject({ message: "caller gave up" });
  });
});
