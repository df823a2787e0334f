// File uploads: operations whose document gives a multipart/form-data body (Supermemory's
// `POST /v3/documents/file`) or a binary one. The caller's object becomes a FormData (files as file
// parts); bytes go as they are; a stream is streamed once (never retried, no 307/308 followed);
// `maxRequestBytes` refuses a larger body before anything is sent, and cuts a stream past it.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { rejectionOf } from "@patchbay/test-support/rejection";
import { afterEach, describe, expect, it } from "vitest";
import {
  ApiError,
  binaryBodies,
  createVendorClient,
  multipartBodies,
  NetworkError,
  PatchbayError,
  RedirectRefusedError,
  RequestTooLargeError,
  type RuntimeOptions,
  type VendorDescriptor,
} from "../src/index.js";
import { nodeTransport } from "../src/node-transport.js";

type NoParams = { query?: never; header?: never; path?: never; cookie?: never };
type Json<T> = { headers: { [name: string]: unknown }; content: { "application/json": T } };
type FilePart = Blob | ReadableStream<Uint8Array> | Uint8Array;
type Bytes = Blob | ReadableStream<Uint8Array> | Uint8Array | ArrayBuffer | string;
/** Shaped like openapi-typescript's output (with the generator's binary types) for an upload API. */
interface paths {
  "/v3/documents/file": {
    parameters: NoParams;
    post: {
      parameters: NoParams;
      requestBody: {
        content: {
          "multipart/form-data":
            | {
                file: FilePart;
                containerTags?: string;
                attachments?: FilePart[];
                metadata?: { [key: string]: unknown };
                priority?: number;
                pinned?: boolean;
                note?: string | null;
              }
            | FormData;
        };
      };
      responses: { 200: Json<{ id: string }>; 503: Json<unknown> };
    };
  };
  "/objects/{key}": {
    parameters: NoParams;
    put: {
      parameters: { query?: never; header?: never; path: { key: string }; cookie?: never };
      requestBody: { content: { "application/octet-stream": Bytes } };
      responses: { 200: Json<{ ok: boolean }>; 503: Json<unknown> };
    };
    post: {
      parameters: { query?: never; header?: never; path: { key: string }; cookie?: never };
      requestBody: { content: { "application/octet-stream": Bytes } };
      responses: { 200: Json<{ ok: boolean }>; 503: Json<unknown> };
    };
  };
}

const descriptor = {
  vendor: "uploads",
  envPrefix: "UPLOADS",
  defaultBaseUrl: "https://api.uploads.invalid",
  auth: [{ type: "bearer", option: "apiKey", env: "UPLOADS_API_KEY" }],
  security: [[0]],
  headers: [],
  multipartBodies: { "POST /v3/documents/file": { metadata: "application/json" } },
  binaryBodies: {
    "PUT /objects/{key}": "application/octet-stream",
    "POST /objects/{key}": "image/png",
  },
} as const satisfies VendorDescriptor;

interface Received {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  bytes: Buffer;
}
type Handler = (res: ServerResponse, attempt: number, request: Received) => void;

let closing: (() => Promise<void>) | undefined;
afterEach(() => closing?.());

/** A loopback server keeping each request's bytes (multipart bodies are not text). */
async function upload(handler: Handler, options: RuntimeOptions = {}) {
  const received: Received[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    try {
      for await (const chunk of req) chunks.push(chunk as Buffer);
    } catch {
      return;
    }
    const request = {
      method: req.method ?? "",
      url: req.url ?? "",
      headers: req.headers,
      bytes: Buffer.concat(chunks),
    };
    received.push(request);
    handler(res, received.length, request);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  closing = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  const client = createVendorClient<paths>(
    descriptor,
    {
      baseUrl: url,
      apiKey: "sk_upload_secret",
      retry: { baseDelayMs: 1 },
      ...options,
    } as RuntimeOptions,
    [multipartBodies, binaryBodies],
  );
  return { client, received, url };
}

const ok = (res: ServerResponse, status = 200, body: unknown = { id: "d1", ok: true }) => {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
};

/** The multipart body a server received, parsed as the platform parses one. */
const formOf = (request: Received) =>
  new Response(new Uint8Array(request.bytes), {
    headers: { "content-type": String(request.headers["content-type"]) },
  }).formData();

const streamOf = (...chunks: string[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
      controller.close();
    },
  });

