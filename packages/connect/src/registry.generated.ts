// Generated from specs/*.patchbay.yaml by tools/generator; do not edit (change a sidecar or the generator).
import * as vendor_agentstack from "@patchbay/agentstack";
import * as vendor_chartbrew from "@patchbay/chartbrew";
import * as vendor_datagrid from "@patchbay/datagrid";
import * as vendor_polytomic from "@patchbay/polytomic";
import * as vendor_supermemory from "@patchbay/supermemory";
import { defineVendor } from "./define-vendor.js";

/** Every vendor whose sidecar declares `connections`, by the name `connect(vendor, …)` takes. */
export const registry = {
  "agentstack": defineVendor({
    createClient: vendor_agentstack.createClient,
    descriptor: vendor_agentstack.descriptor,
    displayName: "Agent Stack",
    operations: {
      create: {
        method: "post",
        path: "/api/v1/connectors",
      },
      get: {
        method: "get",
        path: "/api/v1/connectors/{connector_id}",
      },
      list: {
        method: "get",
        path: "/api/v1/connectors",
      },
      delete: {
        method: "delete",
        path: "/api/v1/connectors/{connector_id}",
      },
    },
    start: {
      connectionId: [
        "id",
      ],
      status: {
        pointer: [
          "state",
        ],
        values: {
          auth_required: "authorization_required",
          connected: "connected",
          created: "pending",
          disconnected: "disconnected",
        },
        otherwise: "pending",
      },
      authorizationUrl: [
        "auth_request",
        "authorization_endpoint",
      ],
      expiresAt: null,
    },
    connection: {
      connectionId: [
        "id",
      ],
      status: {
        pointer: [
          "state",
        ],
        values: {
          auth_required: "authorization_required",
          connected: "connected",
          created: "pending",
          disconnected: "disconnected",
        },
        otherwise: "pending",
      },
      name: [
        "url",
      ],
      createdAt: [
        "created_at",
      ],
    },
    record: [],
    items: [
      "items",
    ],
    cliExamples: {
      create: "--body '{\"url\":\"https://mcp.example.com/mcp\",\"match_preset\":true}'",
      get: "--path connector_id=6f1d3b8e-2a47-4c95-8e0b-9d4c7a1f2e63",
      list: "",
      delete: "--path connector_id=6f1d3b8e-2a47-4c95-8e0b-9d4c7a1f2e63",
    },
  }),
  "chartbrew": defineVendor({
    createClient: vendor_chartbrew.createClient,
    descriptor: vendor_chartbrew.descriptor,
    displayName: "Chartbrew",
    operations: {
      create: {
        method: "post",
        path: "/team/{team_id}/connections",
      },
      get: {
        method: "get",
        path: "/team/{team_id}/connections/{connection_id}",
      },
      list: {
        method: "get",
        path: "/team/{team_id}/connections",
      },
      delete: {
        method: "delete",
        path: "/team/{team_id}/connections/{connection_id}",
      },
    },
    start: {
      connectionId: [
        "id",
      ],
      status: "connected",
      authorizationUrl: null,
      expiresAt: null,
    },
    connection: {
      connectionId: [
        "id",
      ],
      status: {
        pointer: [
          "active",
        ],
        values: {
          true: "connected",
          false: "disconnected",
        },
        otherwise: "connected",
      },
      name: [
        "name",
      ],
      createdAt: [
        "createdAt",
      ],
    },
    record: [],
    items: [],
    cliExamples: {
      create: "--path team_id=42 --body '{\"name\":\"Production Postgres\",\"type\":\"postgres\",\"team_id\":42,\"host\":\"db.example.com\",\"port\":\"5432\",\"username\":\"chartbrew_reader\",\"password\":\"<password>\",\"ssl\":true,\"sslMode\":\"require\"}'",
      get: "--path team_id=42 --path connection_id=187",
      list: "--path team_id=42",
      delete: "--path team_id=42 --path connection_id=187",
    },
  }),
  "datagrid": defineVendor({
    createClient: vendor_datagrid.createClient,
    descriptor: vendor_datagrid.descriptor,
    displayName: "Datagrid",
    operations: {
      create: {
        method: "post",
        path: "/connections",
      },
      get: {
        method: "get",
        path: "/connections/{connection_id}",
      },
      list: {
        method: "get",
        path: "/connections",
      },
      delete: {
        method: "delete",
        path: "/connections/{connection_id}",
      },
    },
    start: {
      connectionId: null,
      status: "authorization_required",
      authorizationUrl: [
        "redirect_url",
      ],
      expiresAt: null,
    },
    connection: {
      connectionId: [
        "id",
      ],
      status: {
        pointer: [
          "valid",
        ],
        values: {
          true: "connected",
          false: "disconnected",
        },
        otherwise: "connected",
      },
      name: [
        "name",
      ],
      createdAt: [
        "created_at",
      ],
    },
    record: [],
    items: [
      "data",
    ],
    pagination: {
      cursor: {
        in: "query",
        name: "after",
        fromLastItem: [
          "id",
        ],
      },
    },
    cliExamples: {
      create: "--body '{\"connector_id\":\"google_drive\"}'",
      get: "--path connection_id=3f6c1d2e-8a4b-4c7d-9e0f-1a2b3c4d5e6f",
      list: "",
      delete: "--path connection_id=3f6c1d2e-8a4b-4c7d-9e0f-1a2b3c4d5e6f",
    },
  }),
  "polytomic": defineVendor({
    createClient: vendor_polytomic.createClient,
    descriptor: vendor_polytomic.descriptor,
    displayName: "Polytomic",
    operations: {
      create: {
        method: "post",
        path: "/api/connections/connect",
      },
      get: {
        method: "get",
        path: "/api/connections/{id}",
      },
      list: {
        method: "get",
        path: "/api/connections",
      },
      delete: {
        method: "delete",
        path: "/api/connections/{id}",
      },
    },
    start: {
      connectionId: null,
      status: {
        pointer: [
          "data",
          "redirect_url",
        ],
        present: "authorization_required",
        otherwise: "pending",
      },
      authorizationUrl: [
        "data",
        "redirect_url",
      ],
      expiresAt: null,
    },
    connection: {
      connectionId: [
        "id",
      ],
      status: {
        pointer: [
          "status",
        ],
        values: {
          healthy: "connected",
          unhealthy: "disconnected",
        },
        otherwise: "pending",
      },
      name: [
        "name",
      ],
      createdAt: [
        "created_at",
      ],
    },
    record: [
      "data",
    ],
    items: [
      "data",
    ],
    cliExamples: {
      create: "--header X-Polytomic-Version=2025-09-18 --body '{\"name\":\"Salesforce Connection\",\"redirect_url\":\"https://app.example.com/integrations/polytomic/done\",\"whitelist\":[\"salesforce\"]}'",
      get: "--path id=248df4b7-aa70-47b8-a036-33ac447e668d --header X-Polytomic-Version=2025-09-18",
      list: "--header X-Polytomic-Version=2025-09-18",
      delete: "--path id=248df4b7-aa70-47b8-a036-33ac447e668d --header X-Polytomic-Version=2025-09-18",
    },
  }),
  "supermemory": defineVendor({
    createClient: vendor_supermemory.createClient,
    descriptor: vendor_supermemory.descriptor,
    displayName: "Supermemory",
    operations: {
      create: {
        method: "post",
        path: "/v3/connections/{provider}",
      },
      get: {
        method: "get",
        path: "/v3/connections/{connectionId}",
      },
      list: {
        method: "post",
        path: "/v3/connections/list",
      },
      delete: {
        method: "delete",
        path: "/v3/connections/{connectionId}",
      },
    },
    start: {
      connectionId: [
        "id",
      ],
      status: {
        pointer: [
          "authLink",
        ],
        present: "authorization_required",
        otherwise: "connected",
      },
      authorizationUrl: [
        "authLink",
      ],
      expiresAt: {
        duration: [
          "expiresIn",
        ],
      },
    },
    connection: {
      connectionId: [
        "id",
      ],
      status: {
        pointer: [
          "lastSyncRun",
          "errorCode",
        ],
        values: {
          auth_expired: "disconnected",
          rate_limited: "connected",
          plan_required: "connected",
          provider_unavailable: "connected",
          internal: "connected",
        },
        otherwise: "connected",
      },
      name: [
        "email",
      ],
      createdAt: [
        "createdAt",
      ],
    },
    record: [],
    items: [],
    cliExamples: {
      create: "--path provider=notion --body '{\"redirectUrl\":\"https://app.example.com/integrations/notion/callback\",\"containerTags\":[\"user_123\",\"project_alpha\"],\"metadata\":{\"source\":\"onboarding\",\"plan\":\"pro\"},\"documentLimit\":5000}'",
      get: "--path connectionId=conn_8f2kQ1xZt7LmVb3R",
      list: "--body '{\"containerTags\":[\"user_123\"]}'",
      delete: "--path connectionId=conn_8f2kQ1xZt7LmVb3R",
    },
  }),
};
