// nodeTransport's compressed answers and stalled bodies: Accept-Encoding sent, the answer decoded
// with node:zlib, its decoded size bounded by the client's maxResponseBytes; a body that stalls
// after the headers (buffered or streamed, plain or compressed) fails with TimeoutError.

import { brotliCompressSync, createGzip, deflateSync, gzipSync } from "node:zlib";
import { rejectionOf } from "@patchbay/test-support/rejection";
import { describe, expect, it } from "vitest";
import { ResponseTooLargeError, TimeoutError } from "../src/index.js";
import { nodeTransport } from "../src/node-transport.js";
import { serverAndClient } from "./retry-setup.js";

const { server, setup } = serverAndClient();
const items = { items: Array.from({ length: 200 }, (_, index) => ({ id: `c${index}` })) };
const json = JSON.stringify(items);

const compressed = (coding: string, bytes: Uint8Array) =>
  coding === "gzip"
    ? gzipSync(bytes)
    : coding === "br"
      ? brotliCompressSync(bytes)
      : deflateSync(bytes);

describe("nodeTransport: compressed answers", () => {
  it("sends Accept-Encoding: gzip, deflate, br, Accept and User-Agent as fetch does, unless the caller set them", async () => {
    const client = await setup((res) => res.end("{}"), { fetch: nodeTransport() });
    await client.GET("/connections");
    const own = {
      "accept-encoding": "identity",
      accept: "application/json",
      "user-agent": "app/1",
    };
    await client.GET("/connections", { headers: own });
    const [first, second] = server().received;
    expect(first?.headers).toMatchObject({
      "accept-encoding": "gzip, deflate, br",
      accept: "*/*",
      "user-agent": "node",
    });
    expect(second?.headers).toMatchObject(own);
  });

  it.each([
    ["gzip", 1_048_576],
    ["deflate", 1_048_576],
    ["br", 1_048_576],
    ["gzip", 64],
    ["br", 64],
  ])(
    "decodes a %s answer (buffered up to %i bytes), without the compressed form's headers",
    async (coding, bufferBytes) => {
      const body = compressed(coding, new TextEncoder().encode(json));
      const client = await setup(
        (res) => {
          res.writeHead(200, {
            "content-type": "application/json",
            "content-encoding": coding,
            "content-length": String(body.byteLength),
          });
          res.end(body);
        },
        { fetch: nodeTransport({ bufferBytes }) },
      );
      const { data, response } = await client.GET("/connections");
      expect(data).toEqual(items);
      expect(response.headers.get("content-encoding")).toBeNull();
      expect(response.headers.get("content-length")).toBeNull();
      expect(response.headers.get("content-type")).toBe("application/json");
    },
  );

  it("counts decoded bytes: a compressed answer over maxResponseBytes decoded is refused", async () => {
    const body = gzipSync(json);
    expect(body.byteLength).toBeLessThan(json.length / 2);
    const client = await setup(
      (res) => {
        res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
        res.end(body);
      },
      { fetch: nodeTransport(), maxResponseBytes: json.length - 1 },
    );
    const error = await rejectionOf(client.GET("/connections"));
    expect(error).toBeInstanceOf(ResponseTooLargeError);
  });

  it("a gzip bomb (10 MB of zeros) stops at maxResponseBytes (1 MiB) with ResponseTooLargeError", async () => {
    const bomb = gzipSync(new Uint8Array(10_000_000));
    expect(bomb.byteLength).toBeLessThan(20_000);
    const client = await setup(
      (res) => {
        res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
        res.end(bomb);
      },
      { fetch: nodeTransport(), maxResponseBytes: 1_048_576, retry: false },
    );
    const error = await rejectionOf(client.GET("/connections"));
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).toMatchObject({ maxResponseBytes: 1_048_576 });
  });

  it("an endless gzip of zeros stops at maxResponseBytes and the connection is closed", async () => {
    let closed!: () => void;
    const connectionClosed = new Promise<void>((resolve) => {
      closed = resolve;
    });
    const client = await setup(
      (res) => {
        res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
        const gzip = createGzip();
        gzip.pipe(res);
        const zeros = new Uint8Array(65_536);
        const more = () => {
          while (!res.destroyed && gzip.write(zeros));
          if (!res.destroyed) gzip.once("drain", more);
        };
        res.on("close", () => {
          gzip.destroy();
          closed();
        });
        more();
      },
      { fetch: nodeTransport(), maxResponseBytes: 1_048_576, retry: false },
    );
    const error = await rejectionOf(client.GET("/connections"));
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    await connectionClosed;
  });

  it("a body refused after it arrived whole leaves its socket to the next request (none held open)", async () => {
    const ports = new Set<number>();
    const client = await setup(
      (res) => {
        ports.add(res.socket?.remotePort ?? 0);
        res.writeHead(200, { "content-type": "application/json" });
        res.end(json);
      },
      { fetch: nodeTransport(), maxResponseBytes: 16, retry: false },
    );
    for (let call = 0; call < 2; call++)
      expect(await rejectionOf(client.GET("/connections"))).toBeInstanceOf(ResponseTooLargeError);
    const { data } = await client.withOptions({ maxResponseBytes: 1_048_576 }).GET("/connections");
    expect(data).toEqual(items);
    expect(ports.size).toBe(1);
  });

  it("a corrupt compressed body fails as a NetworkError, not a crash", async () => {
    const client = await setup(
      (res) => {
        res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
        res.end("not gzip at all, but long enough to be read as a header");
      },
      { fetch: nodeTransport(), retry: false },
    );
    const error = await rejectionOf(client.GET("/connections"));
    expect((error as Error).name).toBe("NetworkError");
  });

  it("a coding it does not decode is left as sent, headers included", async () => {
    const client = await setup(
      (res) => {
        res.writeHead(200, { "content-type": "text/plain", "content-encoding": "zstd" });
        res.end("opaque");
      },
      { fetch: nodeTransport() },
    );
    const { response } = await client.GET("/connections", { parseAs: "text" });
    expect(response.headers.get("content-encoding")).toBe("zstd");
  });

  it("a HEAD or 204 answer with Content-Encoding has no body to decode", async () => {
    const client = await setup(
      (res, _, request) => {
        res.writeHead(request.method === "HEAD" ? 200 : 204, { "content-encoding": "gzip" });
        res.end();
      },
      { fetch: nodeTransport() },
    );
    const { response } = await client.GET("/connections");
    expect(response.status).toBe(204);
    const head = await nodeTransport()(`${server().url}/x`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
  });
});

