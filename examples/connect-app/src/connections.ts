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

type Customized = { [V in VendorName]?: Partial<Pick<Connection<V>, "label" | "input">> };

/**
 * Your app's own words and calls, where a vendor's defaults (its name; the create example of its
 * document) are not what you want. Edit these for your own app: here, the two vendors that send
 * the user back to a URL of the app get this app's callback, and say what they connect.
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
  const example = custom?.input ? undefined : await operationExample(vendor, operations.create);
  return {
    label: custom?.label ?? displayName,
    vendorName: displayName,
    credential: credentialOf(vendor),
    input: custom?.input ?? (() => example as ConnectInput[V]),
  };
}

/** The settings page's connections, one per vendor of `@patchbay/connect`. */
export const connections = Object.fromEntries(
  await Promise.all(vendorNames.map(async (vendor) => [vendor, await connectionOf(vendor)])),
) as { [V in VendorName]: Connection<V> };

/** The vendors in the order the settings page lists them. */
export const pageOrder: readonly VendorName[] = vendorNames;
