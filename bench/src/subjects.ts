/** The vendors patchbay generates a package for. */
export const vendors = ["datagrid", "supermemory", "polytomic", "agentstack", "chartbrew"] as const;
export type Vendor = (typeof vendors)[number];

/** Each vendor's create-connection operation (always a POST), as its document names the path. */
export const createConnectionPaths: Record<Vendor, string> = {
  datagrid: "/connections",
  supermemory: "/v3/connections/{provider}",
  polytomic: "/api/connections/connect",
  agentstack: "/api/v1/connectors",
  chartbrew: "/team/{team_id}/connections",
};

/** The official SDK each vendor publishes (the peers), where it has one. */
export const officialSdks = {
  datagrid: { name: "datagrid-ai", version: "0.17.2", generator: "Stainless" },
  supermemory: { name: "supermemory", version: "4.25.4", generator: "Stainless" },
  polytomic: { name: "polytomic", version: "1.18.1", generator: "Fern" },
} as const satisfies Partial<Record<Vendor, { name: string; version: string; generator: string }>>;

export type VendorWithSdk = keyof typeof officialSdks;
export const vendorsWithSdk = Object.keys(officialSdks) as VendorWithSdk[];

export const packageOf = (vendor: Vendor) => `@patchbay/${vendor}`;
