// Generated from specs/chartbrew.patchbay.yaml by tools/generator; do not edit (change a sidecar or the generator).
// Chartbrew's lifecycle rules: loaded with its first call after `connect()` (the definition's `rules`).
import type { LifecycleRules } from "../../define-vendor.js";

export const connection: LifecycleRules["connection"] = {
  connectionId: [
    "id",
  ],
  status: {
    pointer: [
      "active",
    ],
    values: {
      true: "connected",
      false: "disconnected",
    },
    otherwise: "connected",
  },
  name: [
    "name",
  ],
  createdAt: [
    "createdAt",
  ],
};
