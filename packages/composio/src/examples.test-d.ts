// Generated from specs/composio.json by tools/generator; do not edit (change the document or the generator).
// Every example in the document must satisfy the generated types; `tsc --noEmit` checks it.
import type { paths } from "./schema.js";

/** `T` with every array and object readonly: what a `const` literal is checked against. */
type DeepReadonly<T> = T extends (infer E)[]
  ? readonly DeepReadonly<E>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/**
 * Whether a value fits `T`, as a type-level `extends`: unlike `satisfies` (or a parameter
 * typed `T`) it makes no excess-property check, so an example may carry properties its schema
 * does not name, as a schema without `additionalProperties: false` allows. A value that does not
 * fit leaves out the argument `example_does_not_fit_its_type`.
 */
const example =
  <T>() =>
  <const V>(
    value: V,
    ..._fits: [V] extends [DeepReadonly<T>] ? [] : [example_does_not_fit_its_type: never]
  ): V =>
    value;

// POST /api/v3/auth_configs: request example example
example<NonNullable<paths["/api/v3/auth_configs"]["post"]["requestBody"]>["content"]["application/json"]>()({
  toolkit: {
    slug: "github",
  },
  auth_config: {
    type: "use_composio_managed_auth",
    name: "GitHub",
  },
});

// POST /api/v3/auth_configs: 201 example example
example<paths["/api/v3/auth_configs"]["post"]["responses"][201]["content"]["application/json"]>()({
  toolkit: {
    slug: "github",
  },
  auth_config: {
    id: "ac_7f3kQ2xZt9LmVb",
    auth_scheme: "OAUTH2",
    is_composio_managed: true,
  },
});

// PATCH /api/v3/auth_configs/{nanoid}: request example standardUpdate: left out, its schema refuses it (#/paths/~1api~1v3~1auth_configs~1{nanoid}/patch/requestBody/content/application~1json/examples/standardUpdate/value: (body) must have required property 'type'; (body) must have required property 'credentials'; (body) must have required property 'type')

// GET /api/v3/connected_accounts: 200 example example
example<paths["/api/v3/connected_accounts"]["get"]["responses"][200]["content"]["application/json"]>()({
  items: [
    {
      toolkit: {
        slug: "github",
      },
      auth_config: {
        id: "ac_7f3kQ2xZt9LmVb",
        auth_scheme: "OAUTH2",
        is_composio_managed: true,
        is_disabled: false,
      },
      id: "ca_8f2kQ1xZt7LmVb",
      user_id: "user_123",
      status: "ACTIVE",
      created_at: "2026-12-01T09:12:44.000Z",
      updated_at: "2026-12-01T09:13:05.000Z",
      state: {
        authScheme: "OAUTH2",
        val: {
          status: "ACTIVE",
          access_token: "gho_exampleAccessToken000000000000000",
          token_type: "bearer",
          scope: "repo,read:user",
        },
      },
      data: {},
      status_reason: null,
      is_disabled: false,
      params: {},
    },
  ],
  next_cursor: null,
  total_pages: 1,
  current_page: 1,
  total_items: 1,
});

// GET /api/v3/connected_accounts/{nanoid}: path parameters of a valid call
example<NonNullable<paths["/api/v3/connected_accounts/{nanoid}"]["get"]["parameters"]["path"]>>()({
  nanoid: "con_1a2b3c4d5e6f",
});

// GET /api/v3/connected_accounts/{nanoid}: 200 example example
example<paths["/api/v3/connected_accounts/{nanoid}"]["get"]["responses"][200]["content"]["application/json"]>()({
  toolkit: {
    slug: "github",
  },
  auth_config: {
    id: "ac_7f3kQ2xZt9LmVb",
    auth_scheme: "OAUTH2",
    is_composio_managed: true,
    is_disabled: false,
  },
  id: "ca_8f2kQ1xZt7LmVb",
  user_id: "user_123",
  status: "ACTIVE",
  created_at: "2026-12-01T09:12:44.000Z",
  updated_at: "2026-12-01T09:13:05.000Z",
  state: {
    authScheme: "OAUTH2",
    val: {
      status: "ACTIVE",
      access_token: "gho_exampleAccessToken000000000000000",
      token_type: "bearer",
      scope: "repo,read:user",
    },
  },
  data: {},
  status_reason: null,
  is_disabled: false,
  params: {},
});

