// Generated from specs/*.patchbay.yaml by tools/generator; do not edit (change a sidecar or the generator).
import type { AnyDefinition } from "./call-operation.js";

/** Every vendor whose sidecar declares `connections`, with the connection operations it has. */
export interface VendorCatalog {
  "agentstack": "create" | "get" | "list" | "delete";
  "airbyte": "create" | "get" | "list" | "delete" | "complete";
  "ampersand": "create" | "get" | "list" | "delete";
  "chartbrew": "create" | "get" | "list" | "delete";
  "composio": "create" | "get" | "list" | "delete";
  "datagrid": "create" | "get" | "list" | "delete";
  "fivetran": "create" | "get" | "list" | "delete";
  "plaid": "create" | "get" | "list" | "delete" | "complete";
  "polytomic": "create" | "get" | "list" | "delete";
  "stripe": "create" | "get" | "list" | "delete";
  "supermemory": "create" | "get" | "list" | "delete";
}

/** The vendors whose sidecar declares signed `webhooks`: what `webhooks.verify` takes. */
export type WebhookVendors = "composio" | "fivetran" | "plaid" | "stripe";

/** The vendors, in alphabetical order. */
export const vendorNames: readonly (keyof VendorCatalog)[] = ["agentstack", "airbyte", "ampersand", "chartbrew", "composio", "datagrid", "fivetran", "plaid", "polytomic", "stripe", "supermemory"];

/** Each vendor's definition module, imported on the vendor's first use. */
export const vendorLoaders: Record<keyof VendorCatalog, () => Promise<{ definition: AnyDefinition }>> = {
  "agentstack": () => import("./vendors/agentstack.js") as never,
  "airbyte": () => import("./vendors/airbyte.js") as never,
  "ampersand": () => import("./vendors/ampersand.js") as never,
  "chartbrew": () => import("./vendors/chartbrew.js") as never,
  "composio": () => import("./vendors/composio.js") as never,
  "datagrid": () => import("./vendors/datagrid.js") as never,
  "fivetran": () => import("./vendors/fivetran.js") as never,
  "plaid": () => import("./vendors/plaid.js") as never,
  "polytomic": () => import("./vendors/polytomic.js") as never,
  "stripe": () => import("./vendors/stripe.js") as never,
  "supermemory": () => import("./vendors/supermemory.js") as never,
};
