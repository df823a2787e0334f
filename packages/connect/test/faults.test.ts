// connect() and the generated clients against a vendor that misbehaves, played by a loopback
// node:http server: the socket closes before or in the middle of the body, 200 with invalid JSON,
// 502 with an HTML page, 200 with a body off the schema, slow headers, no answer. Each is a typed
// error (or, off the schema, the documented mapping: what can be read, null for the rest), with no
// unhandled rejection, and the create call (a POST without an Idempotency-Key) is sent once.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { operationExample } from "@patchbay/openapi/operation-example";
import { dummyCredentialOptions } from "@patchbay/test-support/dummy-credentials";
import { rejectionOf } from "@patchbay/test-support/rejection";
import { isolateVendorEnv } from "@patchbay/test-support/vendor-env";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  ConnectError,
  type ConnectInput,
  createPatchbay,
  InvalidResponseError,
  NetworkError,
  PatchbayError,
  type PatchbayOptions,
  TimeoutError,
  type VendorName,
  vendorNames,
} from "../src/index.js";
import { registry } from "../src/registry.generated.js";

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
let handler: Handler = (_req, res) => res.end();
/** Requests received, as `METHOD path`. */
const received: string[] = [];
let server: Server;
let baseUrl: string;

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeAll(async () => {
  process.on("unhandledRejection", onUnhandled);
  server = createServer((req, res) => {
    received.push(`${req.method} ${req.url}`);
    // no kept-alive socket for the next test to find closed (that POST would fail, unrepeated)
    res.setHeader("connection", "close");
    req.resume();
    req.on("end", () => handler(req, res));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  process.off("unhandledRejection", onUnhandled);
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
afterEach(async () => {
  // Sockets of requests the client gave up on stay in fetch's pool: close them, and give the
  // client time to see it, or the next test's POST could be written into a closed socket.
  server.closeAllConnections();
  await new Promise((resolve) => setTimeout(resolve, 100));
  received.length = 0;
  expect(unhandled).toEqual([]);
});
isolateVendorEnv();

const vendors = vendorNames;

/** Every vendor aimed at the server, retrying fast where the runtime may. */
const options = (shared: PatchbayOptions = {}): PatchbayOptions => ({
  retry: { baseDelayMs: 5, maxDelayMs: 20 },
  timeoutMs: 10_000,
  ...shared,
  ...Object.fromEntries(
    vendors.map((vendor) => [
      vendor,
      { baseUrl, ...dummyCredentialOptions(registry[vendor].descriptor) },
    ]),
  ),
});

/** Each vendor's create-connection input: its document's example. */
const inputs = Object.fromEntries(
  await Promise.all(
    vendors.map(async (vendor) => [
      vendor,
      await operationExample(vendor, registry[vendor].operations.create),
    ]),
  ),
) as { [V in VendorName]: ConnectInput[V] };

/** `METHOD /path` each create call must reach, its path parameters filled in from the input. */
const createPaths = Object.fromEntries(
  vendors.map((vendor) => {
    const { method, path } = registry[vendor].operations.create;
    const values = ((inputs[vendor] as { params?: { path?: object } }).params?.path ??
      {}) as Record<string, unknown>;
    const filled = path.replace(/\{([^}]+)\}/g, (_, name: string) =>
      encodeURIComponent(String(values[name])),
    );
    return [vendor, `${method.toUpperCase()} ${filled}`];
  }),
) as Record<VendorName, string>;

/** Long enough for a repeat the runtime must not make to reach the server. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));
const connect = <V extends VendorName>(vendor: V, shared?: PatchbayOptions) =>
  createPatchbay(options(shared)).connect(vendor, inputs[vendor]);

const json =
  (status: number, body: unknown): Handler =>
  (_req, res) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  };
const html = "<html><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>";
const faults: Record<string, Handler> = {
  "the socket closes before any answer": (_req, res) => res.socket?.destroy(),
  "the socket closes in the middle of the body": (_req, res) => {
    res.writeHead(201, { "content-type": "application/json", "content-length": "300" });
    res.write('{"id":"c1","redirect_url":"https://accounts.example.com/o');
    setTimeout(() => res.socket?.destroy(), 10);
  },
  "200 with invalid JSON": (_req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end('{"redirect_url": "https://accounts.example.com/o",,}');
  },
  "502 with an HTML page": (_req, res) => {
    res.writeHead(502, "Bad Gateway", { "content-type": "text/html" });
    res.end(html);
  },
  "headers later than timeoutMs": (_req, res) => {
    const timer = setTimeout(
      () => json(201, { redirect_url: "https://x.example" })(_req, res),
      5000,
    );
    res.on("close", () => clearTimeout(timer));
  },
  "no answer at all": () => {},
  "the body stops after the headers": (_req, res) => {
    res.writeHead(201, { "content-type": "application/json" });
    res.write('{"redirect_url":');
  },
};
/** What each fault gives: the class and a message pattern. */
const outcomes: Record<string, [new (...args: never[]) => Error, RegExp]> = {
  "the socket closes before any answer": [NetworkError, /^datagrid: POST .* #1 failed: /],
  "the socket closes in the middle of the body": [
    NetworkError,
    /^datagrid: POST .* #1 failed reading the body: /,
  ],
  "200 with invalid JSON": [
    PatchbayError,
    /^datagrid: the answer is not JSON \(.*\); check the base URL \(baseUrl or DATAGRID_BASE_URL\)$/,
  ],
  "502 with an HTML page": [
    ConnectError,
    /^datagrid: 502 Bad Gateway \(<html>.*\) — the vendor failed; try again later$/,
  ],
  "headers later than timeoutMs": [TimeoutError, /^datagrid: POST .* #1 timed out after 1000ms$/],
  "no answer at all": [TimeoutError, /^datagrid: POST .* #1 timed out after 1000ms$/],
  "the body stops after the headers": [
    TimeoutError,
    /^datagrid: POST .* #1 timed out after 1000ms reading the body$/,
  ],
};

describe.each(Object.keys(faults))("%s", (fault) => {
  const [errorClass, message] = outcomes[fault] as [new (...args: never[]) => Error, RegExp];

  // 1 s where the fault is a timeout (long enough for the request to reach the server on a busy
  // machine, so "sent once" is seen); elsewhere ample, so a closed socket cannot become a timeout
  const timeoutMs = errorClass === TimeoutError ? 1000 : 10_000;

  it(`connect() rejects with ${errorClass.name}, and the create call is sent once`, async () => {
    handler = faults[fault] as Handler;
    const error = await rejectionOf(connect("datagrid", { timeoutMs }));
    expect(error).toBeInstanceOf(errorClass);
    expect((error as Error).message).toMatch(message);
    expect(error).toMatchObject({ vendor: "datagrid" });
    if (error instanceof ConnectError) {
      expect(error).toMatchObject({ status: 502, retryable: true, body: html });
    }
    await settle();
    expect(received).toEqual(["POST /connections"]);
  });

  it("the generated client (patchbay.client) sends the POST once too", async () => {
    handler = faults[fault] as Handler;
    const client = await createPatchbay(options({ timeoutMs })).client("datagrid");
    const outcome = await client.POST("/connections", inputs.datagrid).then(
      (result) => result,
      (error: unknown) => error,
    );
    if (fault === "502 with an HTML page") {
      expect(outcome).toMatchObject({ error: html, response: { status: 502 } });
    } else if (fault === "200 with invalid JSON") {
      // the runtime's typed error (openapi-fetch's SyntaxError would quote the body); connect()
      // adds where to look (the message above)
      expect(outcome).toBeInstanceOf(InvalidResponseError);
    } else {
      expect(outcome).toBeInstanceOf(errorClass);
    }
    await settle();
    expect(received).toEqual(["POST /connections"]);
  });
});

describe("headers sent slowly but within timeoutMs", () => {
  it("connect() resolves as usual", async () => {
    handler = (req, res) => {
      setTimeout(
        () => json(201, { object: "redirect_url", redirect_url: "https://a.example/o" })(req, res),
        150,
      );
    };
    const start = await connect("datagrid", { timeoutMs: 10_000 });
    expect(start).toMatchObject({
      vendor: "datagrid",
      authorizationUrl: "https://a.example/o",
      status: "authorization_required",
    });
    expect(received).toEqual(["POST /connections"]);
  });
});

describe("200 whose body does not match the vendor's schema (documented: mapped where readable, null elsewhere)", () => {
  const offSchema: [string, unknown][] = [
    ["an empty object", {}],
    ["other fields", { unexpected: true, nested: { a: 1 } }],
    [
      "fields of the wrong types",
      {
        id: { nested: true },
        redirect_url: 42,
        authLink: ["x"],
        expiresIn: { hours: 1 },
        state: "constructor",
        data: "token",
        auth_request: 7,
      },
    ],
    ["a JSON string", "created"],
    ["a JSON array", [{ id: "c1" }]],
  ];

  describe.each(vendors)("%s", (vendor) => {
    it.each(offSchema)(
      "%s: a ConnectionStart of the documented types, raw kept",
      async (_, body) => {
        handler = json(201, body);
        const start = await connect(vendor);
        expect(start.vendor).toBe(vendor);
        // A text answer (Ampersand's URL) is kept as the text it is.
        const text = (registry[vendor].operations.create as { parseAs?: string }).parseAs;
        expect(start.raw).toEqual(text ? JSON.stringify(body) : body);
        for (const field of ["connectionId", "authorizationUrl", "expiresAt"] as const) {
          const value = start[field];
          expect(
            value === null || (typeof value === "string" && value !== ""),
            `${field}: ${String(value)}`,
          ).toBe(true);
        }
        expect(["authorization_required", "connected", "pending", "disconnected"]).toContain(
          start.status,
        );
        expect(received).toEqual([createPaths[vendor]]);
      },
    );
  });

  it("what can be read is still read: chartbrew's numeric id, supermemory's id and link", async () => {
    handler = json(201, { id: 7, extra: "x" });
    expect(await connect("chartbrew")).toMatchObject({ connectionId: "7", status: "connected" });
    handler = json(201, {
      id: "conn_1",
      authLink: "https://a.example/o",
      expiresIn: 3600,
      more: 1,
    });
    expect(await connect("supermemory")).toMatchObject({
      connectionId: "conn_1",
      authorizationUrl: "https://a.example/o",
      status: "authorization_required",
      expiresAt: expect.stringMatching(/^\d{4}-/),
    });
  });

  it("a JSON null is an error, not an empty ConnectionStart", async () => {
    handler = json(201, null);
    await expect(connect("datagrid")).rejects.toThrow(
      "datagrid: 201 without a body; expected the new connection",
    );
  });
});