describe("nodeTransport: a body that stalls after the headers", () => {
  const stalled = (body: Uint8Array | string, headers: Record<string, string> = {}) =>
    setup(
      (res) => {
        res.writeHead(200, { "content-type": "application/json", ...headers });
        res.write(body);
      },
      { fetch: nodeTransport({ bufferBytes: 1024 }), timeoutMs: 300, retry: false },
    );

  it("within bufferBytes: TimeoutError after timeoutMs, reading the body (as over fetch)", async () => {
    const client = await stalled('{"items": [');
    const error = await rejectionOf(client.GET("/connections"));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ timeoutMs: 300 });
    expect((error as Error).message).toMatch(/timed out after 300ms reading the body$/);
  });

  it("a connection closed in the body fails reading it, and a GET is not retried (as over fetch)", async () => {
    const client = await setup(
      (res) => {
        res.writeHead(200, { "content-type": "application/json", "content-length": "100" });
        res.write('{"id": "c1"');
        setTimeout(() => res.socket?.destroy(), 50);
      },
      { fetch: nodeTransport() },
    );
    const error = await rejectionOf(client.GET("/connections"));
    expect((error as Error).name).toBe("NetworkError");
    expect((error as Error).message).toMatch(/#1 failed reading the body: /);
    expect(server().attempts).toBe(1);
  });

  it("past bufferBytes (streamed through the client's guard): TimeoutError after timeoutMs", async () => {
    const client = await stalled(`{"items": [${'"x",'.repeat(1000)}`);
    const error = await rejectionOf(client.GET("/connections"));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ timeoutMs: 300 });
  });

  it("compressed, past bufferBytes decoded: TimeoutError after timeoutMs", async () => {
    const client = await setup(
      (res) => {
        res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
        const gzip = createGzip();
        gzip.pipe(res);
        gzip.write(`{"items": [${'"x",'.repeat(1000)}`);
        gzip.flush();
      },
      { fetch: nodeTransport({ bufferBytes: 1024 }), timeoutMs: 300, retry: false },
    );
    const error = await rejectionOf(client.GET("/connections"));
    expect(error).toBeInstanceOf(TimeoutError);
  });
});
