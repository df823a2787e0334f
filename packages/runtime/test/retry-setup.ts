import { afterEach } from "vitest";
import { createVendorClient } from "../src/index.js";
import { descriptor, fastRetry, type paths, type TestvendorOptions } from "./fixtures.js";
import { type Handler, reply, startServer, type TestServer } from "./server.js";

export const create = { body: { connector_id: "google_drive" } };
export const created = { id: "c1", redirect_url: "https://example.com/auth" };

/** Answers `status` (with `headers`) until `failures` attempts have failed, then 201. */
export const failThenCreate =
  (failures: number, status: number, headers: Record<string, string> = {}): Handler =>
  (res, attempt) =>
    attempt <= failures
      ? reply(res, status, { error: "rate_limit_exceeded" }, headers)
      : reply(res, 201, created);

/**
 * A loopback server per test (closed after it) and a client aimed at it with fast retries:
 * `setup(handler)` starts both, `server()` is the running server.
 */
export function serverAndClient() {
  let current: TestServer | undefined;
  afterEach(() => current?.close());
  return {
    server: (): TestServer => current as TestServer,
    async setup(handler: Handler, overrides: TestvendorOptions = {}) {
      current = await startServer(handler);
      const options: TestvendorOptions = {
        baseUrl: current.url,
        apiKey: "sk_test",
        retry: fastRetry,
        ...overrides,
      };
      return createVendorClient<paths>(descriptor, options);
    },
  };
}
