import { createClient, descriptor } from "@patchbay/datagrid";
import { defineVendor } from "../define-vendor.js";

/** Datagrid answers with the OAuth redirect only; the connection has no id until it completes. */
export const datagrid = defineVendor({
  descriptor,
  createClient,
  path: "/connections",
  toConnectionStart: (raw) => ({
    connectionId: null,
    status: "authorization_required",
    authorizationUrl: raw.redirect_url,
    expiresAt: null,
  }),
  cliExample: `--body '{"connector_id":"google_drive"}'`,
});
