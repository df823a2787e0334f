import { type PatchbayOptions, type VendorName, vendorNames } from "@patchbay/connect";
import { registry } from "@patchbay/connect/registry";
import { dummyCredentialOptions, dummyCredentials } from "@patchbay/test-support/dummy-credentials";

/** Dummy credentials: the mocks check that one is sent in the right scheme, not what it is. */
export const mockCredentials = dummyCredentials;

export interface MockFaults {
  /** Vendors whose credential is sent in the wrong scheme: their mock answers 401. */
  refuse?: readonly VendorName[];
  /**
   * Vendors whose mock answers this status to every call (Prism's `Prefer: code=…`), where the
   * operation's document declares it (Stripe's: 500).
   */
  fail?: Partial<Record<VendorName, number>>;
}

/**
 * `createPatchbay` options aiming every vendor at its Prism mock with the dummy credentials. A
 * vendor in `refuse` sends its credential in the wrong scheme (`Authorization: Token …`), so its
 * mock answers 401 as the real API does for a bad key; one in `fail` asks its mock for that
 * status (a vendor that is down).
 */
export function mockPatchbayOptions(
  urls: Record<string, string | undefined>,
  { refuse = [], fail = {} }: MockFaults = {},
): PatchbayOptions {
  const refused = (vendor: VendorName) => {
    const status = fail[vendor];
    const headers = {
      ...(refuse.includes(vendor) && { Authorization: `Token ${dummyCredentials.apiKey}` }),
      ...(status !== undefined && { Prefer: `code=${status}` }),
    };
    return Object.keys(headers).length > 0 ? { headers } : {};
  };
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
