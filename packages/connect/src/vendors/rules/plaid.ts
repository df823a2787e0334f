// Generated from specs/plaid.patchbay.yaml by tools/generator; do not edit (change a sidecar or the generator).
// Plaid's lifecycle rules: loaded with its first call after `connect()` (the definition's `rules`).
import type { LifecycleRules } from "../../define-vendor.js";

export const connection: LifecycleRules["connection"] = {
  connectionId: [
    "item_id",
  ],
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
  name: [
    "institution_name",
  ],
  createdAt: [
    "created_at",
  ],
};

export const listItem: LifecycleRules["listItem"] = {
  connectionId: [
    "item_id",
  ],
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
  name: [
    "institution_name",
  ],
  createdAt: null,
};

export const completed: LifecycleRules["completed"] = {
  connectionId: [
    "item_id",
  ],
  status: "connected",
  name: null,
  createdAt: null,
};
