import type { AnyDefinition } from "./call-operation.js";
import { vendorLoaders } from "./catalog.generated.js";
import { credentialWays } from "./credentials.js";
import { ConfigurationError } from "./errors.js";
import { givenCatalog } from "./given-vendors.js";
import { type Patchbay, patchbayOver } from "./patchbay.js";
import type { GivenVendor, GivenVendorsOptions, PatchbayOptions, VendorName } from "./types.js";

/** The vendors `connect` knows, in alphabetical order (the catalog's keys, its names written once). */
export const vendorNames = Object.keys(vendorLoaders) as readonly VendorName[];

const loaded = new Map<string, Promise<AnyDefinition>>();

/**
 * A vendor's definition, its module (and so its package) imported on first use: an app that
 * connects to one vendor loads that vendor only, however many the catalog holds.
 */
export function loadVendor(vendor: unknown): Promise<AnyDefinition> {
  if (!isVendorName(vendor)) {
    return Promise.reject(
      new ConfigurationError(
        `unknown vendor ${JSON.stringify(vendor)}; known vendors: ${vendorNames.join(", ")}`,
        { vendor: typeof vendor === "string" ? vendor : undefined },
      ),
    );
  }
  let definition = loaded.get(vendor);
  if (!definition) {
    definition = vendorLoaders[vendor]().then((module) => module.definition);
    // A failed import (a network error loading a chunk) is tried again on the next use.
    definition.catch(() => loaded.delete(vendor));
    loaded.set(vendor, definition);
  }
  return definition;
}

/**
 * The option names that carry `vendor`'s credentials, one list per way to authenticate (e.g.
 * `[["username", "password"], ["apiKey"]]`): a client refuses the names of no way of its own.
 */
export const credentialOptions = async (vendor: VendorName): Promise<string[][]> =>
  credentialWays((await loadVendor(vendor)).descriptor).map((way) => way.options);

export const isVendorName = (name: unknown): name is VendorName =>
  typeof name === "string" && Object.hasOwn(vendorLoaders, name);

/**
 * One entry point for every vendor of the catalog, each vendor's package loaded on its first
 * use; or, with `vendors` (`{ datagrid }` from `@patchbay/connect/vendors/datagrid`), for those
 * only, typed for exactly them (`@patchbay/connect/core` takes only this form, and holds no
 * catalog). Each vendor's key takes its generated `createClient` options; left out, the client
 * reads its environment variables (`DATAGRID_API_KEY`, ...). Shared runtime options (`retry`,
 * `timeoutMs`, `fetch`, `headers`, `logger`...) apply to every vendor; a vendor's own options
 * win. Clients are created lazily, on a vendor's first use.
 */
export function createPatchbay(options?: PatchbayOptions): Patchbay;
export function createPatchbay<const Given extends Partial<Record<VendorName, GivenVendor>>>(
  options: GivenVendorsOptions<Given>,
): Patchbay<keyof Given & VendorName>;
export function createPatchbay(options: PatchbayOptions & { vendors?: unknown } = {}): Patchbay {
  const catalog =
    options.vendors === undefined
      ? { names: vendorNames, definitionOf: loadVendor }
      : givenCatalog(options.vendors as object);
  return patchbayOver(catalog, options);
}
