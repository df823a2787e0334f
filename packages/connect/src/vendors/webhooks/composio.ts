// Generated from specs/composio.patchbay.yaml by tools/generator; do not edit (change a sidecar or the generator).
// Composio's webhooks: loaded with its first `webhooks.verify` (the definition's `webhooks`).
import type { WebhookRules } from "../../define-vendor.js";

export const webhooks: WebhookRules = {
  source: "https://docs.composio.dev/docs/webhook-verification",
  signature: {
    kind: "hmac",
    algorithm: "sha256",
    header: "webhook-signature",
    carries: "list",
    list: {
      separator: " ",
      prefix: "v1,",
    },
    timestampHeader: "webhook-timestamp",
    signed: [
      {
        header: "webhook-id",
      },
      "timestamp",
      "body",
    ],
    encoding: "base64",
    tolerance: 300,
  },
  events: {
    type: [
      [
        "type",
      ],
    ],
    connectionId: [],
    occurredAt: [
      "timestamp",
    ],
    states: {
      "composio.connected_account.expired": {
        connectionId: [
          [
            "data",
            "id",
          ],
        ],
        status: "authorization_required",
      },
    },
  },
};
