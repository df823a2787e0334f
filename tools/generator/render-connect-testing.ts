import type { SharedFile } from "./generated-file.ts";
import { connectableVendors, renderVendorRules } from "./render-registry.ts";
import type { VendorModel } from "./vendor-model.ts";

/** `@patchbay/connect/testing`'s list of vendors: what `connectionScenario(vendor, …)` takes. */
export const CONNECT_TESTING_FILE = "packages/connect/src/testing/vendors.generated.ts";

const HEADER =
  "// Generated from specs/*.patchbay.yaml by tools/generator; do not edit (change a sidecar or the generator).";

/**
 * Per vendor of the registry: its definition, its lifecycle rules (imported now: a scenario checks
 * its states against them when it is made) and its `@patchbay/<vendor>/msw` mocks (imported with
 * the scenario's first answer). Only `@patchbay/connect/testing` imports it.
 */
export function renderConnectTesting(models: VendorModel[]): string {
  const vendors = connectableVendors(models);
  const local = (model: VendorModel) => `rules_${model.name.replaceAll("-", "_")}`;
  const withRules = vendors.filter((model) => renderVendorRules(model) !== undefined);
  const entry = (model: VendorModel) => {
    const rules = withRules.includes(model) ? local(model) : "{}";
    return `  ${JSON.stringify(model.name)}: {
    definition: registry[${JSON.stringify(model.name)}] as unknown as AnyDefinition,
    rules: ${rules} as LifecycleRules,
    mocks: () => import("${model.packageName}/msw") as Promise<{ mock: unknown }>,
  },`;
  };
  return `${HEADER}
import type { AnyDefinition } from "../call-operation.js";
import type { LifecycleRules } from "../define-vendor.js";
import { registry } from "../registry.generated.js";
${withRules.map((model) => `import * as ${local(model)} from "../vendors/rules/${model.name}.js";`).join("\n")}

/** Per vendor: its definition, its lifecycle rules, and a loader of its MSW mocks. */
export const scenarioVendors = {
${vendors.map(entry).join("\n")}
} satisfies Record<keyof typeof registry, ScenarioVendor>;

export interface ScenarioVendor {
  readonly definition: AnyDefinition;
  readonly rules: LifecycleRules;
  readonly mocks: () => Promise<{ mock: unknown }>;
}
`;
}

export const connectTestingFile: SharedFile = {
  path: CONNECT_TESTING_FILE,
  render: (models) => renderConnectTesting(models),
  whole: true,
  biome: "ignored",
};