describe("multipart bodies", () => {
  it("Supermemory's upload: the object becomes a multipart body whose file part holds the blob's bytes and a filename", async () => {
    const { client, received } = await upload((res) => ok(res));
    const { data } = await client.POST("/v3/documents/file", {
      body: {
        file: new Blob(["%PDF-1.7 report"], { type: "application/pdf" }),
        containerTags: "user_123",
      },
    });
    expect(data).toEqual({ id: "d1", ok: true });
    const [request] = received;
    expect(request?.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    const form = await formOf(request as Received);
    const file = form.get("file") as File;
    expect(file).toBeInstanceOf(File);
    expect(file.name).toBe("file");
    expect(file.type).toBe("application/pdf");
    expect(await file.text()).toBe("%PDF-1.7 report");
    expect(form.get("containerTags")).toBe("user_123");
  });

  it("keeps a File's name; bytes and a stream become file parts; arrays repeat; objects are JSON; numbers and booleans text; null empty; undefined left out", async () => {
    const { client, received } = await upload((res) => ok(res));
    await client.POST("/v3/documents/file", {
      body: {
        file: new File(["a,b\n1,2\n"], "table.csv", { type: "text/csv" }),
        attachments: [new Uint8Array([0, 1, 2, 255]), streamOf("streamed ", "part")],
        metadata: { source: "upload", tags: ["x"] },
        priority: 2,
        pinned: false,
        note: null,
        containerTags: undefined,
      },
    });
    const form = await formOf(received[0] as Received);
    const file = form.get("file") as File;
    expect([file.name, file.type, await file.text()]).toEqual([
      "table.csv",
      "text/csv",
      "a,b\n1,2\n",
    ]);
    const [bytes, streamed] = form.getAll("attachments") as File[];
    expect([...new Uint8Array(await (bytes as File).arrayBuffer())]).toEqual([0, 1, 2, 255]);
    expect((bytes as File).type).toBe("application/octet-stream");
    expect(await (streamed as File).text()).toBe("streamed part");
    expect(form.get("metadata")).toBe('{"source":"upload","tags":["x"]}');
    expect(form.get("priority")).toBe("2");
    expect(form.get("pinned")).toBe("false");
    expect(form.get("note")).toBe("");
    expect(form.has("containerTags")).toBe(false);
  });

  it("a FormData the caller built is sent as it is", async () => {
    const { client, received } = await upload((res) => ok(res));
    const own = new FormData();
    own.append("file", new Blob(["mine"]), "mine.txt");
    own.append("extra", "kept");
    await client.POST("/v3/documents/file", { body: own });
    const form = await formOf(received[0] as Received);
    expect([(form.get("file") as File).name, form.get("extra")]).toEqual(["mine.txt", "kept"]);
  });

  it("a part JSON cannot hold (circular) is refused before anything is sent", async () => {
    const { client, received } = await upload((res) => ok(res));
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    const error = await rejectionOf(
      client.POST("/v3/documents/file", { body: { file: new Blob(["x"]), metadata: circular } }),
    );
    expect(error).toBeInstanceOf(TypeError);
    expect(received).toHaveLength(0);
  });

  it("deepObject parts (Stripe's) are written in bracket notation; a Date is ISO text", async () => {
    const { received, url } = await upload((res) => ok(res));
    const stripeLike = createVendorClient<paths>(
      { ...descriptor, multipartBodies: { "POST /v3/documents/file": { metadata: "deepObject" } } },
      { baseUrl: url, apiKey: "sk_upload_secret" } as RuntimeOptions,
      [multipartBodies, binaryBodies],
    );
    await stripeLike.POST("/v3/documents/file", {
      body: {
        file: new Blob(["x"]),
        metadata: { create: true, expires: new Date(Date.UTC(2030, 0, 2)), tags: ["a", "b"] },
      },
    });
    const form = await formOf(received[0] as Received);
    expect([...form.keys()]).toEqual([
      "file",
      "metadata[create]",
      "metadata[expires]",
      "metadata[tags][0]",
      "metadata[tags][1]",
    ]);
    expect(form.get("metadata[expires]")).toBe("2030-01-02T00:00:00.000Z");
    expect(form.get("metadata[tags][1]")).toBe("b");
  });

  it("is sent through nodeTransport too", async () => {
    const { client, received } = await upload((res) => ok(res), { fetch: nodeTransport() });
    await client.POST("/v3/documents/file", {
      body: { file: new File(["through node:http"], "n.txt"), containerTags: "t" },
    });
    const form = await formOf(received[0] as Received);
    expect(await (form.get("file") as File).text()).toBe("through node:http");
    expect((form.get("file") as File).name).toBe("n.txt");
  });

  it("goes to the operation's own server with a per-call baseUrl (Stripe's files.stripe.com)", async () => {
    const { client, received, url } = await upload((res) => ok(res));
    const elsewhere = createVendorClient<paths>(
      descriptor,
      { baseUrl: "https://api.uploads.invalid", apiKey: "sk_upload_secret" } as RuntimeOptions,
      [multipartBodies, binaryBodies],
    );
    void client;
    await elsewhere.POST("/v3/documents/file", { baseUrl: url, body: { file: new Blob(["x"]) } });
    expect(received).toHaveLength(1);
    expect(received[0]?.headers.authorization).toBe("Bearer sk_upload_secret");
    expect(await ((await formOf(received[0] as Received)).get("file") as File).text()).toBe("x");
  });

  it("a descriptor with multipartBodies needs the multipart encoding", () => {
    expect(() =>
      createVendorClient(descriptor, { apiKey: "sk_other" } as RuntimeOptions, [binaryBodies]),
    ).toThrow(/multipartBodies needs its body encoding/);
  });
});

describe("binary bodies", () => {
  for (const [name, transport] of [
    ["fetch", undefined],
    ["nodeTransport", nodeTransport()],
  ] as const)
    it(`bytes are sent as they are, with the document's media type; the caller's Content-Type wins (${name})`, async () => {
      const { client, received } = await upload((res) => ok(res), { fetch: transport });
      await client.PUT("/objects/{key}", {
        params: { path: { key: "a" } },
        body: new Uint8Array([1, 2, 3]),
      });
      await client.POST("/objects/{key}", {
        params: { path: { key: "b" } },
        body: new Blob(["png bytes"]),
      });
      await client.PUT("/objects/{key}", {
        params: { path: { key: "c" } },
        body: "text as bytes",
        headers: { "content-type": "text/plain" },
      });
      expect(received.map((request) => request.headers["content-type"])).toEqual([
        "application/octet-stream",
        "image/png",
        "text/plain",
      ]);
      expect([...(received[0] as Received).bytes]).toEqual([1, 2, 3]);
      expect((received[1] as Received).bytes.toString()).toBe("png bytes");
      expect((received[2] as Received).bytes.toString()).toBe("text as bytes");
    });

  it("an object where bytes are expected is refused, naming the operation", async () => {
    const { client, received } = await upload((res) => ok(res));
    const error = await rejectionOf(
      client.PUT("/objects/{key}", { params: { path: { key: "a" } }, body: { a: 1 } as never }),
    );
    expect(error).toBeInstanceOf(PatchbayError);
    expect(String(error)).toContain("PUT /objects/{key} sends bytes");
    expect(received).toHaveLength(0);
  });

  for (const [name, transport] of [
    ["fetch", undefined],
    ["nodeTransport", nodeTransport()],
  ] as const) {
    it(`a stream body is streamed once through ${name}: a 503 after it is not retried, and the error says so`, async () => {
      const { client, received } = await upload((res) => ok(res, 503, { error: "busy" }), {
        fetch: transport,
        throwOnError: true,
      });
      const error = await rejectionOf(
        client.PUT("/objects/{key}", {
          params: { path: { key: "s" } },
          body: streamOf("chunk one, ", "chunk two"),
        }),
      );
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).message).toContain("stream body: not retried");
      expect(received).toHaveLength(1);
      expect((received[0] as Received).bytes.toString()).toBe("chunk one, chunk two");
    });
  }

  for (const [name, transport] of [
    ["fetch", undefined],
    ["nodeTransport", nodeTransport()],
  ] as const)
    it(`a stream body is streamed, not read first (${name}): the server has its first chunk before the stream ends`, async () => {
      let arrived: () => void = () => {};
      const firstChunkArrived = new Promise<void>((resolve) => {
        arrived = resolve;
      });
      const server = createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on("data", (chunk: Buffer) => {
          chunks.push(chunk);
          arrived();
        });
        req.on("end", () => ok(res, 200, { got: Buffer.concat(chunks).toString() }));
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      closing = () =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        });
      let pulls = 0;
      // the stream ends only once the server has its first chunk: read whole before sending, it
      // would never end
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          pulls++;
          if (pulls === 1) controller.enqueue(new TextEncoder().encode("first,"));
          else {
            await firstChunkArrived;
            controller.enqueue(new TextEncoder().encode("second"));
            controller.close();
          }
        },
      });
      const client = createVendorClient<paths>(
        descriptor,
        {
          baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
          apiKey: "sk_upload_secret",
          fetch: transport,
        } as RuntimeOptions,
        [multipartBodies, binaryBodies],
      );
      const { data } = await client.PUT("/objects/{key}", {
        params: { path: { key: "s" } },
        body,
      });
      expect(data).toEqual({ got: "first,second" });
    });

  it("a stream body whose connection fails is not sent again (an idempotent PUT, retried otherwise)", async () => {
    const { client, received } = await upload((res) => res.socket?.destroy());
    const error = await rejectionOf(
      client.PUT("/objects/{key}", { params: { path: { key: "s" } }, body: streamOf("once") }),
    );
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).message).toContain("stream body: not retried");
    expect(received).toHaveLength(1);
    // the same call with bytes is retried (maxRetries 2)
    await rejectionOf(
      client.PUT("/objects/{key}", { params: { path: { key: "s" } }, body: "again" }),
    );
    expect(received).toHaveLength(4);
  });

  it("a 307 of a stream body is not followed, even to the same origin: RedirectRefusedError", async () => {
    const { client, received } = await upload((res, attempt) => {
      if (attempt > 1) return ok(res);
      res.writeHead(307, { location: "/objects/moved" });
      res.end();
    });
    const error = await rejectionOf(
      client.PUT("/objects/{key}", { params: { path: { key: "s" } }, body: streamOf("once") }),
    );
    expect(error).toBeInstanceOf(RedirectRefusedError);
    expect(String(error)).toContain("the body was a stream, sent once");
    expect((error as RedirectRefusedError).status).toBe(307);
    expect(received).toHaveLength(1);
  });
});

