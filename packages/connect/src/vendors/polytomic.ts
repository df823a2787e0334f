import { createClient, descriptor } from "@patchbay/polytomic";
import { defineVendor } from "../define-vendor.js";

/** A Connect session: the modal's URL; the session `token` stays in `raw`. */
export const polytomic = defineVendor({
  descriptor,
  createClient,
  path: "/api/connections/connect",
  toConnectionStart: (raw) => ({
    connectionId: null,
    status: raw.data?.redirect_url ? "authorization_required" : "pending",
    authorizationUrl: raw.data?.redirect_url || null,
    expiresAt: null,
  }),
  cliExample: `--body '{"name":"Salesforce Connection","redirect_url":"https://app.example.com/integrations/polytomic/done","whitelist":["salesforce"]}'`,
});
