import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { inspect } from "node:util";
import { type MockServers, startMocks } from "@patchbay/mocks/start-mocks";
import { ApiError } from "@patchbay/runtime";
import { dummyCredentialOptions } from "@patchbay/test-support/dummy-credentials";
import { rejectionOf as failure } from "@patchbay/test-support/rejection";
import { isolateVendorEnv } from "@patchbay/test-support/vendor-env";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  ConfigurationError,
  ConnectError,
  createPatchbay,
  InsecureTransportError,
  NetworkError,
  PatchbayError,
  type PatchbayOptions,
  registry,
  type SharedOptions,
  TimeoutError,
  vendorNames,
} from "../src/index.js";

/** A `fetch` for the runtime, which always passes a `Request`. */
const fetchOf = (handler: (request: Request) => Promise<Response>) => {
  const spy = vi.fn(handler);
  return Object.assign(spy as unknown as typeof fetch, { spy });
};

let mocks: MockServers;
beforeAll(async () => {
  mocks = await startMocks();
});
afterAll(() => mocks.close());
isolateVendorEnv();

/** Every vendor aimed at its Prism mock with test credentials; no retries, so error paths answer at once. */
const mocked = (shared: SharedOptions = {}): PatchbayOptions => ({
  retry: false,
  ...shared,
  ...Object.fromEntries(
    vendorNames.map((vendor) => [
      vendor,
      { baseUrl: mocks.urls[vendor], ...dummyCredentialOptions(registry[vendor].descriptor) },
    ]),
  ),
});

/** Prism answers with the document's response for this status, or this named example. */
const prefer = (value: string): SharedOptions => ({ headers: { Prefer: value } });

const bodies = {
  datagrid: { body: { connector_id: "google_drive" } },
  supermemory: {
    params: { path: { provider: "notion" as const } },
    body: {
      redirectUrl: "https://app.example.com/integrations/notion/callback",
      containerTags: ["user_123"],
    },
  },
  polytomic: {
    body: {
      name: "Salesforce Connection",
      redirect_url: "https://app.example.com/integrations/polytomic/done",
      whitelist: ["salesforce"],
    },
  },
  agentstack: { body: { url: "https://mcp.example.com/mcp" } },
  chartbrew: {
    params: { path: { team_id: "42" } },
    body: {
      name: "Production Postgres",
      type: "postgres" as const,
      team_id: 42,
      host: "db.example.com",
    },
  },
};

