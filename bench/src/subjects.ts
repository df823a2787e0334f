import { type VendorName, vendorNames } from "@patchbay/connect";
import { registry } from "@patchbay/connect/registry";
import { isGeneratedPackage } from "./vendor-packages.ts";

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
/** The registry's vendors with an official SDK: compared with it. */
export const vendorsWithSdk = vendors.filter((vendor): vendor is VendorWithSdk =>
  Object.hasOwn(officialSdks, vendor),
);
/** The registry's vendors without one (Agent Stack, Chartbrew, …): measured, not compared. */
export const vendorsWithoutSdk = vendors.filter((vendor) => !Object.hasOwn(officialSdks, vendor));

export const packageOf = (vendor: string) => `@patchbay/${vendor}`;

/** The throughput row of `@patchbay/<vendor>` over the runtime's `nodeTransport` (forced; the default on Node.js where Node's own `fetch` would send the same way). */
export const nodeTransportRow = (vendor: Vendor) => `${packageOf(vendor)} (nodeTransport)`;

/**
 * "Bundles and imports don't grow with the document": `@patchbay/<vendor>` of a big published
 * document beside this one, the package of the smallest document, in the same run.
 */
export const SMALL_DOCUMENT_VENDOR = "datagrid" satisfies Vendor;

/**
 * The packages generated from a big published document, each with its create-connection call and
 * a fixed input of that call: Plaid's Link token (what a Plaid connection starts with), Stripe's
 * Connect onboarding link. Measured where `packages/<vendor>` exists, in connect's registry (once
 * the sidecar declares `connections`) or not, with no change here.
 */
export const bigDocumentCalls = {
  plaid: {
    method: "post",
    path: "/link/token/create",
    input: {
      body: {
        client_name: "Patchbay",
        language: "en",
        country_codes: ["US"],
        user: { client_user_id: "user-1" },
        products: ["auth"],
      },
    },
  },
  stripe: {
    method: "post",
    path: "/v1/account_links",
    input: {
      body: {
        account: "acct_1",
        type: "account_onboarding",
        refresh_url: "https://app.example.com/reauth",
        return_url: "https://app.example.com/done",
      },
    },
  },
} as const satisfies Record<
  string,
  { method: string; path: string; input: { params?: unknown; body?: unknown } }
>;

export type BigDocumentVendor = keyof typeof bigDocumentCalls;

/** The vendors of `bigDocumentCalls` whose package is there (generated in `packages/`). */
export const bigDocumentVendors = (Object.keys(bigDocumentCalls) as BigDocumentVendor[]).filter(
  (vendor) => isGeneratedPackage(vendor),
);

/** `big` less the vendors of `registry`: those measured only as big documents. */
export const outsideRegistry = <T extends string>(big: readonly T[], registry: readonly string[]) =>
  big.filter((vendor) => !registry.includes(vendor));

/**
 * The big documents' packages outside connect's registry: the registry's are measured with every
 * vendor (their call is still `bigDocumentCalls`'), these beside them, so none is measured twice.
 */
export const bigDocumentVendorsOutsideRegistry = outsideRegistry(bigDocumentVendors, vendors);

/** Whether `vendor` has a fixed create-connection call as a big document. */
export const isBigDocumentVendor = (vendor: string): vendor is BigDocumentVendor =>
  Object.hasOwn(bigDocumentCalls, vendor);
