import { registry, type VendorName, vendorNames } from "@patchbay/connect";

/** The vendors patchbay generates a package for: the registry of @patchbay/connect. */
export const vendors = vendorNames;
export type Vendor = VendorName;

/** A vendor's create-connection operation, as its sidecar declares it. */
export const createOperationOf = (vendor: Vendor) => registry[vendor].operations.create;

/**
 * The official SDKs of the vendors that publish one (the peers), by vendor: data about other
 * projects' packages, looked up for each vendor of the registry.
 */
export const officialSdks = {
  datagrid: { name: "datagrid-ai", version: "0.17.2", generator: "Stainless" },
  supermemory: { name: "supermemory", version: "4.25.4", generator: "Stainless" },
  polytomic: { name: "polytomic", version: "1.18.1", generator: "Fern" },
} as const satisfies Partial<Record<Vendor, { name: string; version: string; generator: string }>>;

export type VendorWithSdk = keyof typeof officialSdks;
export const vendorsWithSdk = vendors.filter((vendor): vendor is VendorWithSdk =>
  Object.hasOwn(officialSdks, vendor),
);

export const packageOf = (vendor: Vendor) => `@patchbay/${vendor}`;

/** The throughput row of `@patchbay/<vendor>` over the runtime's opt-in `nodeTransport`. */
export const nodeTransportRow = (vendor: Vendor) => `${packageOf(vendor)} (nodeTransport)`;
