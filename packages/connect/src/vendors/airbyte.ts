// Generated from specs/airbyte.patchbay.yaml by tools/generator; do not edit (change a sidecar or the generator).
import { createClient, descriptor } from "@patchbay/airbyte";
import { defineVendor } from "../define-vendor.js";

/** Airbyte for `@patchbay/connect`: what `connect("airbyte", …)` calls and how its answers read. */
export const definition = defineVendor({
  createClient,
  descriptor,
  displayName: "Airbyte",
  operations: {
    create: {
      method: "post",
      path: "/sources/initiateOAuth",
    },
    get: {
      method: "get",
      path: "/sources/{sourceId}",
    },
    list: {
      method: "get",
      path: "/sources",
    },
    delete: {
      method: "delete",
      path: "/sources/{sourceId}",
    },
    complete: {
      method: "post",
      path: "/sources",
    },
  },
  start: {
    connectionId: null,
    status: "authorization_required",
    authorizationUrl: [
      "consentUrl",
    ],
    expiresAt: null,
  },
  items: [
    "data",
  ],
  rules: () => import("./rules/airbyte.js"),
});

/** For `createPatchbay({ vendors: { airbyte } })`: `import { airbyte } from "@patchbay/connect/vendors/airbyte"`. */
export { definition as airbyte };

declare module "@patchbay/connect" {
  interface PatchbayVendors {
    "airbyte": typeof definition;
  }
}
