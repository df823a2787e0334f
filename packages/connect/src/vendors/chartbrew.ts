// Generated from specs/chartbrew.patchbay.yaml by tools/generator; do not edit (change a sidecar or the generator).
import { createClient, descriptor } from "@patchbay/chartbrew";
import { defineVendor } from "../define-vendor.js";

/** Chartbrew for `@patchbay/connect`: what `connect("chartbrew", …)` calls and how its answers read. */
export const definition = defineVendor({
  createClient,
  descriptor,
  displayName: "Chartbrew",
  operations: {
    create: {
      method: "post",
      path: "/team/{team_id}/connections",
    },
    get: {
      method: "get",
      path: "/team/{team_id}/connections/{connection_id}",
    },
    list: {
      method: "get",
      path: "/team/{team_id}/connections",
    },
    delete: {
      method: "delete",
      path: "/team/{team_id}/connections/{connection_id}",
    },
  },
  start: {
    connectionId: [
      "id",
    ],
    status: "connected",
    authorizationUrl: null,
    expiresAt: null,
  },
  items: [],
  rules: () => import("./rules/chartbrew.js"),
});

/** For `createPatchbay({ vendors: { chartbrew } })`: `import { chartbrew } from "@patchbay/connect/vendors/chartbrew"`. */
export { definition as chartbrew };

declare module "@patchbay/connect" {
  interface PatchbayVendors {
    "chartbrew": typeof definition;
  }
}
