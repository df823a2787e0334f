// Generated from specs/ampersand.patchbay.yaml by tools/generator; do not edit (change a sidecar or the generator).
// Ampersand's lifecycle rules: loaded with its first call after `connect()` (the definition's `rules`).
import type { LifecycleRules } from "../../define-vendor.js";

export const connection: LifecycleRules["connection"] = {
  connectionId: [
    "id",
  ],
  status: {
    pointer: [
      "status",
    ],
    values: {
      created: "connected",
      working: "connected",
      bad_credentials: "disconnected",
    },
    otherwise: "pending",
  },
  name: [
    "consumer",
    "consumerName",
  ],
  createdAt: [
    "createTime",
  ],
};
