import { describe, expect, it } from "vitest";
import { apiErrorFromResponse, NetworkError, retryAfterMs, TimeoutError } from "../src/index.js";
import { fastRetry } from "./fixtures.js";
import { create, created, failThenCreate, serverAndClient } from "./retry-setup.js";
import { type Handler, reply } from "./server.js";

const { server, setup } = serverAndClient();

describe("429 and 503", () => {
  it("waits for retry-after-ms", async () => {
    const client = await setup(failThenCreate(1, 429, { "retry-after-ms": "120" }));
    const started = Date.now();
    const { data } = await client.POST("/connections", create);
    expect(data).toEqual(created);
    expect(server().attempts).toBe(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(115);
  });

  it("waits for Retry-After in delta-seconds", async () => {
    const client = await setup(failThenCreate(1, 429, { "retry-after": "0.15" }));
    const started = Date.now();
    expect((await client.POST("/connections", create)).data).toEqual(created);
    expect(server().attempts).toBe(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(145);
  });

  it("waits for Retry-After as an HTTP-date", async () => {
    const at = new Date(Date.now() + 1000).toUTCString(); // whole seconds: a wait of 0–1 s
    const client = await setup(failThenCreate(1, 429, { "retry-after": at }));
    const started = Date.now();
    expect((await client.POST("/connections", create)).data).toEqual(created);
    expect(server().attempts).toBe(2);
    expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(at) - 5);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it.each([["soon"], ["-5"], [new Date(Date.now() - 60_000).toUTCString()]])(
    "falls back to backoff for Retry-After %s",
    async (value) => {
      const client = await setup(failThenCreate(2, 429, { "retry-after": value }));
      const started = Date.now();
      expect((await client.POST("/connections", create)).data).toEqual(created);
      expect(server().attempts).toBe(3);
      expect(Date.now() - started).toBeLessThan(2000);
    },
  );

  it("returns a wait above the cap at once, carrying retryAfterMs", async () => {
    const client = await setup(
      failThenCreate(1, 429, { "retry-after": "120", "x-request-id": "req_1" }),
    );
    const started = Date.now();
    const { data, error, response } = await client.POST("/connections", create);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(server().attempts).toBe(1);
    expect(data).toBeUndefined();
    expect(error).toEqual({ error: "rate_limit_exceeded" });
    expect(retryAfterMs(response.headers)).toBe(120_000);
    const apiError = apiErrorFromResponse("datagrid", response, error);
    expect(apiError).toMatchObject({
      status: 429,
      code: "rate_limit_exceeded",
      retryAfterMs: 120_000,
      requestId: "req_1",
    });
    expect(apiError.message).toBe(
      "datagrid: 429 Too Many Requests (rate_limit_exceeded) — retry after 120s",
    );
  });

  it("applies a smaller cap from the options", async () => {
    const client = await setup(failThenCreate(1, 429, { "retry-after-ms": "200" }), {
      retry: { ...fastRetry, maxRetryAfterMs: 100 },
    });
    const { response } = await client.POST("/connections", create);
    expect(response.status).toBe(429);
    expect(server().attempts).toBe(1);
  });

  it("retries a POST on 503 without an Idempotency-Key and gives up after 2 retries", async () => {
    const client = await setup(failThenCreate(5, 503));
    const { error, response } = await client.POST("/connections", create);
    expect(server().attempts).toBe(3);
    expect(response.status).toBe(503);
    expect(error).toEqual({ error: "rate_limit_exceeded" });
  });

  it("sends the same body on every attempt", async () => {
    const client = await setup(failThenCreate(2, 503));
    await client.POST("/connections", create);
    expect(server().received.map((r) => r.body)).toEqual(
      Array(3).fill(JSON.stringify(create.body)),
    );
    expect(server().received.every((r) => r.headers.authorization === "Bearer sk_test")).toBe(true);
  });
});

describe("408, other 5xx and network failures", () => {
  it("does not repeat a POST without an Idempotency-Key (1 attempt)", async () => {
    const client = await setup(failThenCreate(5, 500));
    const { response } = await client.POST("/connections", create);
    expect(response.status).toBe(500);
    expect(server().attempts).toBe(1);
  });

  it("repeats a POST with idempotencyKey (3 attempts, same key)", async () => {
    const client = await setup(failThenCreate(5, 500));
    const { response } = await client
      .withOptions({ idempotencyKey: "key-1" })
      .POST("/connections", create);
    expect(response.status).toBe(500);
    expect(server().attempts).toBe(3);
    expect(server().received.map((r) => r.headers["idempotency-key"])).toEqual([
      "key-1",
      "key-1",
      "key-1",
    ]);
  });

  it("repeats a POST whose Idempotency-Key comes from params.header", async () => {
    const client = await setup(failThenCreate(2, 502));
    const { data } = await client.POST("/connections", {
      ...create,
      params: { header: { "Idempotency-Key": "k2" } },
    });
    expect(data).toEqual(created);
    expect(server().attempts).toBe(3);
  });

  it("repeats a GET on 500 and 408", async () => {
    const statuses = [500, 408];
    const client = await setup((res, attempt) =>
      reply(res, statuses[attempt - 1] ?? 200, { items: [] }),
    );
    expect((await client.GET("/connections")).response.status).toBe(200);
    expect(server().attempts).toBe(3);
  });

  it("does not repeat 404 or 501", async () => {
    for (const status of [404, 501]) {
      const client = await setup((res) => reply(res, status, { error: "nope" }));
      expect((await client.GET("/connections")).response.status).toBe(status);
      expect(server().attempts).toBe(1);
      await server().close();
    }
  });

  it("throws a NetworkError after a connection reset on a POST (1 attempt)", async () => {
    const client = await setup((res) => res.socket?.resetAndDestroy());
    const error = await client.POST("/connections", create).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ name: "NetworkError", vendor: "testvendor", attempt: 1 });
    expect(server().attempts).toBe(1);
  });

  it("repeats a GET after connection resets and succeeds", async () => {
    const client = await setup((res, attempt) =>
      attempt < 3 ? res.socket?.resetAndDestroy() : reply(res, 200, { items: ["a"] }),
    );
    expect((await client.GET("/connections")).data).toEqual({ items: ["a"] });
    expect(server().attempts).toBe(3);
  });
});

describe("retry options", () => {
  it("retry: false turns retries off", async () => {
    const client = await setup(failThenCreate(5, 429), { retry: false });
    expect((await client.POST("/connections", create)).response.status).toBe(429);
    expect(server().attempts).toBe(1);
  });

  it("withOptions overrides per request and merges with the client's policy", async () => {
    const client = await setup(failThenCreate(5, 503));
    await client.withOptions({ retry: false }).POST("/connections", create);
    expect(server().attempts).toBe(1);
    await client.withOptions({ retry: { maxRetries: 1 } }).POST("/connections", create);
    expect(server().attempts).toBe(3);
    const off = await setup(failThenCreate(5, 503), { retry: false });
    await off.withOptions({ retry: { maxRetries: 3, ...fastRetry } }).POST("/connections", create);
    expect(server().attempts).toBe(4);
  });

  it("backs off exponentially with jitter, capped", async () => {
    const client = await setup(failThenCreate(5, 503), {
      retry: { baseDelayMs: 40, maxDelayMs: 60 },
    });
    const started = Date.now();
    await client.POST("/connections", create);
    // 40 then min(80, 60), each less up to 25 % jitter: 75–100 ms in all
    expect(Date.now() - started).toBeGreaterThanOrEqual(70);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe("timeouts", () => {
  const slow: Handler = (res) => {
    const timer = setTimeout(() => reply(res, 201, created), 10_000);
    res.on("close", () => clearTimeout(timer));
  };

  it("throws a TimeoutError for a slow POST (1 attempt)", async () => {
    // Timeouts long enough for the request to reach the server on a loaded machine.
    const client = await setup(slow, { timeoutMs: 2000 });
    const started = Date.now();
    const error = await client.POST("/connections", create).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ name: "TimeoutError", timeoutMs: 2000, attempt: 1 });
    // the timeout ended it, not the answer (due at 10 s)
    expect(Date.now() - started).toBeLessThan(9000);
    expect(server().attempts).toBe(1);
  });

  it("gives each attempt of a GET a fresh timeout", async () => {
    const client = await setup(
      (res, attempt, request) =>
        attempt < 3 ? slow(res, attempt, request) : reply(res, 200, { items: [] }),
      {
        timeoutMs: 2000,
      },
    );
    expect((await client.GET("/connections")).response.status).toBe(200);
    expect(server().attempts).toBe(3);
  });

  it("per-request timeoutMs wins", async () => {
    const client = await setup(slow, { timeoutMs: 5000, retry: false });
    const error = await client
      .withOptions({ timeoutMs: 30 })
      .GET("/connections")
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "TimeoutError", timeoutMs: 30 });
  });
});
