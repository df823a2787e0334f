// Generated from specs/supermemory.patchbay.yaml by tools/generator; do not edit (change a sidecar or the generator).
// Supermemory's lifecycle rules: loaded with its first call after `connect()` (the definition's `rules`).
import type { LifecycleRules } from "../../define-vendor.js";

export const connection: LifecycleRules["connection"] = {
  connectionId: [
    "id",
  ],
  status: {
    pointer: [
      "lastSyncRun",
      "errorCode",
    ],
    values: {
      auth_expired: "disconnected",
      rate_limited: "connected",
      plan_required: "connected",
      provider_unavailable: "connected",
      internal: "connected",
    },
    otherwise: "connected",
  },
  name: [
    "email",
  ],
  createdAt: [
    "createdAt",
  ],
};
