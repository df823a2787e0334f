// Generated from specs/*.patchbay.yaml by tools/generator; do not edit (change a sidecar or the generator).
import { definition as vendor_agentstack } from "./vendors/agentstack.js";
import { definition as vendor_chartbrew } from "./vendors/chartbrew.js";
import { definition as vendor_datagrid } from "./vendors/datagrid.js";
import { definition as vendor_polytomic } from "./vendors/polytomic.js";
import { definition as vendor_supermemory } from "./vendors/supermemory.js";

/**
 * Every vendor whose sidecar declares `connections`, by the name `connect(vendor, …)` takes, each
 * definition loaded now (`@patchbay/connect/registry`: for tools, the CLI, and pages that list
 * every vendor). Importing it also types every vendor in `createPatchbay`.
 */
export const registry = {
  "agentstack": vendor_agentstack,
  "chartbrew": vendor_chartbrew,
  "datagrid": vendor_datagrid,
  "polytomic": vendor_polytomic,
  "supermemory": vendor_supermemory,
};
