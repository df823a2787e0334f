// Generated from specs/polytomic.patchbay.yaml by tools/generator; do not edit (change a sidecar or the generator).
// Polytomic's lifecycle rules: loaded with its first call after `connect()` (the definition's `rules`).
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
      healthy: "connected",
      unhealthy: "disconnected",
    },
    otherwise: "pending",
  },
  name: [
    "name",
  ],
  createdAt: [
    "created_at",
  ],
};
