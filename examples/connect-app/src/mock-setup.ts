import type { PatchbayOptions, VendorName } from "@patchbay/connect";

/** Dummy credentials: the mocks check that one is sent in the right scheme, not what it is. */
export const mockCredentials = {
  apiKey: "example-mock-api-key",
  username: "example",
  password: "example-mock-password",
};

/**
 * `createPatchbay` options aiming every vendor at its Prism mock with the dummy credentials. A
 * vendor in `refuse` sends its credential in the wrong scheme (`Authorization: Token …`), so its
 * mock answers 401 as the real API does for a bad key.
 */
export function mockPatchbayOptions(
  urls: Record<string, string | undefined>,
  { refuse = [] }: { refuse?: readonly VendorName[] } = {},
): PatchbayOptions {
  const { apiKey, username, password } = mockCredentials;
  const refused = (vendor: VendorName) =>
    refuse.includes(vendor) ? { headers: { Authorization: `Token ${apiKey}` } } : {};
  return {
    datagrid: { baseUrl: urls.datagrid, apiKey, ...refused("datagrid") },
    supermemory: { baseUrl: urls.supermemory, apiKey, ...refused("supermemory") },
    polytomic: { baseUrl: urls.polytomic, apiKey, ...refused("polytomic") },
    agentstack: { baseUrl: urls.agentstack, username, password, ...refused("agentstack") },
    chartbrew: { baseUrl: urls.chartbrew, apiKey, ...refused("chartbrew") },
  };
}
