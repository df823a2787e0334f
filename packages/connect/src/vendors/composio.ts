// Generated from specs/composio.patchbay.yaml by tools/generator; do not edit (change a sidecar or the generator).
import { createClient, descriptor } from "@patchbay/composio";
import { defineVendor } from "../define-vendor.js";

/** Composio for `@patchbay/connect`: what `connect("composio", …)` calls and how its answers read. */
export const definition = defineVendor({
  createClient,
  descriptor,
  displayName: "Composio",
  operations: {
    create: {
      method: "post",
      path: "/api/v3/connected_accounts/link",
    },
    get: {
      method: "get",
      path: "/api/v3/connected_accounts/{nanoid}",
    },
    list: {
      method: "get",
      path: "/api/v3/connected_accounts",
    },
    delete: {
      method: "delete",
      path: "/api/v3/connected_accounts/{nanoid}",
    },
  },
  start: {
    connectionId: [
      "connected_account_id",
    ],
    status: "authorization_required",
    authorizationUrl: [
      "redirect_url",
    ],
    expiresAt: [
      "expires_at",
    ],
  },
  items: [
    "items",
  ],
  rules: () => import("./rules/composio.js"),
  webhooks: () => import("./webhooks/composio.js"),
});

/** For `createPatchbay({ vendors: { composio } })`: `import { composio } from "@patchbay/connect/vendors/composio"`. */
export { definition as composio };

declare module "@patchbay/connect" {
  interface PatchbayVendors {
    "composio": typeof definition;
  }
}
