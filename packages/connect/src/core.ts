/**
 * `@patchbay/connect/core`: the aggregator without the catalog. The app passes the vendors it
 * uses, so its bundle holds those vendors only, whatever the catalog grows to:
 *
 *   import { createPatchbay } from "@patchbay/connect/core";
 *   import { datagrid } from "@patchbay/connect/vendors/datagrid";
 *   const patchbay = createPatchbay({ vendors: { datagrid }, datagrid: { apiKey } });
 */
import { givenCatalog } from "./given-vendors.js";
import { type Patchbay, patchbayOver } from "./patchbay.js";
import type { GivenVendor, GivenVendorsOptions, VendorName } from "./types.js";

export * from "./exports.js";

/**
 * One entry point for the `vendors` given (`{ datagrid, stripe }`, each from
 * `@patchbay/connect/vendors/<vendor>`), typed for exactly those. Each vendor's key takes its
 * generated `createClient` options; left out, the client reads its environment variables.
 * Shared runtime options apply to every vendor; a vendor's own options win.
 */
export function createPatchbay<const Given extends Partial<Record<VendorName, GivenVendor>>>(
  options: GivenVendorsOptions<Given>,
): Patchbay<keyof Given & VendorName> {
  return patchbayOver(givenCatalog(options.vendors), options as never) as never;
}
