import { readFileSync } from "node:fs";
import { registry } from "@patchbay/connect/registry";
import type { paths as DatagridPaths } from "@patchbay/datagrid";
import { dummyCredentialOptions } from "@patchbay/test-support/dummy-credentials";
import type { CreateInput } from "./create-inputs.ts";
import {
  createOperationOf,
  nodeTransportRow,
  packageOf,
  type Vendor,
  vendors,
  vendorsWithSdk,
} from "./subjects.ts";
import { importVendorPackage } from "./vendor-packages.ts";

type Call = () => Promise<unknown>;

/** Written by throughput.ts beside the bundled client: per vendor, its input and a field of its answer. */
export const vendorCallsFile = "vendor-calls.json";
export type VendorCalls = Record<Vendor, { input: CreateInput; field: string }>;

type LooseClient = {
  request(method: string, path: string, init: object): Promise<{ data?: unknown }>;
};

/**
 * `@patchbay/<vendor>`: its create-connection call with its document's example; with `node`, over
 * the runtime's `nodeTransport` (forced; the default on Node.js where Node's own `fetch` would send the same way) (node:http on keep-alive agents) instead of `fetch`.
 */
const vendorClient =
  (vendor: Vendor, node = false) =>
  async (baseUrl: string) => {
    const calls = JSON.parse(
      readFileSync(new URL(`./${vendorCallsFile}`, import.meta.url), "utf8"),
    ) as VendorCalls;
    const { input, field } = calls[vendor];
    const { method, path } = createOperationOf(vendor);
    const { createClient } = (await importVendorPackage(vendor)) as {
      createClient(options: object): LooseClient;
    };
    const { nodeTransport } = await import("@patchbay/runtime/node-transport");
    const client = createClient({
      baseUrl,
      ...dummyCredentialOptions(registry[vendor].descriptor),
      ...(node ? { fetch: nodeTransport() } : {}),
    });
    return async () => expectField((await client.request(method, path, input)).data, field);
  };

const key = "bench-credential";
const redirect = "https://app.example.com/callback";

/**
 * Every client measured, by name: a factory that, given the local server's URL, makes a function
 * making one create-connection call. Each factory imports its client only when called.
 */
export const throughputClients: Record<string, (baseUrl: string) => Promise<Call>> = {
  "plain fetch": async (baseUrl) => async () => {
    const response = await fetch(`${baseUrl}/connections`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: JSON.stringify({ connector_id: "google_drive" }),
    });
    if (!response.ok) throw new Error(`status ${response.status}`);
    return expectField(await response.json(), "redirect_url");
  },
  "openapi-fetch": async (baseUrl) => {
    const { default: createClient } = await import("openapi-fetch");
    const client = createClient<DatagridPaths>({
      baseUrl,
      headers: { authorization: `Bearer ${key}` },
    });
    return async () =>
      expectField(
        (await client.POST("/connections", { body: { connector_id: "google_drive" } })).data,
        "redirect_url",
      );
  },
  ...Object.fromEntries(vendors.map((vendor) => [packageOf(vendor), vendorClient(vendor)])),
  ...Object.fromEntries(
    vendorsWithSdk.map((vendor) => [nodeTransportRow(vendor), vendorClient(vendor, true)]),
  ),
  "@patchbay/connect (datagrid)": async (baseUrl) => {
    const { createPatchbay } = await import("@patchbay/connect");
    const patchbay = createPatchbay({ datagrid: { baseUrl, apiKey: key } });
    return async () =>
      expectField(
        await patchbay.connect("datagrid", { body: { connector_id: "google_drive" } }),
        "authorizationUrl",
      );
  },
  "datagrid-ai": async (baseUrl) => {
    const { default: Datagrid } = await import("datagrid-ai");
    const client = new Datagrid({ baseURL: baseUrl, apiKey: key });
    return async () =>
      expectField(
        await client.connections.create({ connector_id: "google_drive" }),
        "redirect_url",
      );
  },
  supermemory: async (baseUrl) => {
    const { default: Supermemory } = await import("supermemory");
    const client = new Supermemory({ baseURL: baseUrl, apiKey: key });
    return async () =>
      expectField(await client.connections.create("notion", { redirectUrl: redirect }), "authLink");
  },
  polytomic: async (baseUrl) => {
    const { PolytomicClient } = await import("polytomic");
    const client = new PolytomicClient({ environment: baseUrl, token: key });
    return async () =>
      expectField(
        await client.connections.connect({ name: "Salesforce Connection", redirect_url: redirect }),
        "data",
      );
  },
};

function expectField(value: unknown, field: string): unknown {
  // "": a text answer (the create answers its URL as text/plain)
  if (field === "" && typeof value === "string" && value !== "") return value;
  if (!value || typeof value !== "object" || !(field in value)) {
    throw new Error(`expected a body with ${field}, got ${JSON.stringify(value)}`);
  }
  return value;
}
