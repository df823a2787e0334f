import { type PatchbayOptions, type VendorName, vendorNames } from "@patchbay/connect";
import { registry } from "@patchbay/connect/registry";
import { dummyCredentialOptions, dummyCredentials } from "@patchbay/test-support/dummy-credentials";

/** Dummy credentials: the mocks check that one is sent in the right scheme, not what it is. */
export const mockCredentials = dummyCredentials;

/**
 * `createPatchbay` options aiming every vendor at its Prism mock with the dummy credentials. A
 * vendor in `refuse` sends its credential in the wrong scheme (`Authorization: Token …`), so its
 * mock answers 401 as the real API does for a bad key.
 */
export function mockPatchbayOptions(
  urls: Record<string, string | undefined>,
  { refuse = [] }: { refuse?: readonly VendorName[] } = {},
): PatchbayOptions {
  const refused = (vendor: VendorName) =>
    refuse.includes(vendor)
      ? { headers: { Authorization: `Token ${dummyCredentials.apiKey}` } }
      : {};
  return Object.fromEntries(
    vendorNames.map((vendor) => [
      vendor,
      {
        baseUrl: urls[vendor],
        ...dummyCredentialOptions(registry[vendor].descriptor),
        ...refused(vendor),
      },
    ]),
  );
}
