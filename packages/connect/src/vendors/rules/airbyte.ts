// Generated from specs/airbyte.patchbay.yaml by tools/generator; do not edit (change a sidecar or the generator).
// Airbyte's lifecycle rules: loaded with its first call after `connect()` (the definition's `rules`).
import type { LifecycleRules } from "../../define-vendor.js";
import { epochTime } from "../../mapping.js";

export const connection: LifecycleRules["connection"] = {
  connectionId: [
    "sourceId",
  ],
  status: "connected",
  name: [
    "name",
  ],
  createdAt: {
    epoch: [
      "createdAt",
    ],
    unit: "s",
    read: epochTime,
  },
};

export const completed: LifecycleRules["completed"] = {
  connectionId: [
    "sourceId",
  ],
  status: "connected",
  name: [
    "name",
  ],
  createdAt: {
    epoch: [
      "createdAt",
    ],
    unit: "s",
    read: epochTime,
  },
};

export const pagination: LifecycleRules["pagination"] = {
  offset: {
    in: "query",
    name: "offset",
    more: [
      "next",
    ],
  },
};
