import { createClient, descriptor } from "@patchbay/chartbrew";
import { defineVendor } from "../define-vendor.js";

/** Direct credentials: the data source exists as soon as the call succeeds. */
export const chartbrew = defineVendor({
  descriptor,
  createClient,
  path: "/team/{team_id}/connections",
  toConnectionStart: (raw) => ({
    connectionId: raw.id === undefined || raw.id === null ? null : String(raw.id),
    status: "connected",
    authorizationUrl: null,
    expiresAt: null,
  }),
  cliExample: `--path team_id=42 --body '{"name":"Production Postgres","type":"postgres","team_id":42,"host":"db.example.com","port":"5432"}'`,
});
