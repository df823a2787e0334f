// Generated from specs/polytomic.patchbay.yaml by tools/generator; do not edit (change a sidecar or the generator).
import { createClient, descriptor } from "@patchbay/polytomic";
import { defineVendor } from "../define-vendor.js";
import { statusFrom } from "../mapping.js";

/** Polytomic for `@patchbay/connect`: what `connect("polytomic", …)` calls and how its answers read. */
export const definition = defineVendor({
  createClient,
  descriptor,
  displayName: "Polytomic",
  operations: {
    create: {
      method: "post",
      path: "/api/connections/connect",
    },
    get: {
      method: "get",
      path: "/api/connections/{id}",
    },
    list: {
      method: "get",
      path: "/api/connections",
    },
    delete: {
      method: "delete",
      path: "/api/connections/{id}",
    },
  },
  start: {
    connectionId: null,
    status: {
      pointer: [
        "data",
        "redirect_url",
      ],
      present: "authorization_required",
      otherwise: "pending",
      read: statusFrom,
    },
    authorizationUrl: [
      "data",
      "redirect_url",
    ],
    expiresAt: null,
  },
  record: [
    "data",
  ],
  items: [
    "data",
  ],
  rules: () => import("./rules/polytomic.js"),
});

/** For `createPatchbay({ vendors: { polytomic } })`: `import { polytomic } from "@patchbay/connect/vendors/polytomic"`. */
export { definition as polytomic };

declare module "@patchbay/connect" {
  interface PatchbayVendors {
    "polytomic": typeof definition;
  }
}
