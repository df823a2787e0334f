// Where a runtime gives no environment (workerd, browsers: no `process`) or refuses to read it
// (Deno without --allow-env throws NotCapable), a client built from options alone must work.
import { afterEach, describe, expect, it, vi } from "vitest";
import { createVendorClient } from "../src/index.js";
import { descriptor, type paths, type TestvendorOptions } from "./fixtures.js";

/** Refuses every variable the client may read, as Deno does (Node's own reads pass through). */
const refusingEnv = new Proxy(process.env, {
  get: (env, name) => {
    if (/^(TESTVENDOR|PATCHBAY)_/.test(String(name)))
      throw new Error(`NotCapable: Requires env access to "${String(name)}"`);
    return env[name as string];
  },
});

/** Creates a client with only options while the environment is `env` (or there is no process). */
function createWith(env: object | undefined, authorization: string[]) {
  const original = process.env;
  if (env === undefined) vi.stubGlobal("process", undefined);
  else Object.defineProperty(process, "env", { value: env, configurable: true, writable: true });
  try {
    const options: TestvendorOptions = {
      apiKey: "sk_options_only",
      baseUrl: "https://api.testvendor.invalid",
      fetch: async (request) => {
        authorization.push((request as Request).headers.get("authorization") ?? "");
        return Response.json({ id: "c1", redirect_url: "https://example.com" }, { status: 201 });
      },
    };
    return createVendorClient<paths>(descriptor, options);
  } finally {
    vi.unstubAllGlobals();
    Object.defineProperty(process, "env", { value: original, configurable: true, writable: true });
  }
}

afterEach(() => vi.unstubAllGlobals());

describe("a runtime without environment variables", () => {
  it.each([
    ["reading process.env throws (Deno without --allow-env)", refusingEnv],
    ["there is no process (workerd, browsers)", undefined],
  ])("%s: options alone make a working client", async (_, env) => {
    const authorization: string[] = [];
    const client = createWith(env, authorization);
    const { data } = await client.POST("/connections", { body: { connector_id: "drive" } });
    expect(data?.id).toBe("c1");
    expect(authorization).toEqual(["Bearer sk_options_only"]);
  });
});
