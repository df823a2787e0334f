import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { inspect } from "node:util";
import { rejectionOf as failure } from "@patchbay/test-support/rejection";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ConfigurationError,
  ConnectError,
  createPatchbay,
  InsecureTransportError,
  NetworkError,
  PatchbayError,
  type PatchbayOptions,
  TimeoutError,
  vendorNames,
} from "../src/index.js";
import { registry } from "../src/registry.generated.js";
import { bodies, fetchOf, mocked, useMocks } from "./support/connect-setup.js";

useMocks();

describe("configuration errors are thrown before anything is sent", () => {
  it("a vendor without credentials names the variables and options to set", async () => {
    const fetch = fetchOf((request) => globalThis.fetch(request));
    const error = await failure<ConfigurationError>(
      createPatchbay({ fetch }).connect("datagrid", bodies.datagrid),
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toBe(
      "datagrid is not configured: set DATAGRID_API_KEY, or pass its credentials in createPatchbay({ datagrid: { ... } })",
    );
    expect(error).toMatchObject({ vendor: "datagrid", missingEnv: [["DATAGRID_API_KEY"]] });
    expect(fetch.spy).not.toHaveBeenCalled();
  });

  it("lists every way a vendor can authenticate, and only what is still missing", async () => {
    process.env.POLYTOMIC_USERNAME = "someone";
    const error = await failure<ConfigurationError>(
      createPatchbay({}).connect("polytomic", bodies.polytomic),
    );
    expect(error.missingEnv).toEqual([["POLYTOMIC_PASSWORD"], ["POLYTOMIC_API_KEY"]]);
    expect(error.message).toMatch(
      /^polytomic is not configured: set POLYTOMIC_PASSWORD, or POLYTOMIC_API_KEY,/,
    );
    await expect(createPatchbay({}).client("agentstack")).rejects.toThrow(
      "agentstack is not configured: set AGENTSTACK_USERNAME and AGENTSTACK_PASSWORD",
    );
  });

  it("an unknown vendor name from JavaScript lists the known vendors", async () => {
    const connect = createPatchbay(mocked()).connect as (
      vendor: string,
      input: object,
    ) => Promise<unknown>;
    const error = await failure<ConfigurationError>(connect("myspace", {}));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toBe(
      `unknown vendor "myspace"; known vendors: ${vendorNames.join(", ")}`,
    );
    // the registry's vendors, sorted
    expect(vendorNames).toEqual(Object.keys(registry).sort());
  });

  it("an unknown option key (a misspelt vendor) is refused at once", () => {
    expect(() => createPatchbay({ supermemroy: { apiKey: "k" } } as PatchbayOptions)).toThrow(
      new RegExp(
        `^createPatchbay: unknown option "supermemroy"; known vendors: ${vendorNames.join(", ")};`,
      ),
    );
  });

  it("credentials never go over plain http to a remote host (InsecureTransportError, nothing sent)", async () => {
    const fetch = fetchOf((request) => globalThis.fetch(request));
    const error = await failure(
      createPatchbay({
        fetch,
        datagrid: { baseUrl: "http://api.example.com", apiKey: "dg_0123456789" },
      }).connect("datagrid", bodies.datagrid),
    );
    expect(error).toBeInstanceOf(InsecureTransportError);
    expect(fetch.spy).not.toHaveBeenCalled();
  });
});

describe("transport failures pass through typed", () => {
  let hanging: Server;
  let hangingUrl: string;
  beforeAll(async () => {
    hanging = createServer(() => {});
    await new Promise<void>((resolve) => hanging.listen(0, "127.0.0.1", resolve));
    hangingUrl = `http://127.0.0.1:${(hanging.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    hanging.closeAllConnections();
    hanging.close();
  });

  it("NetworkError when nothing listens", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const error = await failure(
      createPatchbay({
        retry: false,
        datagrid: { baseUrl: `http://127.0.0.1:${port}`, apiKey: "dg_0123456789" },
      }).connect("datagrid", bodies.datagrid),
    );
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ vendor: "datagrid" });
  });

  it("TimeoutError when the vendor does not answer in timeoutMs", async () => {
    const error = await failure(
      createPatchbay({
        timeoutMs: 200,
        datagrid: { baseUrl: hangingUrl, apiKey: "dg_0123456789" },
      }).connect("datagrid", bodies.datagrid),
    );
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ vendor: "datagrid", timeoutMs: 200 });
  });

  it("the caller's signal aborts the call", async () => {
    const controller = new AbortController();
    const pending = createPatchbay({
      datagrid: { baseUrl: hangingUrl, apiKey: "dg_0123456789" },
    }).connect("datagrid", bodies.datagrid, { signal: controller.signal });
    controller.abort(new Error("user went away"));
    await expect(pending).rejects.toThrow("user went away");
  });

  it("a 2xx that is not JSON says to check the base URL", async () => {
    const fetch = fetchOf(
      async () =>
        new Response("<html>hello</html>", {
          status: 200,
          headers: { "content-type": "text/html" },
        }),
    );
    const error = await failure<PatchbayError>(
      createPatchbay({ fetch, datagrid: { apiKey: "dg_0123456789" } }).connect(
        "datagrid",
        bodies.datagrid,
      ),
    );
    expect(error).toBeInstanceOf(PatchbayError);
    expect(error.message).toMatch(
      /^datagrid: the answer is not JSON \(.*\); check the base URL \(baseUrl or DATAGRID_BASE_URL\)$/,
    );
  });

  it("a 2xx without a body is an error, not an empty ConnectionStart", async () => {
    const fetch = fetchOf(async () => new Response(null, { status: 204 }));
    await expect(
      createPatchbay({ fetch, datagrid: { apiKey: "dg_0123456789" } }).connect(
        "datagrid",
        bodies.datagrid,
      ),
    ).rejects.toThrow("datagrid: 204 without a body; expected the new connection");
  });
});

