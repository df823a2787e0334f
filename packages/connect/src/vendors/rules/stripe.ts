// Generated from specs/stripe.patchbay.yaml by tools/generator; do not edit (change a sidecar or the generator).
// Stripe's lifecycle rules: loaded with its first call after `connect()` (the definition's `rules`).
import type { LifecycleRules } from "../../define-vendor.js";
import { epochTime } from "../../mapping.js";

export const connection: LifecycleRules["connection"] = {
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
};

export const pagination: LifecycleRules["pagination"] = {
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
};
