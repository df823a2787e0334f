// Generated from specs/stripe.patchbay.yaml by tools/generator; do not edit (change a sidecar or the generator).
import { createClient, descriptor } from "@patchbay/stripe";
import { defineVendor } from "../define-vendor.js";
import { epochTime } from "../mapping.js";

/** Stripe for `@patchbay/connect`: what `connect("stripe", …)` calls and how its answers read. */
export const definition = defineVendor({
  createClient,
  descriptor,
  displayName: "Stripe",
  operations: {
    create: {
      method: "post",
      path: "/v1/account_links",
    },
    get: {
      method: "get",
      path: "/v1/accounts/{account}",
    },
    list: {
      method: "get",
      path: "/v1/accounts",
    },
    delete: {
      method: "delete",
      path: "/v1/accounts/{account}",
    },
  },
  start: {
    connectionId: null,
    status: "authorization_required",
    authorizationUrl: [
      "url",
    ],
    expiresAt: {
      epoch: [
        "expires_at",
      ],
      unit: "s",
      read: epochTime,
    },
  },
  items: [
    "data",
  ],
  rules: () => import("./rules/stripe.js"),
  webhooks: () => import("./webhooks/stripe.js"),
});

/** For `createPatchbay({ vendors: { stripe } })`: `import { stripe } from "@patchbay/connect/vendors/stripe"`. */
export { definition as stripe };

declare module "@patchbay/connect" {
  interface PatchbayVendors {
    "stripe": typeof definition;
  }
}
