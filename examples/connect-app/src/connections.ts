import { type ConnectInput, type VendorName, vendorNames } from "@patchbay/connect";
import { registry } from "@patchbay/connect/registry";
import { operationExample } from "@patchbay/openapi/operation-example";

/** One row of the settings page: what the user connects, through which vendor, with which call. */
export interface Connection<V extends VendorName> {
  /** What the user connects, on the button: "Connect Notion". */
  label: string;
  /** The vendor, as users know it. */
  vendorName: string;
  /** What the server authenticates to the vendor with, for the "check the …" message. */
  credential: string;
  /** The create-connection call; `callbackUrl` is this app's callback for the vendor. */
  input(callbackUrl: string): ConnectInput[V];
}

type Customized = {
  [V in VendorName]?: {
    label?: string;
    /** The create call, from this app's callback URL and the document's create example. */
    input?(callbackUrl: string, example: ConnectInput[V]): ConnectInput[V];
  };
};

/**
 * Your app's own words and calls, where a vendor's defaults (its name; the create example of its
 * document, sending the user back to this app) are not what you want. Edit these for your own
 * app: here, two say what they connect.
 */
const customized: Customized = {
  supermemory: {
    label: "Notion",
    input: (callbackUrl) => ({
      params: { path: { provider: "notion" } },
      body: { redirectUrl: callbackUrl, containerTags: ["user_123"] },
    }),
  },
  polytomic: {
    label: "Salesforce",
    input: (callbackUrl) => ({
      body: { name: "Salesforce Connection", redirect_url: callbackUrl, whitelist: ["salesforce"] },
    }),
  },
};

/** A create body's field that says where the vendor sends the user back (`return_url`, `redirectUrl`…). */
const BACK_TO_APP = /^(redirect|return|refresh|callback)[_-]?(url|uri)$/i;

/** `value` with this app's callback in every field, at any depth, that names where the vendor sends the user back. */
function withCallback(value: unknown, callbackUrl: string): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([name, field]) => [
      name,
      BACK_TO_APP.test(name) && typeof field === "string" && /^https?:/.test(field)
        ? callbackUrl
        : withCallback(field, callbackUrl),
    ]),
  );
}

/**
 * The create example with this app's callback wherever its body names where the vendor sends the
 * user back (Stripe's `return_url` and `refresh_url`, Composio's `callback_url`, Airbyte's
 * `redirectUrl`, Fivetran's `connect_card_config.redirect_uri`) and holds a URL there.
 */
const sendingBackHere = <I>(example: I, callbackUrl: string): I =>
  (example as { body?: unknown }).body === undefined
    ? example
    : { ...example, body: withCallback((example as { body: unknown }).body, callbackUrl) };

/** "API key", "username and password", or both, from the client's auth schemes. */
const credentialOf = (vendor: VendorName): string =>
  [
    ...new Set(
      registry[vendor].descriptor.auth.map((scheme) =>
        scheme.type === "basic" ? "username and password" : "API key",
      ),
    ),
  ].join(" or ");

async function connectionOf<V extends VendorName>(vendor: V): Promise<Connection<V>> {
  const { displayName, operations } = registry[vendor];
  const custom = customized[vendor] as Customized[V];
  const example = (await operationExample(vendor, operations.create)) as ConnectInput[V];
  return {
    label: custom?.label ?? displayName,
    vendorName: displayName,
    credential: credentialOf(vendor),
    input: (callbackUrl) =>
      custom?.input?.(callbackUrl, example) ?? sendingBackHere(example, callbackUrl),
  };
}

/** The settings page's connections, one per vendor of `@patchbay/connect`. */
export const connections = Object.fromEntries(
  await Promise.all(vendorNames.map(async (vendor) => [vendor, await connectionOf(vendor)])),
) as { [V in VendorName]: Connection<V> };

/** The vendors in the order the settings page lists them. */
export const pageOrder: readonly VendorName[] = vendorNames;
