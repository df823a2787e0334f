import { describe, expect, expectTypeOf, it } from "vitest";
import {
  createVendorClient,
  type RuntimeOptions,
  type VendorClient,
  type VendorDescriptor,
} from "../src/index.js";
import type { paths } from "./fixtures.js";

// What a generated vendor package's src/index.ts compiles to (see the generator's template).
const polytomic = {
  vendor: "polytomic",
  envPrefix: "POLYTOMIC",
  defaultBaseUrl: "https://app.polytomic.com",
  auth: [
    { type: "bearer", option: "apiKey", env: "POLYTOMIC_API_KEY" },
    {
      type: "basic",
      usernameOption: "username",
      passwordOption: "password",
      usernameEnv: "POLYTOMIC_USERNAME",
      passwordEnv: "POLYTOMIC_PASSWORD",
    },
  ],
  headers: [{ header: "X-Polytomic-Version", option: "version", default: "2025-09-18" }],
} as const satisfies VendorDescriptor;
interface PolytomicClientOptions extends RuntimeOptions {
  apiKey?: string;
  username?: string;
  password?: string;
  version?: string;
}
type PolytomicClient = VendorClient<paths>;
function createClient(options: PolytomicClientOptions = {}): PolytomicClient {
  return createVendorClient<paths>(polytomic, options);
}

describe("types", () => {
  const client = createClient({ apiKey: "k", fetch: async () => new Response("{}") });

  it("keeps openapi-fetch's typed methods and result shape", () => {
    const created = client.POST("/connections", { body: { connector_id: "x" } });
    expectTypeOf(created)
      .resolves.toHaveProperty("data")
      .toEqualTypeOf<{ id: string; redirect_url: string } | undefined>();
    expectTypeOf(created).resolves.toHaveProperty("response").toEqualTypeOf<Response>();
    // @ts-expect-error the body is typed
    void client.POST("/connections", { body: { connector: "x" } });
    // @ts-expect-error so are the paths
    void client.GET("/nowhere");
  });

  it("withOptions returns the same client type", () => {
    expectTypeOf(
      client.withOptions({ idempotencyKey: "k", retry: false, timeoutMs: 1 }),
    ).toEqualTypeOf<PolytomicClient>();
    // and at run time, an unknown option is refused before anything is sent
    expect(() =>
      // @ts-expect-error signal goes in openapi-fetch's own init, not in withOptions
      client.withOptions({ signal: AbortSignal.abort() }),
    ).toThrow(/option "signal" in withOptions/);
  });
});
