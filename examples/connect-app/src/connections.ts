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

/** The example's body (each of these create operations takes one). */
const bodyOf = <B>({ body }: { body?: B }) => body as B & object;

type Customized = {
  [V in VendorName]?: {
    label?: string;
    /** The create call, from this app's callback URL and the document's create example. */
    input?(callbackUrl: string, example: ConnectInput[V]): ConnectInput[V];
  };
};

/**
 * Your app's own words and calls, where a vendor's defaults (its name; the create example of its
 * document) are not what you want. Edit these for your own app: here, the vendors that send the
 * user back to a URL the create call names get this app's callback (the others' examples stand),
 * and two say what they connect.
 */
const customized: Customized = {
  airbyte: {
    input: (callbackUrl, example) => ({
      ...example,
      body: { ...bodyOf(example), redirectUrl: callbackUrl },
    }),
  },
  composio: {
    input: (callbackUrl, example) => ({
      ...example,
      body: { ...bodyOf(example), callback_url: callbackUrl },
    }),
  },
  stripe: {
    input: (callbackUrl, example) => ({
      ...example,
      body: { ...bodyOf(example), return_url: callbackUrl, refresh_url: callbackUrl },
    }),
  },
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
    input: (callbackUrl) => custom?.input?.(callbackUrl, example) ?? example,
  };
}

/** The settings page's connections, one per vendor of `@patchbay/connect`. */
export const connections = Object.fromEntries(
  await Promise.all(vendorNames.map(async (vendor) => [vendor, await connectionOf(vendor)])),
) as { [V in VendorName]: Connection<V> };

/** The vendors in the order the settings page lists them. */
export const pageOrder: readonly VendorName[] = vendorNames;
