import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import {
  ApiError,
  apiErrorFromResponse,
  errorCode,
  InsecureTransportError,
  isRetryableStatus,
  NetworkError,
  PatchbayError,
  TimeoutError,
} from "../src/index.js";

const response = (status: number, headers: Record<string, string> = {}, statusText = "") =>
  new Response(null, { status, headers, statusText });

describe("errorCode", () => {
  it.each([
    [{ error: "rate_limit_exceeded", message: "slow down" }, "rate_limit_exceeded"],
    [{ code: "invalid_connector" }, "invalid_connector"],
    [{ code: 4001 }, "4001"],
    [{ error_code: "E_AUTH" }, "E_AUTH"],
    [{ error: { code: "conflict", message: "exists" } }, "conflict"],
    [{ error: { type: "invalid_request_error" } }, "invalid_request_error"],
    [{ type: "not_found_error" }, "not_found_error"],
    [{ detail: [{ loc: ["body", "x"], msg: "Field required", type: "missing" }] }, "missing"],
    [{ detail: { code: "provider_unavailable" } }, "provider_unavailable"],
    [{ detail: "Not authenticated" }, undefined],
    ["Bad Gateway", undefined],
    [null, undefined],
  ])("%o → %s", (body, code) => expect(errorCode(body)).toBe(code));
});

describe("apiErrorFromResponse", () => {
  it("carries status, code, retryability, the wait, the request id and the body", () => {
    const error = apiErrorFromResponse(
      "datagrid",
      response(429, { "retry-after": "30", "x-request-id": "req_123" }, "Too Many Requests"),
      { error: "rate_limit_exceeded" },
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(PatchbayError);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: "ApiError",
      vendor: "datagrid",
      status: 429,
      code: "rate_limit_exceeded",
      retryable: true,
      retryAfterMs: 30_000,
      requestId: "req_123",
      body: { error: "rate_limit_exceeded" },
    });
    expect(error.message).toBe(
      "datagrid: 429 Too Many Requests (rate_limit_exceeded) — retry after 30s",
    );
    expect(error.stack?.split("\n")[0]).toBe(`ApiError: ${error.message}`);
  });

  it("omits what it does not know", () => {
    const error = apiErrorFromResponse(
      "chartbrew",
      response(404, { "request-id": "r2" }),
      "Not Found",
    );
    expect(error.message).toBe("chartbrew: 404");
    expect(error).toMatchObject({
      code: undefined,
      retryable: false,
      retryAfterMs: undefined,
      requestId: "r2",
    });
  });

  it("serialises with toJSON and util.inspect", () => {
    const error = apiErrorFromResponse("supermemory", response(503, {}, "Service Unavailable"), {
      code: "down",
    });
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: "ApiError",
      message: "supermemory: 503 Service Unavailable (down)",
      vendor: "supermemory",
      status: 503,
      code: "down",
      retryable: true,
      body: { code: "down" },
    });
    const shown = inspect(error);
    expect(shown).toContain("ApiError: supermemory: 503 Service Unavailable (down)");
    expect(shown).toContain('"status":503');
  });
});

describe("error types", () => {
  it("each has its own name and is a PatchbayError", () => {
    for (const [Type, name] of [
      [TimeoutError, "TimeoutError"],
      [NetworkError, "NetworkError"],
      [InsecureTransportError, "InsecureTransportError"],
      [ApiError, "ApiError"],
    ] as const) {
      const error = new Type("x", { vendor: "v" });
      expect(error).toBeInstanceOf(PatchbayError);
      expect(error.name).toBe(name);
      expect(String(error)).toBe(`${name}: x`);
    }
  });
});

describe("isRetryableStatus", () => {
  it.each([
    [408, true],
    [429, true],
    [500, true],
    [502, true],
    [503, true],
    [504, true],
    [501, false],
    [400, false],
    [401, false],
    [404, false],
    [409, false],
  ])("%i → %s", (status, retryable) => expect(isRetryableStatus(status)).toBe(retryable));
});