// DELETE /api/v3/connected_accounts/{nanoid}: path parameters of a valid call
example<NonNullable<paths["/api/v3/connected_accounts/{nanoid}"]["delete"]["parameters"]["path"]>>()({
  nanoid: "con_1a2b3c4d5e6f",
});

// PATCH /api/v3/connected_accounts/{nanoId}/status: path parameters of a valid call
example<NonNullable<paths["/api/v3/connected_accounts/{nanoId}/status"]["patch"]["parameters"]["path"]>>()({
  nanoId: "con_1a2b3c4d5e6f",
});

// POST /api/v3/connected_accounts/{nanoid}/refresh: path parameters of a valid call
example<NonNullable<paths["/api/v3/connected_accounts/{nanoid}/refresh"]["post"]["parameters"]["path"]>>()({
  nanoid: "con_1a2b3c4d5e6f",
});

// POST /api/v3/connected_accounts/link: request example example
example<NonNullable<paths["/api/v3/connected_accounts/link"]["post"]["requestBody"]>["content"]["application/json"]>()({
  auth_config_id: "ac_7f3kQ2xZt9LmVb",
  user_id: "user_123",
  callback_url: "https://app.example.com/integrations/github/callback",
});

// POST /api/v3/connected_accounts/link: 201 example example
example<paths["/api/v3/connected_accounts/link"]["post"]["responses"][201]["content"]["application/json"]>()({
  link_token: "ln_9c2d4e61a7b3",
  redirect_url: "https://connect.composio.dev/link/ln_9c2d4e61a7b3",
  expires_at: "2026-12-01T09:22:44.000Z",
  connected_account_id: "ca_8f2kQ1xZt7LmVb",
});

// PATCH /api/v3/org/project/config: request example Enable 2FA
example<NonNullable<paths["/api/v3/org/project/config"]["patch"]["requestBody"]>["content"]["application/json"]>()({
  is_2FA_enabled: true,
});

// PATCH /api/v3/org/project/config: request example Disable 2FA
example<NonNullable<paths["/api/v3/org/project/config"]["patch"]["requestBody"]>["content"]["application/json"]>()({
  is_2FA_enabled: false,
});

// POST /api/v3/org/owner/project/new: request example Simple project
example<NonNullable<paths["/api/v3/org/owner/project/new"]["post"]["requestBody"]>["content"]["application/json"]>()({
  name: "my_production_api",
});

// GET /api/v3/org/owner/project/{nano_id}: path parameters of a valid call
example<NonNullable<paths["/api/v3/org/owner/project/{nano_id}"]["get"]["parameters"]["path"]>>()({
  nano_id: "proj_abc123xyz456",
});

// DELETE /api/v3/org/owner/project/{nano_id}: path parameters of a valid call
example<NonNullable<paths["/api/v3/org/owner/project/{nano_id}"]["delete"]["parameters"]["path"]>>()({
  nano_id: "proj_abc123xyz456",
});

// POST /api/v3/org/owner/project/{nano_id}/regenerate_api_key: path parameters of a valid call
example<NonNullable<paths["/api/v3/org/owner/project/{nano_id}/regenerate_api_key"]["post"]["parameters"]["path"]>>()({
  nano_id: "proj_abc123xyz456",
});

// GET /api/v3/toolkits/{slug}: path parameters of a valid call
example<NonNullable<paths["/api/v3/toolkits/{slug}"]["get"]["parameters"]["path"]>>()({
  slug: "github",
});

