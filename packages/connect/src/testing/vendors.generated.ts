// Generated from specs/*.patchbay.yaml by tools/generator; do not edit (change a sidecar or the generator).
import type { AnyDefinition } from "../call-operation.js";
import type { LifecycleRules } from "../define-vendor.js";
import { registry } from "../registry.generated.js";
import * as rules_agentstack from "../vendors/rules/agentstack.js";
import * as rules_airbyte from "../vendors/rules/airbyte.js";
import * as rules_ampersand from "../vendors/rules/ampersand.js";
import * as rules_chartbrew from "../vendors/rules/chartbrew.js";
import * as rules_composio from "../vendors/rules/composio.js";
import * as rules_datagrid from "../vendors/rules/datagrid.js";
import * as rules_fivetran from "../vendors/rules/fivetran.js";
import * as rules_plaid from "../vendors/rules/plaid.js";
import * as rules_polytomic from "../vendors/rules/polytomic.js";
import * as rules_stripe from "../vendors/rules/stripe.js";
import * as rules_supermemory from "../vendors/rules/supermemory.js";

/** Per vendor: its definition, its lifecycle rules, and a loader of its MSW mocks. */
export const scenarioVendors = {
  "agentstack": {
    definition: registry["agentstack"] as unknown as AnyDefinition,
    rules: rules_agentstack as LifecycleRules,
    mocks: () => import("@patchbay/agentstack/msw") as Promise<{ mock: unknown }>,
  },
  "airbyte": {
    definition: registry["airbyte"] as unknown as AnyDefinition,
    rules: rules_airbyte as LifecycleRules,
    mocks: () => import("@patchbay/airbyte/msw") as Promise<{ mock: unknown }>,
  },
  "ampersand": {
    definition: registry["ampersand"] as unknown as AnyDefinition,
    rules: rules_ampersand as LifecycleRules,
    mocks: () => import("@patchbay/ampersand/msw") as Promise<{ mock: unknown }>,
  },
  "chartbrew": {
    definition: registry["chartbrew"] as unknown as AnyDefinition,
    rules: rules_chartbrew as LifecycleRules,
    mocks: () => import("@patchbay/chartbrew/msw") as Promise<{ mock: unknown }>,
  },
  "composio": {
    definition: registry["composio"] as unknown as AnyDefinition,
    rules: rules_composio as LifecycleRules,
    mocks: () => import("@patchbay/composio/msw") as Promise<{ mock: unknown }>,
  },
  "datagrid": {
    definition: registry["datagrid"] as unknown as AnyDefinition,
    rules: rules_datagrid as LifecycleRules,
    mocks: () => import("@patchbay/datagrid/msw") as Promise<{ mock: unknown }>,
  },
  "fivetran": {
    definition: registry["fivetran"] as unknown as AnyDefinition,
    rules: rules_fivetran as LifecycleRules,
    mocks: () => import("@patchbay/fivetran/msw") as Promise<{ mock: unknown }>,
  },
  "plaid": {
    definition: registry["plaid"] as unknown as AnyDefinition,
    rules: rules_plaid as LifecycleRules,
    mocks: () => import("@patchbay/plaid/msw") as Promise<{ mock: unknown }>,
  },
  "polytomic": {
    definition: registry["polytomic"] as unknown as AnyDefinition,
    rules: rules_polytomic as LifecycleRules,
    mocks: () => import("@patchbay/polytomic/msw") as Promise<{ mock: unknown }>,
  },
  "stripe": {
    definition: registry["stripe"] as unknown as AnyDefinition,
    rules: rules_stripe as LifecycleRules,
    mocks: () => import("@patchbay/stripe/msw") as Promise<{ mock: unknown }>,
  },
  "supermemory": {
    definition: registry["supermemory"] as unknown as AnyDefinition,
    rules: rules_supermemory as LifecycleRules,
    mocks: () => import("@patchbay/supermemory/msw") as Promise<{ mock: unknown }>,
  },
} satisfies Record<keyof typeof registry, ScenarioVendor>;

export interface ScenarioVendor {
  readonly definition: AnyDefinition;
  readonly rules: LifecycleRules;
  readonly mocks: () => Promise<{ mock: unknown }>;
}
