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
  connection: {
    connectionId: [
      "id",
    ],
    status: {
      first: [
        {
          pointer: [
            "requirements",
            "disabled_reason",
          ],
          values: {
            "requirements.past_due": "authorization_required",
            "action_required.requested_capabilities": "pending",
            "requirements.pending_verification": "pending",
            under_review: "pending",
            listed: "pending",
            other: "pending",
            platform_paused: "disconnected",
            "rejected.fraud": "disconnected",
            "rejected.incomplete_verification": "disconnected",
            "rejected.listed": "disconnected",
            "rejected.other": "disconnected",
            "rejected.platform_fraud": "disconnected",
            "rejected.platform_other": "disconnected",
            "rejected.platform_terms_of_service": "disconnected",
            "rejected.terms_of_service": "disconnected",
          },
        },
        {
          pointer: [
            "requirements",
            "currently_due",
            "0",
          ],
          present: "authorization_required",
        },
        {
          pointer: [
            "details_submitted",
          ],
          values: {
            false: "authorization_required",
          },
        },
        {
          pointer: [
            "charges_enabled",
          ],
          values: {
            true: "connected",
            false: "pending",
          },
        },
      ],
      otherwise: "pending",
    },
    name: [
      "business_profile",
      "name",
    ],
    createdAt: {
      epoch: [
        "created",
      ],
      unit: "s",
      read: epochTime,
    },
  },
  items: [
    "data",
  ],
  pagination: {
    cursor: {
      in: "query",
      name: "starting_after",
      fromLastItem: [
        "id",
      ],
      more: [
        "has_more",
      ],
    },
  },
});

/** For `createPatchbay({ vendors: { stripe } })`: `import { stripe } from "@patchbay/connect/vendors/stripe"`. */
export { definition as stripe };

declare module "@patchbay/connect" {
  interface PatchbayVendors {
    "stripe": typeof definition;
  }
}
