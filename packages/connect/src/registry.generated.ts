// Generated from specs/*.patchbay.yaml by tools/generator; do not edit (change a sidecar or the generator).
import { definition as vendor_agentstack } from "./vendors/agentstack.js";
import { definition as vendor_airbyte } from "./vendors/airbyte.js";
import { definition as vendor_ampersand } from "./vendors/ampersand.js";
import { definition as vendor_chartbrew } from "./vendors/chartbrew.js";
import { definition as vendor_composio } from "./vendors/composio.js";
import { definition as vendor_datagrid } from "./vendors/datagrid.js";
import { definition as vendor_fivetran } from "./vendors/fivetran.js";
import { definition as vendor_plaid } from "./vendors/plaid.js";
import { definition as vendor_polytomic } from "./vendors/polytomic.js";
import { definition as vendor_stripe } from "./vendors/stripe.js";
import { definition as vendor_supermemory } from "./vendors/supermemory.js";

/**
 * Every vendor whose sidecar declares `connections`, by the name `connect(vendor, …)` takes, each
 * definition loaded now (`@patchbay/connect/registry`: for tools, the CLI, and pages that list
 * every vendor). Importing it also types every vendor in `createPatchbay`.
 */
export const registry = {
  "agentstack": vendor_agentstack,
  "airbyte": vendor_airbyte,
  "ampersand": vendor_ampersand,
  "chartbrew": vendor_chartbrew,
  "composio": vendor_composio,
  "datagrid": vendor_datagrid,
  "fivetran": vendor_fivetran,
  "plaid": vendor_plaid,
  "polytomic": vendor_polytomic,
  "stripe": vendor_stripe,
  "supermemory": vendor_supermemory,
};
