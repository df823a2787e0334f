// The runtime under attack, part 3: a vendor echoes secrets back, in every encoding it plausibly
// uses, in its body, its headers and its free text. No error field shows one, however many
// clients the process made, and an invalid credential is refused without being repeated.

import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { rejectionOf } from "@patchbay/test-support/rejection";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import {
  apiErrorFromResponse,
  createVendorClient,
  encodingsOf,
  InvalidResponseError,
  PatchbayError,
  redact,
  type VendorDescriptor,
} from "../src/index.js";
import { nodeTransport } from "../src/node-transport.js";
import { descriptor, type paths, type TestvendorOptions } from "./fixtures.js";
import { closeAll, hostile, shown } from "./hostile/servers.js";
import type { Handler } from "./server.js";

afterEach(closeAll);

/** A server that echoes `text` in its 400 body (as JSON and free text) and in x-request-id. */
const echoing =
  (text: string, header = text): Handler =>
  (res) => {
    res.writeHead(400, { "content-type": "application/json", "x-request-id": header });
    res.end(JSON.stringify({ message: `bad credential ${text}`, echo: text }));
  };

const throwing = (baseUrl: string, credentials: TestvendorOptions) => {
  const options: TestvendorOptions = { baseUrl, ...credentials, retry: false };
  return createVendorClient<paths>(descriptor, { ...options, throwOnError: true });
};

describe("each client hides its own credentials", () => {
  it("after 60 other clients, the first one's key is still hidden", async () => {
    const key = "sk_tenant_first_0123456789";
    const server = await hostile(echoing(key));
    const first = throwing(server.url, { apiKey: key });
    for (let i = 0; i < 60; i++)
      createVendorClient(descriptor, { apiKey: `sk_other_${i}_0123456789` } as TestvendorOptions);
    const error = await rejectionOf(first.GET("/connections"));
    expect(error).toBeInstanceOf(PatchbayError);
    expect(shown(error)).not.toContain(key);
    // and without throwOnError, through apiErrorFromResponse on the client's response
    const quietOptions: TestvendorOptions = { baseUrl: server.url, apiKey: key };
    const quiet = createVendorClient<paths>(descriptor, quietOptions);
    const { error: body, response } = await quiet.GET("/connections");
    expect(shown(apiErrorFromResponse("testvendor", response, body))).not.toContain(key);
  });

  it("a Basic pair echoed as its bare base64", async () => {
    const pair = btoa("ada:pw_basic_0123456789");
    const server = await hostile(echoing(pair));
    const error = await rejectionOf(
      throwing(server.url, { username: "ada", password: "pw_basic_0123456789" }).GET(
        "/connections",
      ),
    );
    expect(shown(error)).not.toContain(pair);
  });

  it.each([
    [
      "lower-case escapes",
      (s: string) => encodeURIComponent(s).replace(/%[\dA-F]{2}/g, (e) => e.toLowerCase()),
    ],
    ["encodeURIComponent", encodeURIComponent],
    ["form-encoded", (s: string) => new URLSearchParams({ s }).toString().slice(2)],
    ["JSON-escaped", (s: string) => JSON.stringify(s).slice(1, -1)],
  ])("a password echoed %s", async (_, encode) => {
    const password = 'pw é/+ "q"\\ 0123';
    const server = await hostile(echoing(encode(password), encodeURIComponent(password)));
    const error = await rejectionOf(
      throwing(server.url, { username: "ada", password }).GET("/connections"),
    );
    expect(shown(error)).not.toContain(encode(password));
    expect(shown(error)).not.toContain(encodeURIComponent(password));
  });

  it("a secret echoed in a response header is not the requestId", async () => {
    const key = "sk_header_echo_0123456789";
    const server = await hostile(echoing("nothing", `req_1 ${key}`));
    const error = await rejectionOf(throwing(server.url, { apiKey: key }).GET("/connections"));
    expect((error as { requestId: string }).requestId).toBe("req_1 [redacted]");
    expect(shown(error)).not.toContain(key);
  });
});

describe("the process-wide redact", () => {
  it("hides a live client's credentials after a garbage collection, for every scheme it was given", async () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const options: TestvendorOptions = {
      apiKey: "key_kept_over_gc_0123456789",
      username: "ada",
      password: "pw_kept_over_gc_0123456789",
    };
    const client = createVendorClient<paths>(descriptor, options);
    // a WeakRef's target is kept until the job that made it ends: collect in a later one
    await new Promise((resolve) => setImmediate(resolve));
    gc();
    expect(redact(`echo ${options.apiKey} ${options.password}`)).toBe("echo [redacted] [redacted]");
    expect(client).toBeDefined(); // alive until here
  });
});

