// Generated from specs/stripe.patchbay.yaml by tools/generator; do not edit (change a sidecar or the generator).
// Stripe's webhooks: loaded with its first `webhooks.verify` (the definition's `webhooks`).
import type { WebhookRules } from "../../define-vendor.js";

export const webhooks: WebhookRules = {
  source: "https://docs.stripe.com/webhooks#verify-manually",
  signature: {
    kind: "hmac",
    algorithm: "sha256",
    header: "stripe-signature",
    carries: "pairs",
    pairs: {
      separator: ",",
      timestamp: "t",
      signature: "v1",
    },
    signed: [
      "timestamp",
      "body",
    ],
    encoding: "hex",
    tolerance: 300,
  },
  events: {
    type: [
      [
        "type",
      ],
    ],
    connectionId: [
      [
        "account",
      ],
    ],
    occurredAt: {
      epoch: [
        "created",
      ],
      unit: "s",
    },
    states: {
      "account.updated": {
        connectionId: [
          [
            "data",
            "object",
            "id",
          ],
        ],
        status: {
          first: [
            {
              pointer: [
                "data",
                "object",
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
                "data",
                "object",
                "requirements",
                "currently_due",
                "0",
              ],
              present: "authorization_required",
            },
            {
              pointer: [
                "data",
                "object",
                "details_submitted",
              ],
              values: {
                false: "authorization_required",
              },
            },
            {
              pointer: [
                "data",
                "object",
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
      },
      "account.application.deauthorized": {
        status: "disconnected",
      },
    },
  },
};
