// Generated from specs/*.patchbay.yaml by tools/generator; do not edit (change a sidecar or the generator).
import type { AnyDefinition } from "./call-operation.js";

/** Every vendor whose sidecar declares `connections`, with the connection operations it has. */
export interface VendorCatalog {
  "agentstack": "create" | "get" | "list" | "delete";
  "chartbrew": "create" | "get" | "list" | "delete";
  "datagrid": "create" | "get" | "list" | "delete";
  "polytomic": "create" | "get" | "list" | "delete";
  "supermemory": "create" | "get" | "list" | "delete";
}

/** The vendors, in alphabetical order. */
export const vendorNames: readonly (keyof VendorCatalog)[] = ["agentstack", "chartbrew", "datagrid", "polytomic", "supermemory"];

/** Each vendor's definition module, imported on the vendor's first use. */
export const vendorLoaders: Record<keyof VendorCatalog, () => Promise<{ definition: AnyDefinition }>> = {
  "agentstack": () => import("./vendors/agentstack.js") as never,
  "chartbrew": () => import("./vendors/chartbrew.js") as never,
  "datagrid": () => import("./vendors/datagrid.js") as never,
  "polytomic": () => import("./vendors/polytomic.js") as never,
  "supermemory": () => import("./vendors/supermemory.js") as never,
};
