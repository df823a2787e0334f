import type { paths as DatagridPaths } from "@patchbay/datagrid";

type Call = () => Promise<unknown>;

const key = "bench-credential";
const redirect = "https://app.example.com/callback";

/** A factory per client: given the local server's URL, a function making one create-connection call. */
/** Every client measured, by name. Each factory imports its client only when called. */
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
  "@patchbay/datagrid": async (baseUrl) => {
    const { createClient } = await import("@patchbay/datagrid");
    const client = createClient({ baseUrl, apiKey: key });
    return async () =>
      expectField(
        (await client.POST("/connections", { body: { connector_id: "google_drive" } })).data,
        "redirect_url",
      );
  },
  "@patchbay/datagrid (node:http transport)": async (baseUrl) => {
    const { createClient } = await import("@patchbay/datagrid");
    const { httpTransport } = await import("./http-transport.ts");
    const client = createClient({ baseUrl, apiKey: key, fetch: httpTransport() });
    return async () =>
      expectField(
        (await client.POST("/connections", { body: { connector_id: "google_drive" } })).data,
        "redirect_url",
      );
  },
  "@patchbay/supermemory": async (baseUrl) => {
    const { createClient } = await import("@patchbay/supermemory");
    const client = createClient({ baseUrl, apiKey: key });
    return async () =>
      expectField(
        (
          await client.POST("/v3/connections/{provider}", {
            params: { path: { provider: "notion" } },
            body: { redirectUrl: redirect },
          })
        ).data,
        "authLink",
      );
  },
  "@patchbay/polytomic": async (baseUrl) => {
    const { createClient } = await import("@patchbay/polytomic");
    const client = createClient({ baseUrl, apiKey: key });
    return async () =>
      expectField(
        (
          await client.POST("/api/connections/connect", {
            body: { name: "Salesforce Connection", redirect_url: redirect },
          })
        ).data,
        "data",
      );
  },
  "@patchbay/agentstack": async (baseUrl) => {
    const { createClient } = await import("@patchbay/agentstack");
    const client = createClient({ baseUrl, username: "bench", password: key });
    return async () =>
      expectField(
        (await client.POST("/api/v1/connectors", { body: { url: "https://mcp.example.com/mcp" } }))
          .data,
        "state",
      );
  },
  "@patchbay/chartbrew": async (baseUrl) => {
    const { createClient } = await import("@patchbay/chartbrew");
    const client = createClient({ baseUrl, apiKey: key });
    return async () =>
      expectField(
        (
          await client.POST("/team/{team_id}/connections", {
            params: { path: { team_id: "42" } },
            body: { name: "Warehouse", type: "postgres", team_id: 42 },
          })
        ).data,
        "id",
      );
  },
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
  if (!value || typeof value !== "object" || !(field in value)) {
    throw new Error(`expected a body with ${field}, got ${JSON.stringify(value)}`);
  }
  return value;
}