describe("connect() maps each vendor's answer as DESIGN.md says (Prism mocks of specs/*.yaml)", () => {
  it("datagrid: redirect_url, no id", async () => {
    const start = await createPatchbay(mocked()).connect("datagrid", bodies.datagrid);
    expect(start).toEqual({
      vendor: "datagrid",
      connectionId: null,
      status: "authorization_required",
      authorizationUrl: expect.stringMatching(
        /^https:\/\/accounts\.google\.com\/o\/oauth2\/v2\/auth\?/,
      ),
      expiresAt: null,
      raw: { object: "redirect_url", redirect_url: start.authorizationUrl },
    });
  });

  it('supermemory: id, authLink, expiresIn "1 hour" → expiresAt an hour from now', async () => {
    const before = Date.now();
    const start = await createPatchbay(mocked()).connect("supermemory", bodies.supermemory);
    expect(start).toMatchObject({
      vendor: "supermemory",
      connectionId: "conn_8f2kQ1xZt7LmVb3R",
      status: "authorization_required",
      authorizationUrl: expect.stringMatching(
        /^https:\/\/api\.notion\.com\/v1\/oauth\/authorize\?/,
      ),
    });
    expect(start.raw).toMatchObject({ expiresIn: "1 hour", authLink: start.authorizationUrl });
    const expiresAt = Date.parse(start.expiresAt ?? "");
    expect(expiresAt).toBeGreaterThanOrEqual(before + 3_600_000);
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + 3_600_000);
  });

  it("supermemory: web-crawler has no authLink → connected, no expiry", async () => {
    const start = await createPatchbay(mocked(prefer("example=web-crawler"))).connect(
      "supermemory",
      {
        params: { path: { provider: "web-crawler" } },
        body: { containerTag: "user_123", metadata: { startUrl: "https://docs.example.com" } },
      },
    );
    expect(start).toEqual({
      vendor: "supermemory",
      connectionId: "conn_Wc4nP9sJd2HyEo6T",
      status: "connected",
      authorizationUrl: null,
      expiresAt: null,
      raw: { id: "conn_Wc4nP9sJd2HyEo6T", authLink: null, expiresIn: null },
    });
  });

  it("polytomic: data.redirect_url; the session token stays in raw", async () => {
    const start = await createPatchbay(mocked()).connect("polytomic", bodies.polytomic);
    const url =
      "https://app.polytomic.com/connect?type=salesforce&token=3f9c1e7a5b2d4c8e9a0f6b1d2e3c4a5b";
    expect(start).toEqual({
      vendor: "polytomic",
      connectionId: null,
      status: "authorization_required",
      authorizationUrl: url,
      expiresAt: null,
      raw: { data: { redirect_url: url, token: "3f9c1e7a5b2d4c8e9a0f6b1d2e3c4a5b" } },
    });
  });

  it("polytomic: a Bearer API key works too (and X-Polytomic-Version is sent, or Prism would refuse)", async () => {
    const start = await createPatchbay({
      ...mocked(),
      polytomic: { baseUrl: mocks.urls.polytomic, apiKey: "pt_key_0123456789" },
    }).connect("polytomic", bodies.polytomic);
    expect(start.status).toBe("authorization_required");
  });

  it("agentstack: its 201, state auth_required → authorization_required at auth_request.authorization_endpoint", async () => {
    const start = await createPatchbay(mocked()).connect("agentstack", bodies.agentstack);
    expect(start).toMatchObject({
      vendor: "agentstack",
      connectionId: "0b7e4c2a-9f13-4d58-a6e1-3c8d2f5b7a90",
      status: "authorization_required",
      authorizationUrl: expect.stringMatching(/^https:\/\/auth\.example\.com\/oauth\/authorize\?/),
      expiresAt: null,
    });
    expect(start.authorizationUrl).toBe(start.raw.auth_request?.authorization_endpoint);
  });

  it("agentstack: state connected → connected, no URL", async () => {
    const start = await createPatchbay(mocked(prefer("example=connected"))).connect(
      "agentstack",
      bodies.agentstack,
    );
    expect(start).toMatchObject({
      connectionId: "6f1d3b8e-2a47-4c95-8e0b-9d4c7a1f2e63",
      status: "connected",
      authorizationUrl: null,
    });
    expect(start.raw.state).toBe("connected");
  });

  it("chartbrew: id as a string, connected", async () => {
    const start = await createPatchbay(mocked()).connect("chartbrew", bodies.chartbrew);
    expect(start).toMatchObject({
      vendor: "chartbrew",
      connectionId: "187",
      status: "connected",
      authorizationUrl: null,
      expiresAt: null,
      raw: { id: 187, team_id: 42 },
    });
  });

  it("reads credentials and the base URL from the vendor's environment variables when options leave them out", async () => {
    process.env.DATAGRID_API_KEY = "dg_env_0123456789";
    process.env.DATAGRID_BASE_URL = mocks.urls.datagrid;
    const start = await createPatchbay().connect("datagrid", bodies.datagrid);
    expect(start.status).toBe("authorization_required");
  });

  it("applies shared options to every vendor and creates each client once", async () => {
    const fetch = fetchOf((request) => globalThis.fetch(request));
    const patchbay = createPatchbay(mocked({ fetch }));
    await patchbay.connect("datagrid", bodies.datagrid);
    await patchbay.connect("chartbrew", bodies.chartbrew);
    expect(fetch.spy).toHaveBeenCalledTimes(2);
    expect(patchbay.client("datagrid")).toBe(patchbay.client("datagrid"));
    expect(patchbay.vendors).toEqual(Object.keys(registry).sort());
  });
});

