import { createClient, descriptor } from "@patchbay/agentstack";
import { type ConnectionStatus, defineVendor } from "../define-vendor.js";

const statusOf: Record<string, ConnectionStatus> = {
  auth_required: "authorization_required",
  connected: "connected",
  created: "pending",
  disconnected: "disconnected",
};

/** A connector's `state`; an unknown future state reads as pending. */
export const agentstack = defineVendor({
  descriptor,
  createClient,
  path: "/api/v1/connectors",
  toConnectionStart: (raw) => ({
    connectionId: raw.id,
    status: statusOf[raw.state] ?? "pending",
    authorizationUrl:
      (raw.state === "auth_required" && raw.auth_request?.authorization_endpoint) || null,
    expiresAt: null,
  }),
  cliExample: `--base-url https://agentstack.example.com --body '{"url":"https://mcp.example.com/mcp"}'`,
});
