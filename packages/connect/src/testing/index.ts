/**
 * `@patchbay/connect/testing`: a connection's life, scripted, for an app's own tests (MSW 2.x,
 * `setupServer` in Node or `setupWorker` in a browser). Nothing of `@patchbay/connect` or
 * `@patchbay/connect/core` imports it.
 *
 *   const scenario = connectionScenario("composio", { states: ["authorization_required", "pending", "connected"] });
 *   const server = setupServer(...scenario.handlers);
 */

export type { ConnectionStatus } from "../define-vendor.js";
export {
  type ConnectionScenario,
  connectionScenario,
  ScenarioError,
  type ScenarioOptions,
  type ScenarioStatus,
  type ScenarioVendor,
} from "./connection-scenario.js";
