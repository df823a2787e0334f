// Generated from specs/plaid.patchbay.yaml by tools/generator; do not edit (change a sidecar or the generator).
// Plaid's webhooks: loaded with its first `webhooks.verify` (the definition's `webhooks`).
import type { WebhookRules } from "../../define-vendor.js";

export const webhooks: WebhookRules = {
  source: "https://plaid.com/docs/api/webhooks/webhook-verification/",
  signature: {
    kind: "jwt",
    header: "plaid-verification",
    alg: "ES256",
    key: {
      operation: {
        method: "post",
        path: "/webhook_verification_key/get",
      },
      kid: [
        "key_id",
      ],
      jwk: [
        "key",
      ],
      expiredAt: [
        "key",
        "expired_at",
      ],
    },
    issuedAt: {
      claim: "iat",
      maxAge: 300,
    },
    bodyHash: {
      claim: "request_body_sha256",
      algorithm: "sha256",
      encoding: "hex",
    },
  },
  events: {
    type: [
      [
        "webhook_type",
      ],
      [
        "webhook_code",
      ],
    ],
    connectionId: [
      [
        "item_id",
      ],
    ],
    occurredAt: null,
    states: {
      "ITEM.ERROR": {
        status: {
          first: [
            {
              pointer: [
                "error",
                "error_code",
              ],
              values: {
                ITEM_LOGIN_REQUIRED: "authorization_required",
                USER_PERMISSION_REVOKED: "authorization_required",
                INSTITUTION_NO_LONGER_SUPPORTED: "disconnected",
              },
            },
            {
              pointer: [
                "error",
                "error_type",
              ],
              values: {
                ITEM_ERROR: "authorization_required",
                OAUTH_ERROR: "authorization_required",
                INSTITUTION_ERROR: "pending",
                API_ERROR: "pending",
                RATE_LIMIT_EXCEEDED: "pending",
                INVALID_REQUEST: "connected",
                INVALID_RESULT: "connected",
                INVALID_INPUT: "connected",
                ASSET_REPORT_ERROR: "connected",
                BASE_REPORT_ERROR: "connected",
                RECAPTCHA_ERROR: "connected",
                PAYMENT_ERROR: "connected",
                BANK_TRANSFER_ERROR: "connected",
                INCOME_VERIFICATION_ERROR: "connected",
                MICRODEPOSITS_ERROR: "connected",
                SANDBOX_ERROR: "connected",
                PARTNER_ERROR: "connected",
                SIGNAL_ERROR: "connected",
                TRANSACTIONS_ERROR: "connected",
                TRANSACTION_ERROR: "connected",
                TRANSFER_ERROR: "connected",
                CHECK_REPORT_ERROR: "connected",
                CONSUMER_REPORT_ERROR: "connected",
                USER_ERROR: "connected",
              },
            },
          ],
          otherwise: "connected",
        },
      },
      "ITEM.PENDING_EXPIRATION": {
        status: "authorization_required",
      },
      "ITEM.PENDING_DISCONNECT": {
        status: "authorization_required",
      },
      "ITEM.USER_PERMISSION_REVOKED": {
        status: "authorization_required",
      },
      "ITEM.LOGIN_REPAIRED": {
        status: "connected",
      },
    },
  },
};
