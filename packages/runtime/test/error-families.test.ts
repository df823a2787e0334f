// Errors a user can catch by kind: each status family has its class, `throwOnError` throws them
// (client option and withOptions), and TimeoutError is a NetworkError.
import { rejectionOf } from "@patchbay/test-support/rejection";
import { afterEach, describe, expect, expectTypeOf, it } from "vitest";
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  createVendorClient,
  InternalServerError,
  NetworkError,
  NotFoundError,
  PatchbayError,
  PermissionDeniedError,
  RateLimitError,
  TimeoutError,
  UnprocessableEntityError,
} from "../src/index.js";
import { descriptor, type paths, type TestvendorOptions } from "./fixtures.js";
import { closeAll, hostile } from "./hostile/servers.js";
import { reply } from "./server.js";

afterEach(closeAll);

const families = [
  [400, BadRequestError],
  [401, AuthenticationError],
  [403, PermissionDeniedError],
  [404, NotFoundError],
  [409, ConflictError],
  [422, UnprocessableEntityError],
  [429, RateLimitError],
  [500, InternalServerError],
  [503, InternalServerError],
] as const;
const classes = [...new Set(families.map(([, Class]) => Class))];

const options = (baseUrl: string): TestvendorOptions => ({
  baseUrl,
  apiKey: "sk_families_0123",
  retry: false,
});

describe("throwOnError: true throws the status family's error", () => {
  it.each(families)("%i", async (status, Family) => {
    const server = await hostile((res) =>
      reply(
        res,
        status,
        { error: { code: `code_${status}`, message: "no" } },
        { "x-request-id": `req_${status}`, "retry-after": "7" },
      ),
    );
    const client = createVendorClient<paths>(descriptor, {
      ...options(server.url),
      throwOnError: true,
    });
    const error = await rejectionOf(client.GET("/connections"));
    expect(error).toBeInstanceOf(Family);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(PatchbayError);
    for (const Other of classes) if (Other !== Family) expect(error).not.toBeInstanceOf(Other);
    expect(error).toMatchObject({
      status,
      code: `code_${status}`,
      requestId: `req_${status}`,
      retryAfterMs: 7000,
      body: { error: { code: `code_${status}`, message: "no" } },
    });
  });

  it("withOptions turns it on and off; a 2xx resolves with data", async () => {
    const server = await hostile((res, attempt) =>
      attempt === 2 ? reply(res, 200, { items: ["a"] }) : reply(res, 404, { error: "missing" }),
    );
    const quiet = createVendorClient<paths>(descriptor, options(server.url));
    expect(
      await rejectionOf(quiet.withOptions({ throwOnError: true }).GET("/connections")),
    ).toBeInstanceOf(NotFoundError);
    const loud = quiet.withOptions({ throwOnError: true });
    const { data } = await loud.GET("/connections");
    expect(data.items).toEqual(["a"]);
    const { error } = await loud.withOptions({ throwOnError: false }).GET("/connections");
    expect(error).toEqual({ error: "missing" });
  });

  it("types: with throwOnError, data is not optional", () => {
    const client = createVendorClient<paths>(descriptor, { throwOnError: true });
    expectTypeOf(client.GET("/connections"))
      .resolves.toHaveProperty("data")
      .toEqualTypeOf<{ items: string[] }>();
    const quiet = createVendorClient<paths>(descriptor);
    expectTypeOf(quiet.GET("/connections"))
      .resolves.toHaveProperty("data")
      .toEqualTypeOf<{ items: string[] } | undefined>();
    expectTypeOf(quiet.withOptions({ throwOnError: true }).GET("/connections"))
      .resolves.toHaveProperty("data")
      .toEqualTypeOf<{ items: string[] }>();
  });
});

describe("kinds", () => {
  it("a TimeoutError is a NetworkError; a family class matches any ApiError of its status", () => {
    expect(new TimeoutError("t", { vendor: "v" })).toBeInstanceOf(NetworkError);
    const built = new ApiError("x", { status: 429 });
    expect(built).toBeInstanceOf(RateLimitError);
    expect(built).not.toBeInstanceOf(InternalServerError);
    expect(new Error("x")).not.toBeInstanceOf(RateLimitError);
  });
});
