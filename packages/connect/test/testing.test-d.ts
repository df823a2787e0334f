// Type tests of @patchbay/connect/testing, checked by `tsc --noEmit` (the typecheck task): the
// vendors are the registry's, the states the four words, the handlers MSW's.
import type { HttpHandler } from "msw";
import { expectTypeOf } from "vitest";
import type { ConnectionStatus, VendorName } from "../src/index.js";
import {
  type ConnectionScenario,
  connectionScenario,
  type ScenarioOptions,
  type ScenarioVendor,
} from "../src/testing/index.js";

expectTypeOf<ScenarioVendor>().toEqualTypeOf<VendorName>();
expectTypeOf<NonNullable<ScenarioOptions["states"]>[number]>().toEqualTypeOf<ConnectionStatus>();

const scenario = connectionScenario("composio", {
  states: ["authorization_required", "connected"],
});
expectTypeOf(scenario).toEqualTypeOf<ConnectionScenario<"composio">>();
expectTypeOf(scenario.handlers).toEqualTypeOf<HttpHandler[]>();
expectTypeOf(scenario.vendor).toEqualTypeOf<"composio">();

// @ts-expect-error: not a vendor of the registry
connectionScenario("myspace", { states: ["connected"] });
// @ts-expect-error: not one of the four status words
connectionScenario("composio", { states: ["active"] });
// @ts-expect-error: revokedAfter counts reads
connectionScenario("composio", { states: ["connected"], revokedAfter: "1" });
// @ts-expect-error: states, or neverCompletes
connectionScenario("composio", {});
connectionScenario("composio", { neverCompletes: true });
