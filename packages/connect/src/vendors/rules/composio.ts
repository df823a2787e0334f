// Generated from specs/composio.patchbay.yaml by tools/generator; do not edit (change a sidecar or the generator).
// Composio's lifecycle rules: loaded with its first call after `connect()` (the definition's `rules`).
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
      INITIALIZING: "pending",
      INITIATED: "authorization_required",
      ACTIVE: "connected",
      FAILED: "disconnected",
      EXPIRED: "disconnected",
      INACTIVE: "disconnected",
    },
    otherwise: "pending",
  },
  name: [
    "toolkit",
    "slug",
  ],
  createdAt: [
    "created_at",
  ],
};

export const pagination: LifecycleRules["pagination"] = {
  cursor: {
    in: "query",
    name: "cursor",
    fromBody: [
      "next_cursor",
    ],
  },
};
