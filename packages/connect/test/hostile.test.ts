// The runtime under attack, driven through connect(): credentials and bodies stay on their origin
// (a 307 elsewhere is refused), bombs and deep bodies end in typed errors, echoed secrets are hidden however many
// aggregators the process made. And the error classes are one set across every package.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import * as datagrid from "@patchbay/datagrid";
import * as runtime from "@patchbay/runtime";
import { rejectionOf } from "@patchbay/test-support/rejection";
import { afterEach, describe, expect, expectTypeOf, it } from "vitest";
import * as connect from "../src/index.js";
import {
  ConnectError,
  createPatchbay,
  RateLimitError,
  ResponseTooLargeError,
} from "../src/index.js";

type Handler = (req: IncomingMessage & { body: string }, res: ServerResponse) => void;
const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});
/** A loopback server; returns its URL and what it received. */
async function serve(handler: Handler) {
  const received: (IncomingMessage & { body: string })[] = [];
  const server = createServer(async (req, res) => {
    let body = "";
    for await (const chunk of req) body += chunk;
    const request = Object.assign(req, { body });
    received.push(request);
    handler(request, res);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
}

const apiKey = "sm_hostile_0123456789";
const input = {
  params: { path: { provider: "notion" as const } },
  body: { redirectUrl: "https://app.example.com/callback" },
};
const created = { id: "c1", authLink: "https://notion.example/auth", expiresIn: "1 hour" };

/** Every vendor package connect depends on (the registry's), by name. */
const vendorPackages: Record<string, Record<string, unknown>> = Object.fromEntries(
  await Promise.all(
    connect.vendorNames.map(async (vendor) => [vendor, await import(`@patchbay/${vendor}`)]),
  ),
);

describe("through connect()", () => {
  it("a 307 to another origin: nothing is sent there, not the body, not the credential", async () => {
    const other = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(created));
    });
    const origin = await serve((_req, res) => {
      res.writeHead(307, { location: `${other.url}/landed` });
      res.end();
    });
    const refused = await rejectionOf<runtime.RedirectRefusedError>(
      createPatchbay({ supermemory: { baseUrl: origin.url, apiKey } }).connect(
        "supermemory",
        input,
      ),
    );
    expect(refused).toBeInstanceOf(runtime.RedirectRefusedError);
    expect(refused).toMatchObject({ vendor: "supermemory", origin: other.url, status: 307 });
    expect(other.received).toEqual([]);
    expect(origin.received[0]?.headers.authorization).toBe(`Bearer ${apiKey}`);
  });

  it("a 307 to another origin, followed where the app opts in: the body, never the credential", async () => {
    const other = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(created));
    });
    const origin = await serve((_req, res) => {
      res.writeHead(307, { location: `${other.url}/landed` });
      res.end();
    });
    const start = await createPatchbay({
      supermemory: { baseUrl: origin.url, apiKey, allowCrossOriginBodyRedirects: true },
    }).connect("supermemory", input);
    expect(start.connectionId).toBe("c1");
    expect(other.received[0]?.body).toBe(JSON.stringify(input.body));
    expect(other.received[0]?.headers.authorization).toBeUndefined();
  });

  it("a gzip bomb is a ResponseTooLargeError", async () => {
    const bomb = gzipSync(Buffer.alloc(16 * 2 ** 20));
    const { url } = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
      res.end(bomb);
    });
    const pending = createPatchbay({ supermemory: { baseUrl: url, apiKey } }).connect(
      "supermemory",
      input,
    );
    expect(await rejectionOf(pending)).toBeInstanceOf(ResponseTooLargeError);
  });

  it("a 400 nested 100,000 deep, for a body with a secret field, is a ConnectError", async () => {
    const { url } = await serve((_req, res) => {
      res.writeHead(400, { "content-type": "application/json" });
      res.end(`${'{"error":'.repeat(100_000)}"x"${"}".repeat(100_000)}`);
    });
    const error = await rejectionOf(
      createPatchbay({
        agentstack: { baseUrl: url, username: "as_user", password: "as_pw_0123" },
      }).connect("agentstack", {
        body: { url: "https://mcp.example.com/mcp", client_id: "id", client_secret: "cs_0123456" },
      }),
    );
    expect(error).toBeInstanceOf(ConnectError);
    expect(error).toBeInstanceOf(connect.BadRequestError);
  });

  it("after 60 other aggregators, a tenant's key echoed in the body and a header stays hidden", async () => {
    const { url } = await serve((req, res) => {
      const key = String(req.headers.authorization).slice("Bearer ".length);
      res.writeHead(429, {
        "content-type": "application/json",
        "x-request-id": `req ${key}`,
        "retry-after": "3",
      });
      res.end(
        JSON.stringify({
          message: `key ${encodeURIComponent(key).toLowerCase()} over its limit (${key})`,
        }),
      );
    });
    const tenantKey = "sm_tenant_first/0123+456789";
    const first = createPatchbay({
      retry: false,
      supermemory: { baseUrl: url, apiKey: tenantKey },
    });
    for (let i = 0; i < 60; i++)
      await createPatchbay({ supermemory: { apiKey: `sm_other_${i}_0123456789` } }).client(
        "supermemory",
      );
    const error = await rejectionOf(first.connect("supermemory", input));
    expect(error).toBeInstanceOf(RateLimitError);
    const shown = `${JSON.stringify(error)} ${String((error as Error).stack)} ${(error as ConnectError).requestId}`;
    for (const form of [
      tenantKey,
      encodeURIComponent(tenantKey),
      encodeURIComponent(tenantKey).toLowerCase(),
    ])
      expect(shown).not.toContain(form);
  });
});

describe("one set of error classes across every package", () => {
  const names = [
    "ApiError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InsecureTransportError",
    "InternalServerError",
    "NetworkError",
    "NotFoundError",
    "PatchbayError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "TimeoutError",
    "UnprocessableEntityError",
  ] as const;
  const packages = { connect, ...vendorPackages };

  it.each(Object.entries(packages))(
    "%s exports the runtime's classes themselves",
    (_, exported) => {
      // every name, looked up by name on purpose: that is what is tested
      // biome-ignore lint/performance/noDynamicNamespaceImportAccess: a test of the exports
      for (const name of names) expect(exported[name], name).toBe(runtime[name]);
    },
  );

  it("a vendor client's thrown error is instanceof the class from every package", async () => {
    const { url } = await serve((_req, res) => {
      res.writeHead(429, { "content-type": "application/json" });
      res.end('{"error":"rate_limit_exceeded"}');
    });
    const client = datagrid.createClient({
      baseUrl: url,
      apiKey: "dg_0123456789",
      retry: false,
      throwOnError: true,
    });
    // with throwOnError, the generated client's `data` is not optional (types only: not called)
    const loud = () => client.POST("/connections", { body: { connector_id: "x" } });
    const quiet = () =>
      datagrid.createClient().POST("/connections", { body: { connector_id: "x" } });
    expectTypeOf(loud).returns.resolves.toHaveProperty("data").not.toBeNullable();
    expectTypeOf(quiet).returns.resolves.toHaveProperty("data").toBeNullable();
    const error = await rejectionOf(client.POST("/connections", { body: { connector_id: "x" } }));
    for (const exported of [runtime, ...Object.values(packages)]) {
      expect(error).toBeInstanceOf(exported.RateLimitError);
      expect(error).toBeInstanceOf(exported.ApiError);
      expect(error).not.toBeInstanceOf(exported.InternalServerError);
    }
  });
});
