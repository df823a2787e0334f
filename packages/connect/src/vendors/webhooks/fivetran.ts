// Generated from specs/fivetran.patchbay.yaml by tools/generator; do not edit (change a sidecar or the generator).
// Fivetran's webhooks: loaded with its first `webhooks.verify` (the definition's `webhooks`).
import type { WebhookRules } from "../../define-vendor.js";

export const webhooks: WebhookRules = {
  source: "https://fivetran.com/docs/rest-api/getting-started/webhooks#signing",
  signature: {
    kind: "hmac",
    algorithm: "sha256",
    header: "x-fivetran-signature-256",
    carries: "value",
    signed: [
      "body",
    ],
    encoding: "hex",
  },
  events: {
    type: [
      [
        "event",
      ],
    ],
    connectionId: [
      [
        "connection_id",
      ],
      [
        "connector_id",
      ],
    ],
    occurredAt: [
      "created",
    ],
    states: {
      connection_successful: {
        status: "connected",
      },
      connection_failure: {
        status: "authorization_required",
      },
      delete_connector: {
        status: "disconnected",
      },
    },
  },
};
