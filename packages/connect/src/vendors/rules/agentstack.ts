// Generated from specs/agentstack.patchbay.yaml by tools/generator; do not edit (change a sidecar or the generator).
// Agent Stack's lifecycle rules: loaded with its first call after `connect()` (the definition's `rules`).
import type { LifecycleRules } from "../../define-vendor.js";

export const connection: LifecycleRules["connection"] = {
  connectionId: [
    "id",
  ],
  status: {
    pointer: [
      "state",
    ],
    values: {
      auth_required: "authorization_required",
      connected: "connected",
      created: "pending",
      disconnected: "disconnected",
    },
    otherwise: "pending",
  },
  name: [
    "url",
  ],
  createdAt: [
    "created_at",
  ],
};
