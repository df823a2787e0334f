// Generated from specs/fivetran.patchbay.yaml by tools/generator; do not edit (change a sidecar or the generator).
import { createClient, descriptor } from "@patchbay/fivetran";
import { defineVendor } from "../define-vendor.js";
import { statusFrom } from "../mapping.js";

/** Fivetran for `@patchbay/connect`: what `connect("fivetran", …)` calls and how its answers read. */
export const definition = defineVendor({
  createClient,
  descriptor,
  displayName: "Fivetran",
  operations: {
    create: {
      method: "post",
      path: "/v1/connections",
    },
    get: {
      method: "get",
      path: "/v1/connections/{connectionId}",
    },
    list: {
      method: "get",
      path: "/v1/connections",
    },
    delete: {
      method: "delete",
      path: "/v1/connections/{connectionId}",
    },
  },
  start: {
    connectionId: [
      "data",
      "id",
    ],
    status: {
      pointer: [
        "data",
        "status",
        "setup_state",
      ],
      values: {
        incomplete: "authorization_required",
        connected: "connected",
        broken: "authorization_required",
      },
      otherwise: "pending",
      read: statusFrom,
    },
    authorizationUrl: [
      "data",
      "connect_card",
      "uri",
    ],
    expiresAt: null,
  },
  record: [
    "data",
  ],
  items: [
    "data",
    "items",
  ],
  rules: () => import("./rules/fivetran.js"),
  webhooks: () => import("./webhooks/fivetran.js"),
});

/** For `createPatchbay({ vendors: { fivetran } })`: `import { fivetran } from "@patchbay/connect/vendors/fivetran"`. */
export { definition as fivetran };

declare module "@patchbay/connect" {
  interface PatchbayVendors {
    "fivetran": typeof definition;
  }
}
