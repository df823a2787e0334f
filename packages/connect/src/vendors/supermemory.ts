// Generated from specs/supermemory.patchbay.yaml by tools/generator; do not edit (change a sidecar or the generator).
import { createClient, descriptor } from "@patchbay/supermemory";
import { defineVendor } from "../define-vendor.js";
import { statusFrom } from "../mapping.js";
import { expiresAtFrom } from "../duration.js";

/** Supermemory for `@patchbay/connect`: what `connect("supermemory", …)` calls and how its answers read. */
export const definition = defineVendor({
  createClient,
  descriptor,
  displayName: "Supermemory",
  operations: {
    create: {
      method: "post",
      path: "/v3/connections/{provider}",
    },
    get: {
      method: "get",
      path: "/v3/connections/{connectionId}",
    },
    list: {
      method: "post",
      path: "/v3/connections/list",
    },
    delete: {
      method: "delete",
      path: "/v3/connections/{connectionId}",
    },
  },
  start: {
    connectionId: [
      "id",
    ],
    status: {
      pointer: [
        "authLink",
      ],
      present: "authorization_required",
      otherwise: "connected",
      read: statusFrom,
    },
    authorizationUrl: [
      "authLink",
    ],
    expiresAt: {
      duration: [
        "expiresIn",
      ],
      read: expiresAtFrom,
    },
  },
  items: [],
  rules: () => import("./rules/supermemory.js"),
});

/** For `createPatchbay({ vendors: { supermemory } })`: `import { supermemory } from "@patchbay/connect/vendors/supermemory"`. */
export { definition as supermemory };

declare module "@patchbay/connect" {
  interface PatchbayVendors {
    "supermemory": typeof definition;
  }
}
