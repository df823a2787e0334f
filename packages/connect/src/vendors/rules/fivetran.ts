// Generated from specs/fivetran.patchbay.yaml by tools/generator; do not edit (change a sidecar or the generator).
// Fivetran's lifecycle rules: loaded with its first call after `connect()` (the definition's `rules`).
import type { LifecycleRules } from "../../define-vendor.js";

export const connection: LifecycleRules["connection"] = {
  connectionId: [
    "id",
  ],
  status: {
    pointer: [
      "status",
      "setup_state",
    ],
    values: {
      incomplete: "authorization_required",
      connected: "connected",
      broken: "disconnected",
    },
    otherwise: "pending",
  },
  name: [
    "schema",
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
      "data",
      "next_cursor",
    ],
  },
};
