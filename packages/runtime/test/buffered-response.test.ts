// nodeTransport's small answers: read whole before the Response is returned, and read back without
// a Web stream, yet behaving as a Response does (one read, body on demand, clone), and never
// holding more than the client's maxResponseBytes.

import { rejectionOf } from "@patchbay/test-support/rejection";
import { afterEach, describe, expect, it } from "vitest";
import { ResponseTooLargeError } from "../src/index.js";
import { nodeTransport } from "../src/node-transport.js";
import { serverAndClient } from "./retry-setup.js";
import { reply, startServer, type TestServer } from "./server.js";

let server: TestServer | undefined;
afterEach(() => server?.close());

const answer = { id: "c1", name: "naïve" };
async function fetched(): Promise<Response> {
  server = await startServer((res) => reply(res, 200, answer, { "x-request-id": "r1" }));
  return nodeTransport()(`${server.url}/x`, { method: "GET" });
}

describe("a buffered answer", () => {
  it("is a Response with the status, headers and body, read once", async () => {
    const response = await fetched();
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(200);
    expect(response.ok).toBe(true);
    expect(response.headers.get("x-request-id")).toBe("r1");
    expect(response.bodyUsed).toBe(false);
    expect(await response.json()).toEqual(answer);
    expect(response.bodyUsed).toBe(true);
    await expect(response.text()).rejects.toThrow(TypeError);
  });

  it("gives its body as a stream on demand, and then it is used", async () => {
    const response = await fetched();
    const text = await new Response(response.body).text();
    expect(JSON.parse(text)).toEqual(answer);
    expect(response.bodyUsed).toBe(true);
    await expect(response.arrayBuffer()).rejects.toThrow(TypeError);
  });

  it("clones, and each copy reads the same bytes in every form", async () => {
    const response = await fetched();
    const copy = response.clone();
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(new TextDecoder().decode(bytes)).toBe(JSON.stringify(answer));
    const blob = await copy.blob();
    expect(blob.type).toBe("application/json");
    expect(await blob.text()).toBe(JSON.stringify(answer));
    expect(() => copy.clone()).toThrow(TypeError);
  });
});

describe("the client's maxResponseBytes over nodeTransport", () => {
  const { setup } = serverAndClient();

  it("a body the transport would buffer, but over the client's limit, is refused", async () => {
    const big = { items: Array.from({ length: 200 }, (_, index) => `item-${index}`) };
    const size = JSON.stringify(big).length;
    const client = await setup((res) => reply(res, 200, big), { fetch: nodeTransport() });
    expect((await client.GET("/connections")).data).toEqual(big);
    const error = await rejectionOf(
      client.withOptions({ maxResponseBytes: size - 1 }).GET("/connections"),
    );
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).toMatchObject({ maxResponseBytes: size - 1 });
  });
});