// GET /api/v3/triggers_types/{slug}: path parameters of a valid call
example<NonNullable<paths["/api/v3/triggers_types/{slug}"]["get"]["parameters"]["path"]>>()({
  slug: "SLACK_NEW_MESSAGE",
});

// POST /api/v3/mcp/servers: request example Basic MCP Server
example<NonNullable<paths["/api/v3/mcp/servers"]["post"]["requestBody"]>["content"]["application/json"]>()({
  name: "GitHub Integration Server",
  auth_config_ids: [
    "auth_cfg_abc123def456",
  ],
});

// POST /api/v3/mcp/servers: request example Server with Limited Tools
example<NonNullable<paths["/api/v3/mcp/servers"]["post"]["requestBody"]>["content"]["application/json"]>()({
  name: "GitHub Issues Only",
  auth_config_ids: [
    "auth_cfg_abc123def456",
  ],
  allowed_tools: [
    "GMAIL_ADD_LABEL_TO_EMAIL",
  ],
});

// POST /api/v3/mcp/servers: request example Server with Expiration
example<NonNullable<paths["/api/v3/mcp/servers"]["post"]["requestBody"]>["content"]["application/json"]>()({
  name: "Temporary Integration Server",
  auth_config_ids: [
    "auth_cfg_abc123def456",
  ],
});

// POST /api/v3/mcp/servers/custom: request example Basic Multi-App Server
example<NonNullable<paths["/api/v3/mcp/servers/custom"]["post"]["requestBody"]>["content"]["application/json"]>()({
  name: "Development Integration Server",
  toolkits: [
    "github",
    "jira",
  ],
});

// POST /api/v3/mcp/servers/custom: request example Advanced Multi-App Server
example<NonNullable<paths["/api/v3/mcp/servers/custom"]["post"]["requestBody"]>["content"]["application/json"]>()({
  name: "Complete Workflow Integration",
  toolkits: [
    "github",
    "jira",
    "slack",
  ],
  custom_tools: [
    "internal-api-tool",
  ],
});

// POST /api/v3/mcp/servers/generate: request example Basic URL Generation
example<NonNullable<paths["/api/v3/mcp/servers/generate"]["post"]["requestBody"]>["content"]["application/json"]>()({
  mcp_server_id: "550e8400-e29b-41d4-a716-446655440000",
  user_ids: [
    "user_123456",
  ],
  connected_account_ids: [
    "account_1",
    "account_2",
  ],
});

// POST /api/v3/mcp/servers/generate: request example Managed Auth Configuration
example<NonNullable<paths["/api/v3/mcp/servers/generate"]["post"]["requestBody"]>["content"]["application/json"]>()({
  mcp_server_id: "550e8400-e29b-41d4-a716-446655440000",
  user_ids: [
    "user_123456",
    "user_789012",
  ],
  connected_account_ids: [
    "account_1",
    "account_2",
    "account_3",
  ],
});

// GET /api/v3/mcp/{id}: path parameters of a valid call
example<NonNullable<paths["/api/v3/mcp/{id}"]["get"]["parameters"]["path"]>>()({
  id: "550e8400-e29b-41d4-a716-446655440000",
});

// DELETE /api/v3/mcp/{id}: path parameters of a valid call
example<NonNullable<paths["/api/v3/mcp/{id}"]["delete"]["parameters"]["path"]>>()({
  id: "550e8400-e29b-41d4-a716-446655440000",
});

// PATCH /api/v3/mcp/{id}: path parameters of a valid call
example<NonNullable<paths["/api/v3/mcp/{id}"]["patch"]["parameters"]["path"]>>()({
  id: "550e8400-e29b-41d4-a716-446655440000",
});

// PATCH /api/v3/mcp/{id}: request example Update Server Name
example<NonNullable<paths["/api/v3/mcp/{id}"]["patch"]["requestBody"]>["content"]["application/json"]>()({
  name: "Updated GitHub Integration Server",
});

