// Generated from specs/agentstack.patchbay.yaml by tools/generator; do not edit (change a sidecar or the generator).
import { createClient, descriptor } from "@patchbay/agentstack";
import { defineVendor } from "../define-vendor.js";
import { statusFrom } from "../mapping.js";

/** Agent Stack for `@patchbay/connect`: what `connect("agentstack", …)` calls and how its answers read. */
export const definition = defineVendor({
  createClient,
  descriptor,
  displayName: "Agent Stack",
  operations: {
    create: {
      method: "post",
      path: "/api/v1/connectors",
    },
    get: {
      method: "get",
      path: "/api/v1/connectors/{connector_id}",
    },
    list: {
      method: "get",
      path: "/api/v1/connectors",
    },
    delete: {
      method: "delete",
      path: "/api/v1/connectors/{connector_id}",
    },
  },
  start: {
    connectionId: [
      "id",
    ],
    status: {
      pointer: [
        "state",
      ],
      values: {
        auth_required: "authorization_required",
        connected: "connected",
        created: "pending",
        disconnected: "disconnected",
      },
      otherwise: "pending",
      read: statusFrom,
    },
    authorizationUrl: [
      "auth_request",
      "authorization_endpoint",
    ],
    expiresAt: null,
  },
  items: [
    "items",
  ],
  rules: () => import("./rules/agentstack.js"),
});

/** For `createPatchbay({ vendors: { agentstack } })`: `import { agentstack } from "@patchbay/connect/vendors/agentstack"`. */
export { definition as agentstack };

declare module "@patchbay/connect" {
  interface PatchbayVendors {
    "agentstack": typeof definition;
  }
}
