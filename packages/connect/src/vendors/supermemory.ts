import { createClient, descriptor } from "@patchbay/supermemory";
import { defineVendor } from "../define-vendor.js";
import { expiresAtFrom } from "../duration.js";

/** `authLink` is null where no OAuth step is needed (`web-crawler`): connected at once. */
export const supermemory = defineVendor({
  descriptor,
  createClient,
  path: "/v3/connections/{provider}",
  toConnectionStart: (raw, { receivedAt }) => ({
    connectionId: raw.id,
    status: raw.authLink ? "authorization_required" : "connected",
    authorizationUrl: raw.authLink || null,
    expiresAt: raw.authLink ? expiresAtFrom(raw.expiresIn, receivedAt) : null,
  }),
  cliExample: `--path provider=notion --body '{"redirectUrl":"https://app.example.com/integrations/notion/callback","containerTags":["user_123"]}'`,
});