// PATCH /api/v3/mcp/{id}: request example Update Single Auth Config
example<NonNullable<paths["/api/v3/mcp/{id}"]["patch"]["requestBody"]>["content"]["application/json"]>()({
  auth_config_ids: [
    "auth_cfg_abc123def456",
  ],
  toolkits: [
    "gmail",
  ],
  allowed_tools: [
    "GMAIL_ADD_LABEL_TO_EMAIL",
  ],
});

// PATCH /api/v3/mcp/{id}: request example Update Multiple Auth Configs
example<NonNullable<paths["/api/v3/mcp/{id}"]["patch"]["requestBody"]>["content"]["application/json"]>()({
  auth_config_ids: [
    "auth_cfg_abc123def456",
    "auth_cfg_xyz789",
  ],
  toolkits: [
    "gmail",
    "notion",
  ],
  allowed_tools: [
    "GMAIL_ADD_LABEL_TO_EMAIL",
    "NOTION_CREATE_PAGE",
  ],
});

// PATCH /api/v3/mcp/{id}: request example Update Toolkits Only
example<NonNullable<paths["/api/v3/mcp/{id}"]["patch"]["requestBody"]>["content"]["application/json"]>()({
  toolkits: [
    "gmail",
    "notion",
  ],
});

// PATCH /api/v3/mcp/{id}: request example Full Update
example<NonNullable<paths["/api/v3/mcp/{id}"]["patch"]["requestBody"]>["content"]["application/json"]>()({
  name: "Production Multi-App MCP Server",
  auth_config_ids: [
    "auth_cfg_abc123def456",
    "auth_cfg_xyz789",
  ],
  toolkits: [
    "gmail",
    "notion",
  ],
  allowed_tools: [
    "GMAIL_ADD_LABEL_TO_EMAIL",
    "NOTION_CREATE_PAGE",
  ],
});

// GET /api/v3/mcp/app/{appKey}: path parameters of a valid call
example<NonNullable<paths["/api/v3/mcp/app/{appKey}"]["get"]["parameters"]["path"]>>()({
  appKey: "github",
});

// GET /api/v3/mcp/servers/{serverId}/instances: path parameters of a valid call
example<NonNullable<paths["/api/v3/mcp/servers/{serverId}/instances"]["get"]["parameters"]["path"]>>()({
  serverId: "550e8400-e29b-41d4-a716-446655440000",
});

// POST /api/v3/mcp/servers/{serverId}/instances: path parameters of a valid call
example<NonNullable<paths["/api/v3/mcp/servers/{serverId}/instances"]["post"]["parameters"]["path"]>>()({
  serverId: "550e8400-e29b-41d4-a716-446655440000",
});

// POST /api/v3/mcp/servers/{serverId}/instances: request example Create Instance
example<NonNullable<paths["/api/v3/mcp/servers/{serverId}/instances"]["post"]["requestBody"]>["content"]["application/json"]>()({
  user_id: "user_123456",
});

// DELETE /api/v3/mcp/servers/{serverId}/instances/{instanceId}: path parameters of a valid call
example<NonNullable<paths["/api/v3/mcp/servers/{serverId}/instances/{instanceId}"]["delete"]["parameters"]["path"]>>()({
  serverId: "550e8400-e29b-41d4-a716-446655440000",
  instanceId: "user_123456",
});

// POST /api/v3/files/upload/request: request example New Image File
example<NonNullable<paths["/api/v3/files/upload/request"]["post"]["requestBody"]>["content"]["application/json"]>()({
  toolkit_slug: "image-processing",
  tool_slug: "resize-image",
  filename: "photo.jpg",
  mimetype: "image/jpeg",
  md5: "d41d8cd98f00b204e9800998ecf8427e",
});

// GET /api/v3/migration/get-nanoid: query parameters of a valid call
example<NonNullable<paths["/api/v3/migration/get-nanoid"]["get"]["parameters"]["query"]>>()({
  uuid: "123e4567-e89b-12d3-a456-426614174000",
  type: "CONNECTED_ACCOUNT",
});

