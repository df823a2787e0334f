// Generated from specs/datagrid.patchbay.yaml by tools/generator; do not edit (change a sidecar or the generator).
import { createClient, descriptor } from "@patchbay/datagrid";
import { defineVendor } from "../define-vendor.js";

/** Datagrid for `@patchbay/connect`: what `connect("datagrid", …)` calls and how its answers read. */
export const definition = defineVendor({
  createClient,
  descriptor,
  displayName: "Datagrid",
  operations: {
    create: {
      method: "post",
      path: "/connections",
    },
    get: {
      method: "get",
      path: "/connections/{connection_id}",
    },
    list: {
      method: "get",
      path: "/connections",
    },
    delete: {
      method: "delete",
      path: "/connections/{connection_id}",
    },
  },
  start: {
    connectionId: null,
    status: "authorization_required",
    authorizationUrl: [
      "redirect_url",
    ],
    expiresAt: null,
  },
  items: [
    "data",
  ],
  rules: () => import("./rules/datagrid.js"),
});

/** For `createPatchbay({ vendors: { datagrid } })`: `import { datagrid } from "@patchbay/connect/vendors/datagrid"`. */
export { definition as datagrid };

declare module "@patchbay/connect" {
  interface PatchbayVendors {
    "datagrid": typeof definition;
  }
}
