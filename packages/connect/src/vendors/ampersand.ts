// Generated from specs/ampersand.patchbay.yaml by tools/generator; do not edit (change a sidecar or the generator).
import { createClient, descriptor } from "@patchbay/ampersand";
import { defineVendor } from "../define-vendor.js";

/** Ampersand for `@patchbay/connect`: what `connect("ampersand", …)` calls and how its answers read. */
export const definition = defineVendor({
  createClient,
  descriptor,
  displayName: "Ampersand",
  operations: {
    create: {
      method: "post",
      path: "/oauth-connect",
      parseAs: "text",
    },
    get: {
      method: "get",
      path: "/projects/{projectIdOrName}/connections/{connectionId}",
    },
    list: {
      method: "get",
      path: "/projects/{projectIdOrName}/connections",
    },
    delete: {
      method: "delete",
      path: "/projects/{projectIdOrName}/connections/{connectionId}",
    },
  },
  start: {
    connectionId: null,
    status: "authorization_required",
    authorizationUrl: [],
    expiresAt: null,
  },
  items: [],
  rules: () => import("./rules/ampersand.js"),
});

/** For `createPatchbay({ vendors: { ampersand } })`: `import { ampersand } from "@patchbay/connect/vendors/ampersand"`. */
export { definition as ampersand };

declare module "@patchbay/connect" {
  interface PatchbayVendors {
    "ampersand": typeof definition;
  }
}