// GET /api/v3/migration/get-nanoid: header parameters of a valid call
example<NonNullable<paths["/api/v3/migration/get-nanoid"]["get"]["parameters"]["header"]>>()({
  "x-api-key": "sk_123456789abcdef",
});

// POST /api/v3/labs/tool_router/session: request example Session with multiple toolkits
example<NonNullable<paths["/api/v3/labs/tool_router/session"]["post"]["requestBody"]>["content"]["application/json"]>()({
  user_id: "user_123456789",
  config: {
    toolkits: [
      {
        toolkit: "gmail",
        auth_config_id: "auth_config_123",
      },
      {
        toolkit: "slack",
        auth_config_id: "auth_config_456",
      },
      {
        toolkit: "github",
      },
    ],
  },
});

// POST /api/v3/labs/tool_router/session: request example Minimal session
example<NonNullable<paths["/api/v3/labs/tool_router/session"]["post"]["requestBody"]>["content"]["application/json"]>()({
  user_id: "user_123456789",
  config: {},
});

// POST /api/v3/labs/tool_router/session: request example Session with single toolkit
example<NonNullable<paths["/api/v3/labs/tool_router/session"]["post"]["requestBody"]>["content"]["application/json"]>()({
  user_id: "user_123456789",
  config: {
    toolkits: [
      {
        toolkit: "gmail",
      },
    ],
  },
});

// POST /api/v3/tool_router/session: request example Session with all toolkits
example<NonNullable<paths["/api/v3/tool_router/session"]["post"]["requestBody"]>["content"]["application/json"]>()({
  user_id: "user_123456789",
});

// POST /api/v3/tool_router/session: request example Session with only specific toolkits
example<NonNullable<paths["/api/v3/tool_router/session"]["post"]["requestBody"]>["content"]["application/json"]>()({
  user_id: "user_123456789",
  toolkits: {
    enable: [
      "gmail",
      "slack",
    ],
  },
});

// POST /api/v3/tool_router/session: request example Session with only specific toolkits disabled
example<NonNullable<paths["/api/v3/tool_router/session"]["post"]["requestBody"]>["content"]["application/json"]>()({
  user_id: "user_123456789",
  toolkits: {
    disable: [
      "gmail",
      "slack",
    ],
  },
});

// POST /api/v3/tool_router/session: request example Session with connection manager enabled
example<NonNullable<paths["/api/v3/tool_router/session"]["post"]["requestBody"]>["content"]["application/json"]>()({
  user_id: "user_123456789",
  manage_connections: {
    enable: true,
  },
});

// POST /api/v3/tool_router/session: request example Session with connection manager and specific toolkits
example<NonNullable<paths["/api/v3/tool_router/session"]["post"]["requestBody"]>["content"]["application/json"]>()({
  user_id: "user_123456789",
  toolkits: {
    enable: [
      "gmail",
      "slack",
    ],
  },
  manage_connections: {
    enable: true,
  },
});

// POST /api/v3/tool_router/session: request example Session with custom callback URL
example<NonNullable<paths["/api/v3/tool_router/session"]["post"]["requestBody"]>["content"]["application/json"]>()({
  user_id: "user_123456789",
  toolkits: {
    enable: [
      "github",
      "slack",
    ],
  },
  manage_connections: {
    enable: true,
    callback_url: "https://your-app.com/auth/callback",
  },
});

// POST /api/v3/tool_router/session: request example Session with workbench configuration
example<NonNullable<paths["/api/v3/tool_router/session"]["post"]["requestBody"]>["content"]["application/json"]>()({
  user_id: "user_123456789",
  toolkits: {
    enable: [
      "gmail",
    ],
  },
  workbench: {
    enable_proxy_execution: true,
    auto_offload_threshold: 10000,
  },
});

