import { ApiError } from "@patchbay/runtime";
import { rejectionOf as failure } from "@patchbay/test-support/rejection";
import { describe, expect, it } from "vitest";
import { ConnectError, createPatchbay, PatchbayError } from "../src/index.js";
import { registry } from "../src/registry.generated.js";
import { bodies, fetchOf, mocked, mockUrls, prefer, useMocks } from "./support/connect-setup.js";

useMocks();

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
      polytomic: { baseUrl: mockUrls().polytomic, apiKey: "pt_key_0123456789" },
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
    process.env.DATAGRID_BASE_URL = mockUrls().datagrid;
    const start = await createPatchbay().connect("datagrid", bodies.datagrid);
    expect(start.status).toBe("authorization_required");
  });

  it("applies shared options to every vendor and creates each client once", async () => {
    const fetch = fetchOf((request) => globalThis.fetch(request));
    const patchbay = createPatchbay(mocked({ fetch }));
    await patchbay.connect("datagrid", bodies.datagrid);
    await patchbay.connect("chartbrew", bodies.chartbrew);
    expect(fetch.spy).toHaveBeenCalledTimes(2);
    expect(await patchbay.client("datagrid")).toBe(await patchbay.client("datagrid"));
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
    [
      "chartbrew",
      400,
      `chartbrew: 400 Bad Request (PostgreSQL is disabled on this server.) — ${fix}`,
    ],
    [
      "chartbrew",
      401,
      "chartbrew: 401 Unauthorized (Not authorized) — set CHARTBREW_API_KEY or pass apiKey",
    ],
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
