// The runtime under attack, part 2: bounded by size and by idleness, not just by time. A
// decompression bomb, a body over the limit, a slow but live body, a stalled one, an unread one,
// a deeply nested error body, a 30-day Retry-After. Every server is a loopback node:http server.
import { rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { run } from "@patchbay/common/run";
import { rejectionOf } from "@patchbay/test-support/rejection";
import { afterEach, describe, expect, it } from "vitest";
import {
  ApiError,
  BadRequestError,
  createVendorClient,
  ResponseTooLargeError,
  TimeoutError,
} from "../src/index.js";
import { descriptor, type paths, type TestvendorOptions } from "./fixtures.js";
import { closeAll, hostile } from "./hostile/servers.js";
import { reply } from "./server.js";

afterEach(closeAll);

const clientOf = (baseUrl: string, overrides: TestvendorOptions = {}) => {
  const options: TestvendorOptions = { baseUrl, apiKey: "sk_limits_0123456789", ...overrides };
  return createVendorClient<paths>(descriptor, options);
};

describe("size", () => {
  it("a gzip bomb (20 MiB of zeros in ~20 KiB) fails with ResponseTooLargeError at 10 MiB", async () => {
    const bomb = gzipSync(Buffer.alloc(20 * 2 ** 20));
    const server = await hostile((res) => {
      res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
      res.end(bomb);
    });
    const before = process.memoryUsage().rss;
    const error = await rejectionOf(clientOf(server.url).GET("/connections"));
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).toMatchObject({ maxResponseBytes: 10_485_760 });
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 2 ** 20);
  });

  it("a body over the limit fails; Infinity lifts the limit", async () => {
    const big = JSON.stringify({ items: ["x".repeat(3000)] });
    const server = await hostile((res) => reply(res, 200, JSON.parse(big)));
    const small = clientOf(server.url, { maxResponseBytes: 1000 });
    expect(await rejectionOf(small.GET("/connections"))).toBeInstanceOf(ResponseTooLargeError);
    const { data } = await clientOf(server.url, { maxResponseBytes: Infinity }).GET("/connections");
    expect(data?.items[0]).toHaveLength(3000);
  });

  it("a chunked body over the limit of withOptions fails, also read as a stream", async () => {
    const server = await hostile((res) => {
      res.writeHead(200, { "content-type": "application/json" });
      for (let i = 0; i < 10; i++) res.write("x".repeat(500));
      res.end();
    });
    const client = clientOf(server.url).withOptions({ maxResponseBytes: 2000 });
    expect(await rejectionOf(client.GET("/connections", { parseAs: "text" }))).toBeInstanceOf(
      ResponseTooLargeError,
    );
    const { data } = await client.GET("/connections", { parseAs: "stream" });
    expect(
      await rejectionOf(new Response(data as unknown as ReadableStream).text()),
    ).toBeInstanceOf(ResponseTooLargeError);
  });
});

describe("idleness", () => {
  it("a slow but live body (a chunk every 250 ms for 1.5 s) completes with timeoutMs 1000", async () => {
    const server = await hostile((res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"items":[');
      let sent = 0;
      const timer = setInterval(() => {
        sent++;
        if (sent < 6) res.write(`"c${sent}",`);
        else {
          clearInterval(timer);
          res.end('"end"]}');
        }
      }, 250);
      res.on("close", () => clearInterval(timer));
    });
    const { data } = await clientOf(server.url, { timeoutMs: 1000 }).GET("/connections");
    expect(data?.items).toEqual(["c1", "c2", "c3", "c4", "c5", "end"]);
  });

  it("a body that stalls for timeoutMs fails with TimeoutError", async () => {
    const server = await hostile((res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"items":[');
    });
    const error = await rejectionOf(clientOf(server.url, { timeoutMs: 300 }).GET("/connections"));
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toMatch(/reading the body$/);
  });

  it("a body the caller never reads does not keep the process alive", async () => {
    const server = await hostile((res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ items: ["a"] }));
    });
    const script = join(tmpdir(), `patchbay-unread-${process.pid}.mts`);
    const runtime = new URL("../src/index.ts", import.meta.url).pathname;
    const fixtures = new URL("./fixtures.ts", import.meta.url).pathname;
    writeFileSync(
      script,
      `import { createVendorClient } from ${JSON.stringify(runtime)};
import { descriptor } from ${JSON.stringify(fixtures)};
const client = createVendorClient(descriptor, { baseUrl: ${JSON.stringify(server.url)}, timeoutMs: 60000 });
const { response } = await client.GET("/connections", { parseAs: "stream" });
console.log("status", response.status);
`,
    );
    const tsx = new URL("../../../node_modules/.bin/tsx", import.meta.url).pathname;
    const result = await run(tsx, [script], { killAfterMs: 20_000 }).finally(() =>
      rmSync(script, { force: true }),
    );
    expect(result.stdout, result.stderr).toContain("status 200");
    expect(result.timedOut).toBe(false);
    expect(result.elapsedMs).toBeLessThan(15_000);
  });
});

describe("hostile error bodies and timers", () => {
  it("a 400 body nested 100,000 levels deep is a typed ApiError, never a RangeError", async () => {
    const deep = `${'{"error":'.repeat(100_000)}"x"${"}".repeat(100_000)}`;
    const server = await hostile((res) => {
      res.writeHead(400, { "content-type": "application/json" });
      res.end(deep);
    });
    const client = clientOf(server.url, { throwOnError: true });
    const error = await rejectionOf(
      client.POST("/connections", { body: { connector_id: "x", password: "pw_0123" } as never }),
    );
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toBeInstanceOf(ApiError);
    expect(JSON.stringify(error)).toContain('"status":400');
  });

  it("a 30-day Retry-After with maxRetryAfterMs: Infinity waits (clamped), not 1 ms", async () => {
    const server = await hostile((res) => reply(res, 503, {}, { "retry-after": `${30 * 86_400}` }));
    const controller = new AbortController();
    const client = clientOf(server.url, { retry: { maxRetryAfterMs: Infinity } });
    const pending = rejectionOf(client.GET("/connections", { signal: controller.signal }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(server.attempts).toBe(1);
    controller.abort(new Error("enough"));
    expect(await pending).toMatchObject({ message: "enough" });
  });
});