// POST /api/v3/tool_router/session: request example Session with global tags filter
example<NonNullable<paths["/api/v3/tool_router/session"]["post"]["requestBody"]>["content"]["application/json"]>()({
  user_id: "user_123456789",
  toolkits: {
    enable: [
      "gmail",
      "slack",
    ],
  },
  tags: [
    "readOnlyHint",
    "idempotentHint",
  ],
});

// POST /api/v3/tool_router/session: request example Session with auth config overrides
example<NonNullable<paths["/api/v3/tool_router/session"]["post"]["requestBody"]>["content"]["application/json"]>()({
  user_id: "user_123456789",
  toolkits: {
    enable: [
      "gmail",
      "slack",
    ],
  },
  auth_configs: {
    gmail: "ac_1223434343",
    slack: "ac_23343434343434",
  },
});

// POST /api/v3/tool_router/session: request example Session with connected account overrides
example<NonNullable<paths["/api/v3/tool_router/session"]["post"]["requestBody"]>["content"]["application/json"]>()({
  user_id: "user_123456789",
  toolkits: {
    enable: [
      "gmail",
      "slack",
    ],
  },
  connected_accounts: {
    gmail: "ca_1223434343",
    slack: "ca_23344434343434",
  },
});

// POST /api/v3/tool_router/session: request example Session with comprehensive configuration
example<NonNullable<paths["/api/v3/tool_router/session"]["post"]["requestBody"]>["content"]["application/json"]>()({
  user_id: "user_123456789",
  toolkits: {
    enable: [
      "gmail",
      "slack",
      "github",
    ],
  },
  auth_configs: {
    gmail: "ac_1223434343",
    slack: "ac_23343434343434",
  },
  connected_accounts: {
    github: "ca_34454545454545",
  },
  manage_connections: {
    enable: true,
    callback_url: "https://your-app.com/auth/callback",
  },
  tools: {
    gmail: {
      enable: [
        "GMAIL_SEND_EMAIL",
        "GMAIL_FETCH_EMAILS",
      ],
    },
    slack: {
      disable: [
        "SLACK_ADD_EMOJI",
      ],
    },
    slack_bot: {
      tags: [
        "destructiveHint",
      ],
    },
  },
  tags: [
    "destructiveHint",
    "idempotentHint",
  ],
  workbench: {
    enable_proxy_execution: true,
    auto_offload_threshold: 10000,
  },
});

// POST /api/v3/tool_router/session: request example Session with disabled toolkits and global tags
example<NonNullable<paths["/api/v3/tool_router/session"]["post"]["requestBody"]>["content"]["application/json"]>()({
  user_id: "user_123456789",
  toolkits: {
    disable: [
      "gmail",
    ],
  },
  tags: [
    "readOnlyHint",
  ],
});

// POST /api/v3/tool_router/session/{session_id}/execute: path parameters of a valid call
example<NonNullable<paths["/api/v3/tool_router/session/{session_id}/execute"]["post"]["parameters"]["path"]>>()({
  session_id: "trs_LX9uJKBinWWr",
});

// POST /api/v3/tool_router/session/{session_id}/execute_meta: path parameters of a valid call
example<NonNullable<paths["/api/v3/tool_router/session/{session_id}/execute_meta"]["post"]["parameters"]["path"]>>()({
  session_id: "trs_LX9uJKBinWWr",
});

// GET /api/v3/tool_router/session/{session_id}: path parameters of a valid call
example<NonNullable<paths["/api/v3/tool_router/session/{session_id}"]["get"]["parameters"]["path"]>>()({
  session_id: "trs_123456789",
});

// POST /api/v3/tool_router/session/{session_id}/link: path parameters of a valid call
example<NonNullable<paths["/api/v3/tool_router/session/{session_id}/link"]["post"]["parameters"]["path"]>>()({
  session_id: "trs_LX9uJKBinWWr",
});

// GET /api/v3/tool_router/session/{session_id}/toolkits: path parameters of a valid call
example<NonNullable<paths["/api/v3/tool_router/session/{session_id}/toolkits"]["get"]["parameters"]["path"]>>()({
  session_id: "trs_123456789",
});
