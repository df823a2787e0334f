// Generated from specs/plaid.patchbay.yaml by tools/generator; do not edit (change a sidecar or the generator).
import { createClient, descriptor } from "@patchbay/plaid";
import { defineVendor } from "../define-vendor.js";

/** Plaid for `@patchbay/connect`: what `connect("plaid", …)` calls and how its answers read. */
export const definition = defineVendor({
  createClient,
  descriptor,
  displayName: "Plaid",
  operations: {
    create: {
      method: "post",
      path: "/link/token/create",
    },
    get: {
      method: "post",
      path: "/item/get",
    },
    list: {
      method: "post",
      path: "/user/items/get",
    },
    delete: {
      method: "post",
      path: "/item/remove",
    },
    complete: {
      method: "post",
      path: "/item/public_token/exchange",
    },
  },
  start: {
    connectionId: null,
    status: "authorization_required",
    authorizationUrl: [
      "hosted_link_url",
    ],
    expiresAt: [
      "expiration",
    ],
  },
  record: [
    "item",
  ],
  items: [
    "items",
  ],
  rules: () => import("./rules/plaid.js"),
  webhooks: () => import("./webhooks/plaid.js"),
});

/** For `createPatchbay({ vendors: { plaid } })`: `import { plaid } from "@patchbay/connect/vendors/plaid"`. */
export { definition as plaid };

declare module "@patchbay/connect" {
  interface PatchbayVendors {
    "plaid": typeof definition;
  }
}
