// Generated from specs/datagrid.patchbay.yaml by tools/generator; do not edit (change a sidecar or the generator).
// Datagrid's lifecycle rules: loaded with its first call after `connect()` (the definition's `rules`).
import type { LifecycleRules } from "../../define-vendor.js";

export const connection: LifecycleRules["connection"] = {
  connectionId: [
    "id",
  ],
  status: {
    pointer: [
      "valid",
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
    "created_at",
  ],
};

export const pagination: LifecycleRules["pagination"] = {
  cursor: {
    in: "query",
    name: "after",
    fromLastItem: [
      "id",
    ],
  },
};
