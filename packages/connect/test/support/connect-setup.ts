// What the connect() tests share: connect's vendors aimed at in-process Prism mocks of their documents, with
// test credentials, a spied fetch, and each vendor's create-connection input.

import { type MockServers, startMocks } from "@patchbay/mocks/start-mocks";
import { dummyCredentialOptions } from "@patchbay/test-support/dummy-credentials";
import { isolateVendorEnv } from "@patchbay/test-support/vendor-env";
import { afterAll, beforeAll, vi } from "vitest";
import { type PatchbayOptions, type SharedOptions, vendorNames } from "../../src/index.js";
import { registry } from "../../src/registry.generated.js";

/** A `fetch` for the runtime, which always passes a `Request`. */
export const fetchOf = (handler: (request: Request) => Promise<Response>) => {
  const spy = vi.fn(handler);
  return Object.assign(spy as unknown as typeof fetch, { spy });
};

let mocks: MockServers;

/** Starts the mocks for the calling test file and keeps vendor variables out of its environment. */
export function useMocks(): void {
  beforeAll(async () => {
    mocks = await startMocks({ vendors: [...vendorNames] });
  });
  afterAll(() => mocks.close());
  isolateVendorEnv();
}

/** Every vendor aimed at its Prism mock with test credentials; no retries, so error paths answer at once. */
export const mocked = (shared: SharedOptions = {}): PatchbayOptions => ({
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
export const prefer = (value: string): SharedOptions => ({ headers: { Prefer: value } });

export const bodies = {
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

/** The running mocks' base URLs, by vendor (after `useMocks`' beforeAll). */
export const mockUrls = (): MockServers["urls"] => mocks.urls;