describe("no credential ever appears in an error", () => {
  const apiKey = "sk_live_OPTIONS_SECRET_5f1c9a";
  const password = "pw_OPTIONS_SECRET_77d0e2";
  const clientSecret = "cs_BODY_SECRET/2b8e41+";

  const sentValues = (sent: string, encode = (text: string) => text) =>
    Object.values(JSON.parse(sent || "{}") as Record<string, unknown>)
      .map((value) => encode(String(value)))
      .join(", ");
  /** A vendor that echoes what it was sent back in its error, as careless servers do. */
  const echoing = (status: number) =>
    fetchOf(async (request) => {
      const sent = await request.text();
      return Response.json(
        {
          message: `rejected ${request.headers.get("authorization")} for ${sent}`,
          detail: `client_secret=${clientSecret} is not valid; key ${apiKey}`,
          // what was sent, in free text: no secret-looking name gives a value away
          hint: `${sentValues(sent)} (${sentValues(sent, encodeURIComponent)}) were not recognised`,
          authorization: request.headers.get("authorization"),
          request: JSON.parse(sent || "{}"),
        },
        { status, headers: { "www-authenticate": `Bearer ${apiKey}` } },
      );
    });

  const secretsIn = (error: unknown) => {
    const shown = [
      (error as Error).message,
      JSON.stringify(error),
      inspect(error, { depth: 10 }),
      String((error as Error).stack),
      String(error),
    ].join("\n");
    return [apiKey, password, clientSecret, btoa(`as_user:${password}`)].filter((secret) =>
      shown.includes(secret),
    );
  };

  it.each([401, 400, 500])("bearer key in the options, echoed in a %i", async (status) => {
    const error = await failure<ConnectError>(
      createPatchbay({ retry: false, fetch: echoing(status), supermemory: { apiKey } }).connect(
        "supermemory",
        bodies.supermemory,
      ),
    );
    expect(error).toBeInstanceOf(ConnectError);
    expect(error.status).toBe(status);
    expect(secretsIn(error)).toEqual([]);
    expect(error.message).toMatch(new RegExp(`^supermemory: ${status} `));
  });

  it("basic password in the options and a client_secret in the body, echoed back", async () => {
    const error = await failure<ConnectError>(
      createPatchbay({
        retry: false,
        fetch: echoing(400),
        agentstack: { username: "as_user", password },
      }).connect("agentstack", {
        body: {
          url: "https://mcp.example.com/mcp",
          client_id: "agentstack-prod",
          client_secret: clientSecret,
        },
      }),
    );
    expect(error).toBeInstanceOf(ConnectError);
    expect(secretsIn(error)).toEqual([]);
    expect(error.message).toContain("agentstack: 400 Bad Request (");
  });

  it("a missing-credentials error names variables, never values", async () => {
    process.env.AGENTSTACK_USERNAME = "as_user";
    const error = await failure<ConfigurationError>(
      createPatchbay({}).connect("agentstack", bodies.agentstack),
    );
    expect(error.message).toContain("AGENTSTACK_PASSWORD");
    expect(error.message).not.toContain("as_user");
  });
});
