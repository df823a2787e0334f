import type { ConnectInput, VendorName } from "@patchbay/connect";

/** One row of the settings page: what the user connects, through which vendor, with which call. */
export interface Connection<V extends VendorName> {
  /** What the user connects, on the button: "Connect Notion". */
  label: string;
  /** The vendor, as users know it. */
  vendorName: string;
  /** What the server authenticates to the vendor with, for the "check the …" message. */
  credential: string;
  /** The create-connection call; `callbackUrl` is this app's callback for the vendor. */
  input(callbackUrl: string): ConnectInput[V];
}

/**
 * The settings page's connections, one per vendor. Edit these for your own app: the provider,
 * connector or data source, and (live) your Chartbrew team and Agent Stack MCP server.
 */
export const connections: { [V in VendorName]: Connection<V> } = {
  datagrid: {
    label: "Google Drive",
    vendorName: "Datagrid",
    credential: "API key",
    input: () => ({ body: { connector_id: "google_drive" } }),
  },
  supermemory: {
    label: "Notion",
    vendorName: "Supermemory",
    credential: "API key",
    input: (callbackUrl) => ({
      params: { path: { provider: "notion" } },
      body: { redirectUrl: callbackUrl, containerTags: ["user_123"] },
    }),
  },
  polytomic: {
    label: "Salesforce",
    vendorName: "Polytomic",
    credential: "API key",
    input: (callbackUrl) => ({
      body: { name: "Salesforce Connection", redirect_url: callbackUrl, whitelist: ["salesforce"] },
    }),
  },
  agentstack: {
    label: "MCP server",
    vendorName: "Agent Stack",
    credential: "username and password",
    input: () => ({ body: { url: "https://mcp.example.com/mcp" } }),
  },
  chartbrew: {
    label: "Postgres",
    vendorName: "Chartbrew",
    credential: "API key",
    input: () => ({
      params: { path: { team_id: "42" } },
      body: { name: "Production Postgres", type: "postgres", team_id: 42, host: "db.example.com" },
    }),
  },
};

/** The vendors in the order the settings page lists them. */
export const pageOrder = Object.keys(connections) as VendorName[];
