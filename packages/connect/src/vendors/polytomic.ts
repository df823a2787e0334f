// Generated from specs/polytomic.patchbay.yaml by tools/generator; do not edit (change a sidecar or the generator).
import { createClient, descriptor } from "@patchbay/polytomic";
import { defineVendor } from "../define-vendor.js";

/** Polytomic for `@patchbay/connect`: what `connect("polytomic", …)` calls and how its answers read. */
export const definition = defineVendor({
  createClient,
  descriptor,
  displayName: "Polytomic",
  operations: {
    create: {
      method: "post",
      path: "/api/connections/connect",
    },
    get: {
      method: "get",
      path: "/api/connections/{id}",
    },
    list: {
      method: "get",
      path: "/api/connections",
    },
    delete: {
      method: "delete",
      path: "/api/connections/{id}",
    },
  },
  start: {
    connectionId: null,
    status: {
      pointer: [
        "data",
        "redirect_url",
      ],
      present: "authorization_required",
      otherwise: "pending",
    },
    authorizationUrl: [
      "data",
      "redirect_url",
    ],
    expiresAt: null,
  },
  connection: {
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
  },
  record: [
    "data",
  ],
  items: [
    "data",
  ],
  cliExamples: {
    create: "--header X-Polytomic-Version=2025-09-18 --body '{\"name\":\"Salesforce Connection\",\"redirect_url\":\"https://app.example.com/integrations/polytomic/done\",\"whitelist\":[\"salesforce\"]}'",
    get: "--path id=248df4b7-aa70-47b8-a036-33ac447e668d --header X-Polytomic-Version=2025-09-18",
    list: "--header X-Polytomic-Version=2025-09-18",
    delete: "--path id=248df4b7-aa70-47b8-a036-33ac447e668d --header X-Polytomic-Version=2025-09-18",
  },
});

declare module "@patchbay/connect" {
  interface PatchbayVendors {
    "polytomic": typeof definition;
  }
}