describe("an invalid credential is refused without being repeated", () => {
  const apiKeyHeader: VendorDescriptor = {
    ...descriptor,
    auth: [{ type: "apiKey", in: "header", name: "X-Api-Key", option: "apiKey", env: "NONE" }],
  };
  it.each([
    ["a line break", "sk_line\nbreak_0123", descriptor],
    ["a carriage return", "sk_cr\rX-Injected: 1", apiKeyHeader],
    ["a non-ASCII character", "sk_ünïcode_0123", descriptor],
  ])("%s", (_, apiKey, vendor) => {
    let error: unknown;
    try {
      createVendorClient(vendor, { apiKey } as TestvendorOptions);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(PatchbayError);
    expect((error as Error).message).toMatch(
      /the apiKey value holds a character it cannot be sent with/,
    );
    for (const part of apiKey.split(/[\n\r]/)) expect(shown(error)).not.toContain(part);
  });
});

describe("property: a secret echoed in any encoding is shown nowhere", () => {
  it("random secrets, encodings and places (body JSON, free text, header)", async () => {
    const server = await hostile((res, _attempt, request) => {
      const { text, header } = JSON.parse(
        decodeURIComponent(request.url.split("?echo=")[1] ?? "{}"),
      );
      echoing(text, header)(res, 0, request);
    });
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 8, maxLength: 24, unit: "grapheme" }).filter((s) => s.trim() === s),
        fc.nat({ max: 6 }),
        async (password, which) => {
          const form = encodingsOf(password)[which] as string;
          const headerSafe = /^[\x20-\x7e]*$/.test(form) ? form : encodeURIComponent(password);
          const client = throwing(server.url, { username: "ada", password });
          const echo = encodeURIComponent(JSON.stringify({ text: form, header: headerSafe }));
          const error = await rejectionOf(
            (client.GET as (path: string) => Promise<unknown>)(`/connections?echo=${echo}`),
          );
          const visible = shown(error);
          for (const encoded of [form, headerSafe]) expect(visible).not.toContain(encoded);
        },
      ),
      { numRuns: Number(process.env.FC_RUNS ?? 60) },
    );
  });
});

describe("a 2xx declared as JSON whose body is not JSON, echoing the key", () => {
  // short enough that V8's SyntaxError quotes the whole body (a longer one, its first 10 characters)
  const key = "k_9f8e7d";
  /** 200, `application/json`, the key in free text; with a Content-Length, or chunked. */
  const notJson: Handler = (res, _attempt, request) => {
    const text = `${key} ok`;
    const chunked = request.url.includes("chunked");
    res.writeHead(200, {
      "content-type": "application/json",
      ...(chunked ? {} : { "content-length": `${Buffer.byteLength(text)}` }),
    });
    if (chunked) res.write(text);
    res.end(chunked ? undefined : text);
  };
  type Loose = (path: string, init?: object) => Promise<unknown>;
  type Client = ReturnType<typeof createVendorClient>;
  const calls: [string, (client: Client, path: string) => Promise<unknown>][] = [
    ["GET", (client, path) => (client.GET as Loose)(path)],
    ["POST", (client, path) => (client.POST as Loose)(path, { body: { connector_id: "x" } })],
    ["PUT", (client, path) => (client.PUT as Loose)(path, { body: { connector_id: "x" } })],
    ["PATCH", (client, path) => (client.PATCH as Loose)(path, { body: { connector_id: "x" } })],
    ["DELETE", (client, path) => (client.DELETE as Loose)(path)],
    [
      "request",
      (client, path) =>
        (client.request as unknown as (method: string, path: string) => Promise<unknown>)(
          "get",
          path,
        ),
    ],
  ];
  const cases = [false, true].flatMap((throwOnError) =>
    [false, true].flatMap((overNode) =>
      ["/connections", "/connections?chunked"].flatMap((path) =>
        calls.map(([name, call]) => ({ throwOnError, overNode, path, name, call })),
      ),
    ),
  );

  it.each(cases)(
    "$name $path, throwOnError: $throwOnError, nodeTransport: $overNode: InvalidResponseError, the key nowhere",
    async ({ throwOnError, overNode, path, call }) => {
      const server = await hostile(notJson);
      const client = createVendorClient(descriptor, {
        baseUrl: server.url,
        apiKey: key,
        throwOnError,
        ...(overNode ? { fetch: nodeTransport() } : {}),
      } as TestvendorOptions);
      const error = await rejectionOf(call(client, path));
      // neither the key nor any part of the body (which redaction could not recognise)
      expect(shown(error)).not.toContain(key.slice(0, 5));
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect(error).toBeInstanceOf(PatchbayError);
      expect(error).toMatchObject({
        vendor: "testvendor",
        status: 200,
        contentType: "application/json",
      });
      expect((error as Error).message).toMatch(
        /^testvendor: a 200 answer \(application\/json\) is not valid JSON; parseAs: "text" reads it$/,
      );
      expect(server.attempts).toBe(1);
    },
  );
});
