// The opt-in node:http transport under the client: what the client guarantees over `fetch`
// (credentials, retries, timeouts, body limits, redirects, typed errors) holds over it too.

import { rejectionOf } from "@patchbay/test-support/rejection";
import { describe, expect, it } from "vitest";
import { NetworkError, NotFoundError, ResponseTooLargeError, TimeoutError } from "../src/index.js";
import { nodeTransport } from "../src/node-transport.js";
import { fastRetry, type TestvendorOptions } from "./fixtures.js";
import { create, created, serverAndClient } from "./retry-setup.js";
import { reply } from "./server.js";

const { server, setup } = serverAndClient();
const overNode = (overrides: TestvendorOptions = {}) => ({ fetch: nodeTransport(), ...overrides });

describe("nodeTransport", () => {
  it("sends the credential, the body and the vendor header, and reads the JSON answer", async () => {
    const client = await setup((res) => reply(res, 201, created), overNode());
    const { data, response } = await client.POST("/connections", create);
    expect(data).toEqual(created);
    expect(response.status).toBe(201);
    const [sent] = server().received;
    expect(sent?.headers.authorization).toBe("Bearer sk_test");
    expect(sent?.headers["x-testvendor-version"]).toBe("2025-09-18");
    expect(JSON.parse(sent?.body ?? "")).toEqual(create.body);
  });

  it("keeps the connection alive: sequential calls share one socket", async () => {
    const ports = new Set<number>();
    const client = await setup((res) => {
      ports.add(res.socket?.remotePort ?? 0);
      reply(res, 201, created);
    }, overNode());
    for (let call = 0; call < 3; call++) await client.POST("/connections", create);
    expect(server().attempts).toBe(3);
    expect(ports.size).toBe(1);
  });

  it("a non-2xx answer is { error } and, with throwOnError, a NotFoundError", async () => {
    const client = await setup((res) => reply(res, 404, { code: "not_found" }), overNode());
    const { error, response } = await client.GET("/connections");
    expect(response.status).toBe(404);
    expect(error).toEqual({ code: "not_found" });
    const thrown = await rejectionOf(
      client.withOptions({ throwOnError: true }).GET("/connections"),
    );
    expect(thrown).toBeInstanceOf(NotFoundError);
    expect(thrown).toMatchObject({ status: 404, code: "not_found" });
  });

  it("a 503 with retry-after-ms is retried, then succeeds", async () => {
    const client = await setup(
      (res, attempt) =>
        attempt === 1 ? reply(res, 503, {}, { "retry-after-ms": "10" }) : reply(res, 201, created),
      overNode({ retry: fastRetry }),
    );
    const { data } = await client.POST("/connections", create);
    expect(data).toEqual(created);
    expect(server().attempts).toBe(2);
  });

  it("a body past bufferBytes is streamed whole, and past maxResponseBytes is refused", async () => {
    const big = { items: Array.from({ length: 2000 }, (_, index) => ({ id: `c${index}` })) };
    const size = JSON.stringify(big).length;
    const client = await setup((res) => reply(res, 200, big), {
      fetch: nodeTransport({ bufferBytes: 64 }),
    });
    const { data } = await client.GET("/connections");
    expect(data).toEqual(big);
    const limited = client.withOptions({ maxResponseBytes: size - 1 });
    const error = await rejectionOf(limited.GET("/connections"));
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).toMatchObject({ vendor: "testvendor", maxResponseBytes: size - 1 });
  });

  it("an answer whose body stalls times out with TimeoutError", async () => {
    const client = await setup(
      (res) => {
        res.writeHead(200, { "content-type": "application/json" });
        res.write('{"items": [');
      },
      overNode({ timeoutMs: 100, retry: false }),
    );
    const error = await rejectionOf(client.GET("/connections"));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ timeoutMs: 100 });
  });

  it("a socket closed in the middle of the body is a NetworkError, and a POST is sent once", async () => {
    const client = await setup((res) => {
      res.writeHead(201, { "content-type": "application/json", "content-length": "100" });
      res.write('{"id": "c1"');
      res.socket?.destroy();
    }, overNode());
    const error = await rejectionOf(client.POST("/connections", create));
    expect(error).toBeInstanceOf(NetworkError);
    expect(server().attempts).toBe(1);
  });

  it("the caller's abort rejects with the caller's reason", async () => {
    const client = await setup(() => {}, overNode());
    const controller = new AbortController();
    const pending = client.GET("/connections", { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 50));
    controller.abort(new Error("user cancelled"));
    await expect(pending).rejects.toThrow("user cancelled");
  });

  it("the client follows a redirect over it (same origin, credential kept)", async () => {
    const client = await setup(
      (res, attempt) =>
        attempt === 1
          ? reply(res, 307, undefined, { location: "/connections?page=2" })
          : reply(res, 201, created),
      overNode(),
    );
    const { data } = await client.POST("/connections", create);
    expect(data).toEqual(created);
    const [, second] = server().received;
    expect(second?.url).toBe("/connections?page=2");
    expect(second?.headers.authorization).toBe("Bearer sk_test");
    expect(JSON.parse(second?.body ?? "")).toEqual(create.body);
  });

  it("a 204 answer has no body", async () => {
    const client = await setup((res) => reply(res, 204), overNode());
    const { data, response } = await client.GET("/connections");
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });

  it("works given a URL and init, as fetch is called", async () => {
    const client = await setup((res) => reply(res, 200, { ok: true }), overNode());
    await client.GET("/connections");
    const answer = await nodeTransport()(`${server().url}/x`, { method: "GET" });
    expect(await answer.json()).toEqual({ ok: true });
  });

  it("a body only a Request can serialize (FormData) is sent as multipart with its boundary", async () => {
    await setup((res) => reply(res, 200, { ok: true }), overNode());
    const form = new FormData();
    form.set("connector_id", "google_drive");
    const answer = await nodeTransport()(`${server().url}/x`, { method: "POST", body: form });
    expect(await answer.json()).toEqual({ ok: true });
    const [sent] = server().received;
    const type = sent?.headers["content-type"] ?? "";
    expect(type).toMatch(/^multipart\/form-data; boundary=/);
    expect(sent?.body).toContain(type.split("boundary=")[1]);
    expect(sent?.body).toContain('name="connector_id"\r\n\r\ngoogle_drive');
  });

  it("a body serialized as a stream reaches it as bytes, sent whole", async () => {
    const client = await setup((res) => reply(res, 201, created), overNode());
    const stream = () => new Blob(['{"connector_id":"s"}']).stream();
    const { data } = await client.POST("/connections", {
      body: { connector_id: "s" },
      bodySerializer: stream as never,
    });
    expect(data).toEqual(created);
    expect(server().received[0]?.body).toBe('{"connector_id":"s"}');
  });
});
