// Usage fixture: @patchbay/agentstack called the way a user calls it. Type-checked, never run.
// `pnpm spec:changes` compiles the previous release's copy of this file against the newly
// generated client; if it no longer compiles, the change is breaking (docs/releasing.md).
// Keep what users rely on here; edit it only when a release has deliberately broken it.
import { type AgentStackClientOptions, type components, createClient } from "../src/index.js";

type ConnectorState = components["schemas"]["ConnectorState"];

/** An exhaustive switch: a new connector state must not reach users silently. */
function nextStep(state: ConnectorState): "authorize" | "done" | "wait" | "reconnect" {
  switch (state) {
    case "auth_required":
      return "authorize";
    case "connected":
      return "done";
    case "created":
      return "wait";
    case "disconnected":
      return "reconnect";
    default:
      return state satisfies never;
  }
}

export async function registerMcpConnector(options: AgentStackClientOptions = {}) {
  const agentstack = createClient({
    baseUrl: "http://localhost:8333",
    username: "admin",
    password: "admin",
    ...options,
  });
  const { data, error, response } = await agentstack.POST("/api/v1/connectors", {
    body: {
      url: "https://mcp.example.com/mcp",
      match_preset: true,
      client_id: null,
      metadata: { team: "growth" },
    },
  });
  if (error) {
    const detail =
      typeof error.detail === "string"
        ? error.detail
        : error.detail.map((problem) => `${problem.loc.join(".")}: ${problem.msg}`).join("; ");
    throw new Error(`agentstack ${response.status}: ${detail}`);
  }
  return {
    id: data.id,
    step: nextStep(data.state),
    authorizationUrl: data.auth_request?.authorization_endpoint ?? null,
    disconnectReason: data.disconnect_reason,
    createdAt: data.created_at,
  };
}