describe("maxRequestBytes", () => {
  it("refuses a larger body before the server receives anything: JSON text, a Blob, a FormData's parts, bytes", async () => {
    const { client, received } = await upload((res) => ok(res), { maxRequestBytes: 8 });
    const refusals = [
      client.POST("/v3/documents/file", { body: { file: new Blob(["123456789"]) } }),
      client.PUT("/objects/{key}", { params: { path: { key: "a" } }, body: new Uint8Array(9) }),
      client.PUT("/objects/{key}", { params: { path: { key: "a" } }, body: "ééééé" }),
      client.PUT("/objects/{key}", {
        params: { path: { key: "a" } },
        body: new Blob(["123456789"]),
      }),
    ];
    for (const refusal of refusals) {
      const error = await rejectionOf(refusal);
      expect(error).toBeInstanceOf(RequestTooLargeError);
      expect(error).toMatchObject({ vendor: "uploads", maxRequestBytes: 8 });
      expect(String(error)).not.toContain("sk_upload_secret");
    }
    expect(received).toHaveLength(0);
    // within the limit: sent ("éééé" is 8 bytes of UTF-8)
    await client.PUT("/objects/{key}", { params: { path: { key: "a" } }, body: "éééé" });
    expect(received).toHaveLength(1);
  });

  it("is a withOptions option too, and names the operation, never the body", async () => {
    const { client, received } = await upload((res) => ok(res));
    const error = await rejectionOf(
      client.withOptions({ maxRequestBytes: 4 }).PUT("/objects/{key}", {
        params: { path: { key: "a" } },
        body: "secret body text",
      }),
    );
    expect(error).toBeInstanceOf(RequestTooLargeError);
    expect(String(error)).toContain("PUT");
    expect(String(error)).not.toContain("secret body text");
    expect(received).toHaveLength(0);
  });

  it("a multipart stream part past the limit is refused while it is read, before anything is sent", async () => {
    const { client, received } = await upload((res) => ok(res), { maxRequestBytes: 10 });
    const error = await rejectionOf(
      client.POST("/v3/documents/file", {
        body: { file: streamOf("0123456789", "abc") },
      }),
    );
    expect(error).toBeInstanceOf(RequestTooLargeError);
    expect(received).toHaveLength(0);
  });

  for (const [name, transport] of [
    ["fetch", undefined],
    ["nodeTransport", nodeTransport()],
  ] as const) {
    it(`a stream body is cut where it passes the limit, the request aborted (${name})`, async () => {
      const { client, received } = await upload((res) => ok(res), {
        fetch: transport,
        maxRequestBytes: 10,
      });
      const error = await rejectionOf(
        client.PUT("/objects/{key}", {
          params: { path: { key: "s" } },
          body: streamOf("0123456789", "past the limit"),
        }),
      );
      expect(error).toBeInstanceOf(RequestTooLargeError);
      expect(error).toMatchObject({ maxRequestBytes: 10 });
      // the server never received a whole request
      expect(received).toHaveLength(0);
    });
  }

  it("must be a number of at least 0", () => {
    expect(() =>
      createVendorClient(descriptor, { maxRequestBytes: -1 }, [multipartBodies, binaryBodies]),
    ).toThrow(/maxRequestBytes/);
  });
});