describe("a non-2xx answer throws ConnectError with a message a person can act on", () => {
  const permission =
    "the credential was accepted but may not do this; use one with permission to create connections";
  const fix = "fix the params or body named above";
  const cases = [
    [
      "datagrid",
      429,
      "datagrid: 429 Too Many Requests (Rate limit exceeded for POST /connections.) — try again in 12s",
    ],
    [
      "supermemory",
      401,
      "supermemory: 401 Unauthorized (Invalid API key) — set SUPERMEMORY_API_KEY or pass apiKey",
    ],
    [
      "polytomic",
      401,
      "polytomic: 401 Unauthorized (invalid API key) — set POLYTOMIC_USERNAME and POLYTOMIC_PASSWORD or pass username and password; or set POLYTOMIC_API_KEY or pass apiKey",
    ],
    ["polytomic", 403, `polytomic: 403 Forbidden — ${permission}`],
    [
      "polytomic",
      422,
      `polytomic: 422 Unprocessable Entity (validation failed: redirect_url is required) — ${fix}`,
    ],
    ["polytomic", 500, "polytomic: 500 Internal Server Error — the vendor failed; try again later"],
    [
      "agentstack",
      400,
      `agentstack: 400 Bad Request (client_secret cannot be provided without client_id) — ${fix}`,
    ],
    [
      "agentstack",
      422,
      `agentstack: 422 Unprocessable Entity (body.url: Input should be a valid URL, relative URL without a base) — ${fix}`,
    ],
    ["chartbrew", 400, `chartbrew: 400 Bad Request (Missing required field: name) — ${fix}`],
    ["chartbrew", 401, "chartbrew: 401 Unauthorized — set CHARTBREW_API_KEY or pass apiKey"],
    ["chartbrew", 403, `chartbrew: 403 Forbidden (Access denied) — ${permission}`],
  ] as const;

  it.each(cases)("%s %i", async (vendor, status, message) => {
    const patchbay = createPatchbay(mocked(prefer(`code=${status}`)));
    const error = await failure<ConnectError>(patchbay.connect(vendor, bodies[vendor] as never));
    expect(error).toBeInstanceOf(ConnectError);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(PatchbayError);
    expect(error).toMatchObject({
      name: "ConnectError",
      vendor,
      status,
      message,
      retryable: status === 429 || status === 500,
    });
    expect(error.body).toBeTypeOf("object");
  });

  it("carries the vendor's code, Retry-After and body", async () => {
    const error = await failure<ConnectError>(
      createPatchbay(mocked(prefer("code=429"))).connect("datagrid", bodies.datagrid),
    );
    expect(error).toMatchObject({
      code: "rate_limit_exceeded",
      retryable: true,
      retryAfterMs: 12_000,
      hint: "try again in 12s",
      body: { status_code: 429, error: "rate_limit_exceeded", retryable: true },
    });
  });

  it("a request the document rejects comes back as Prism's 422 (the supermemory document has no 422)", async () => {
    const error = await failure<ConnectError>(
      createPatchbay(mocked()).connect("supermemory", {
        params: { path: { provider: "notion" } },
        body: { documentLimit: "many" as never },
      }),
    );
    expect(error).toBeInstanceOf(ConnectError);
    expect(error.status).toBe(422);
    expect(error.message).toMatch(
      /^supermemory: 422 Unprocessable Entity \(.*documentLimit.*\) — fix the params or body/,
    );
  });
});

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
    expect(() => createPatchbay({}).client("agentstack")).toThrow(
      "agentstack is not configured: set AGENTSTACK_USERNAME and AGENTSTACK_PASSWORD",
    );
  });

  it("an unknown vendor name from JavaScript lists the known vendors", async () => {
    const connect = createPatchbay(mocked()).connect as (
      vendor: string,
      input: object,
    ) => Promise<unknown>;
    const error = await failure<ConfigurationError>(connect("stripe", {}));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toBe(`unknown vendor "stripe"; known vendors: ${vendorNames.join(", ")}`);
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
