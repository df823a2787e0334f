// What openapi-fetch builds for `send`: a record of the request's fields while no middleware is
// registered (no second Request, body stream or AbortSignal), a real `Request` once one is; the
// body survives a retry either way (a stream is sent once), and a bad URL is refused before anything is sent.

import { rejectionOf } from "@patchbay/test-support/rejection";
import { describe, expect, it } from "vitest";
import { ApiError, createVendorClient } from "../src/index.js";
import { descriptor, type paths } from "./fixtures.js";
import { create, created, serverAndClient } from "./retry-setup.js";
import { reply } from "./server.js";

const { server, setup } = serverAndClient();
const takesInit = Symbol.for("patchbay.transport.takesInit");

describe("the request openapi-fetch builds", () => {
  it("a middleware registered after the first call gets a real Request, and retries re-send its body", async () => {
    const client = await setup((res, attempt) =>
      attempt === 2 ? reply(res, 503, { error: "busy" }) : reply(res, 201, created),
    );
    await client.POST("/connections", create);
    const seen: unknown[] = [];
    client.use({ onRequest: ({ request }) => void seen.push(request) });
    const { data } = await client.POST("/connections", create);
    expect(data).toEqual(created);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBeInstanceOf(Request);
    const bodies = server().received.map((sent) => JSON.parse(sent.body));
    expect(bodies).toEqual([create.body, create.body, create.body]);
  });

  it("a body serialized as a stream is streamed once: a 503 after it is not retried, and the error says why", async () => {
    const client = await setup((res) => reply(res, 503, { error: "busy" }));
    const stream = () =>
      new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"connector_id":"s"}'));
          controller.close();
        },
      });
    const { data, response } = await client.POST("/connections", {
      body: { connector_id: "s" },
      bodySerializer: stream as never,
    });
    expect(data).toBeUndefined();
    expect(response.status).toBe(503);
    expect(server().received.map((sent) => sent.body)).toEqual(['{"connector_id":"s"}']);
    const error = await rejectionOf(
      client.withOptions({ throwOnError: true }).POST("/connections", {
        body: { connector_id: "s" },
        bodySerializer: stream as never,
      }),
    );
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toContain("stream body: not retried");
  });

  it("a base URL no URL parser accepts is a TypeError naming it, and nothing is sent", async () => {
    const sent: unknown[] = [];
    const client = createVendorClient<paths>(descriptor, {
      baseUrl: "not a url",
      fetch: async (input) => {
        sent.push(input);
        return new Response("{}");
      },
    });
    const error = await rejectionOf(client.GET("/connections"));
    expect(error).toBeInstanceOf(TypeError);
    expect(String(error)).toContain("not a url");
    expect(sent).toEqual([]);
  });

  it("a transport marked as taking fetch's (url, init) gets them as they are; any other, per call through a method or request(), gets a Request", async () => {
    const inputs: unknown[] = [];
    const recorded = (input: RequestInfo | URL, init?: RequestInit) => {
      inputs.push(input);
      return fetch(input, init);
    };
    const client = await setup((res) => reply(res, 201, created), {
      fetch: Object.assign((input: string, init: RequestInit) => recorded(input, init), {
        [takesInit]: true,
      }) as typeof fetch,
    });
    await client.POST("/connections", create);
    await client.POST("/connections", { ...create, fetch: recorded });
    await client.request("post", "/connections", { ...create, fetch: recorded });
    expect(typeof inputs[0]).toBe("string");
    expect(inputs[1]).toBeInstanceOf(Request);
    expect(inputs[2]).toBeInstanceOf(Request);
    expect(server().received.map((sent) => sent.headers.authorization)).toEqual([
      "Bearer sk_test",
      "Bearer sk_test",
      "Bearer sk_test",
    ]);
  });
});
