/**
 * `pnpm --filter @patchbay/example-connect-app start [--live] [--port 3000] [--refuse <vendor>]...`
 *
 * The settings page against in-process Prism mocks of specs/*.yaml (every vendor, dummy
 * credentials), or with `--live` against the real APIs, listing the vendors whose credentials
 * are in the environment. `--refuse datagrid` makes that vendor's mock answer 401, to see the
 * page's error message.
 */
import { parseArgs } from "node:util";
import { createPatchbay, isVendorName, type VendorName, vendorNames } from "@patchbay/connect";
import { registry } from "@patchbay/connect/registry";
import { startMocks } from "@patchbay/mocks/start-mocks";
import { startConnectApp } from "./app.js";
import { configuredVendors } from "./configured-vendors.js";
import { pageOrder } from "./connections.js";
import { mockPatchbayOptions } from "./mock-setup.js";

const { values } = parseArgs({
  options: {
    live: { type: "boolean", default: false },
    port: { type: "string", default: "3000" },
    host: { type: "string", default: "127.0.0.1" },
    refuse: { type: "string", multiple: true, default: [] },
  },
});
const refuse = values.refuse.filter((name): name is VendorName => isVendorName(name));
if (refuse.length < values.refuse.length) {
  console.error(`--refuse takes a vendor: ${vendorNames.join(", ")}`);
  process.exit(2);
}

const mocks = values.live ? undefined : await startMocks({ vendors: [...vendorNames] });
const patchbay = createPatchbay(mocks ? mockPatchbayOptions(mocks.urls, { refuse }) : {});
const { configured, unconfigured } = mocks
  ? { configured: pageOrder, unconfigured: [] }
  : await configuredVendors(patchbay);
// POST /webhooks/:vendor takes the signed webhooks of each vendor whose signing secret is set
// (<VENDOR>_WEBHOOK_SECRET; Plaid signs with its own key: PLAID_WEBHOOKS=1 takes them).
const webhookSecrets = Object.fromEntries(
  Object.entries(registry).flatMap(([vendor, definition]) => {
    if (!("webhooks" in definition)) return [];
    const prefix = definition.descriptor.envPrefix;
    const secret = process.env[`${prefix}_WEBHOOK_SECRET`];
    if (secret) return [[vendor, secret]];
    return process.env[`${prefix}_WEBHOOKS`] === "1" ? [[vendor, ""]] : [];
  }),
);
const app = await startConnectApp({
  webhookSecrets,
  patchbay,
  vendors: configured,
  unconfigured,
  target: mocks ? "Prism mocks of specs/*.yaml" : "the live APIs",
  host: values.host,
  port: Number(values.port),
});

console.log(`Integrations page: ${app.url}/  (${mocks ? "Prism mocks" : "live APIs"})`);
for (const { vendor, missing } of unconfigured)
  console.log(`  ${vendor}: not configured, set ${missing}`);
for (const vendor of Object.keys(webhookSecrets))
  console.log(`  ${vendor}: signed webhooks at ${app.url}/webhooks/${vendor}`);
console.log("Ctrl-C to stop.");

const stop = async () => {
  await app.close();
  await mocks?.close();
  process.exit(0);
};
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
