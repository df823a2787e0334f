import { afterEach, describe, expect, it, vi } from "vitest";
import { createVendorClient, type VendorDescriptor } from "../src/index.js";
import { descriptor, fastRetry, type paths, type TestvendorOptions } from "./fixtures.js";
import { reply, startServer, type TestServer } from "./server.js";

let server: TestServer;
afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  await server?.close();
});

const queryKey: VendorDescriptor = {
  ...descriptor,
  auth: [{ type: "apiKey", in: "query", name: "key", option: "apiKey", env: "TESTVENDOR_API_KEY" }],
};

async function client(options: TestvendorOptions, vendor: VendorDescriptor = descriptor) {
  server = await startServer((res, attempt) =>
    attempt < 3 ? reply(res, 503, { error: "busy" }) : reply(res, 200, { items: [] }),
  );
  return createVendorClient<paths>(vendor, {
    baseUrl: server.url,
    apiKey: "sk_log_secret",
    retry: fastRetry,
    ...options,
  });
}

describe("logging", () => {
  it("writes one line per attempt: method, URL without query secrets, status, duration, attempt", async () => {
    const lines: [string, string][] = [];
    const logger = {
      debug: (m: string) => lines.push(["debug", m]),
      info: (m: string) => lines.push(["info", m]),
      warn: (m: string) => lines.push(["warn", m]),
    };
    await (await client({ logger }, queryKey)).GET("/connections", {
      params: { query: { cursor: "c1" } },
    });
    expect(lines).toHaveLength(3);
    expect(lines.map(([level]) => level)).toEqual(["info", "info", "debug"]);
    const url = `${server.url}/connections?cursor=c1&key=[redacted]`;
    expect(lines[0]?.[1]).toContain(`GET ${url} #1 503 in `);
    expect(lines[0]?.[1]).toMatch(/ in \d+ms, retry in \d+ms$/);
    expect(lines[2]?.[1]).toMatch(/#3 200 in \d+ms$/);
    expect(lines.join("\n")).not.toContain("sk_log_secret");
  });

  it("logs a final failure at warn", async () => {
    const warn = vi.fn();
    await (await client({ logger: { warn }, retry: false })).GET("/connections");
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]?.[0]).toContain("#1 503 in ");
  });

  it("writes nothing by default", async () => {
    const spies = (["debug", "info", "warn", "log", "error"] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation(() => {}),
    );
    await (await client({})).GET("/connections");
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  it("PATCHBAY_LOG picks the console and the lowest level", async () => {
    const debug = vi.spyOn(console, "debug").mockImplementation(() => {});
    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    vi.stubEnv("PATCHBAY_LOG", "info");
    await (await client({})).GET("/connections");
    expect(info).toHaveBeenCalledTimes(2);
    expect(debug).not.toHaveBeenCalled();
    await server.close();
    vi.stubEnv("PATCHBAY_LOG", "debug");
    await (await client({})).GET("/connections");
    expect(debug).toHaveBeenCalledOnce();
  });

  it("PATCHBAY_LOG=off silences a given logger; logLevel overrides the environment", async () => {
    const logger = { debug: vi.fn(), info: vi.fn(), warn: vi.fn() };
    vi.stubEnv("PATCHBAY_LOG", "off");
    await (await client({ logger })).GET("/connections");
    expect(logger.info).not.toHaveBeenCalled();
    await server.close();
    await (await client({ logger, logLevel: "info" })).GET("/connections");
    expect(logger.info).toHaveBeenCalledTimes(2);
    expect(logger.debug).not.toHaveBeenCalled();
  });
});
