// Generated from specs/agentstack.yaml by tools/generator; do not edit (change the document or the generator).
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

// GET /api/v1/connectors: 200 example two-connectors
example<paths["/api/v1/connectors"]["get"]["responses"][200]["content"]["application/json"]>()({
  items: [
    {
      id: "6f1d3b8e-2a47-4c95-8e0b-9d4c7a1f2e63",
      url: "https://mcp.example.com/mcp",
      state: "connected",
      auth_request: null,
      disconnect_reason: null,
      metadata: {
        team: "research",
      },
      created_at: "2025-11-07T05:40:12Z",
      updated_at: "2025-11-07T05:40:13Z",
      created_by: "5d2a9e71-3c4b-4f86-b0d1-8e6f7a2c9b13",
    },
    {
      id: "0b7e4c2a-9f13-4d58-a6e1-3c8d2f5b7a90",
      url: "https://mcp.example.com/mcp",
      state: "auth_required",
      auth_request: {
        authorization_endpoint: "https://auth.example.com/oauth/authorize?response_type=code&client_id=agentstack&redirect_uri=http%3A%2F%2Flocalhost%3A8333%2Fapi%2Fv1%2Fconnectors%2Foauth%2Fcallback&state=s7Kq2mX9&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256",
        type: "code",
      },
      disconnect_reason: null,
      metadata: {},
      created_at: "2025-11-07T05:31:56Z",
      updated_at: "2025-11-07T05:31:57Z",
      created_by: "5d2a9e71-3c4b-4f86-b0d1-8e6f7a2c9b13",
    },
  ],
  total_count: 2,
  has_more: false,
  next_page_token: "0b7e4c2a-9f13-4d58-a6e1-3c8d2f5b7a90",
});

// GET /api/v1/connectors: 401 example not-authenticated
example<paths["/api/v1/connectors"]["get"]["responses"][401]["content"]["application/json"]>()({
  detail: "Not authenticated",
});

// GET /api/v1/connectors: 403 example insufficient-permissions
example<paths["/api/v1/connectors"]["get"]["responses"][403]["content"]["application/json"]>()({
  detail: "Insufficient permissions",
});

// POST /api/v1/connectors: request example oauth-server
example<NonNullable<paths["/api/v1/connectors"]["post"]["requestBody"]>["content"]["application/json"]>()({
  url: "https://mcp.example.com/mcp",
  match_preset: true,
});

// POST /api/v1/connectors: request example with-client-credentials
example<NonNullable<paths["/api/v1/connectors"]["post"]["requestBody"]>["content"]["application/json"]>()({
  url: "https://mcp.example.com/mcp",
  client_id: "agentstack-prod",
  client_secret: "example-client-secret-4f9a",
  metadata: {
    team: "research",
    environment: "production",
  },
  match_preset: false,
});

// POST /api/v1/connectors: 201 example auth_required
example<paths["/api/v1/connectors"]["post"]["responses"][201]["content"]["application/json"]>()({
  id: "0b7e4c2a-9f13-4d58-a6e1-3c8d2f5b7a90",
  url: "https://mcp.example.com/mcp",
  state: "auth_required",
  auth_request: {
    authorization_endpoint: "https://auth.example.com/oauth/authorize?response_type=code&client_id=agentstack&redirect_uri=http%3A%2F%2Flocalhost%3A8333%2Fapi%2Fv1%2Fconnectors%2Foauth%2Fcallback&state=s7Kq2mX9&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256",
    type: "code",
  },
  disconnect_reason: null,
  metadata: {},
  created_at: "2025-11-07T05:31:56Z",
  updated_at: "2025-11-07T05:31:57Z",
  created_by: "5d2a9e71-3c4b-4f86-b0d1-8e6f7a2c9b13",
});

// POST /api/v1/connectors: 201 example connected
example<paths["/api/v1/connectors"]["post"]["responses"][201]["content"]["application/json"]>()({
  id: "6f1d3b8e-2a47-4c95-8e0b-9d4c7a1f2e63",
  url: "https://mcp.example.com/mcp",
  state: "connected",
  auth_request: null,
  disconnect_reason: null,
  metadata: {
    team: "research",
  },
  created_at: "2025-11-07T05:40:12Z",
  updated_at: "2025-11-07T05:40:13Z",
  created_by: "5d2a9e71-3c4b-4f86-b0d1-8e6f7a2c9b13",
});

// POST /api/v1/connectors: 400 example secret-without-client-id
example<paths["/api/v1/connectors"]["post"]["responses"][400]["content"]["application/json"]>()({
  detail: "client_secret cannot be provided without client_id",
});

// POST /api/v1/connectors: 401 example not-authenticated
example<paths["/api/v1/connectors"]["post"]["responses"][401]["content"]["application/json"]>()({
  detail: "Not authenticated",
});

// POST /api/v1/connectors: 403 example insufficient-permissions
example<paths["/api/v1/connectors"]["post"]["responses"][403]["content"]["application/json"]>()({
  detail: "Insufficient permissions",
});

// POST /api/v1/connectors: 422 example invalid-url
example<paths["/api/v1/connectors"]["post"]["responses"][422]["content"]["application/json"]>()({
  detail: [
    {
      loc: [
        "body",
        "url",
      ],
      msg: "Input should be a valid URL, relative URL without a base",
      type: "url_parsing",
    },
  ],
});

// GET /api/v1/connectors/{connector_id}: path parameters of a valid call
example<NonNullable<paths["/api/v1/connectors/{connector_id}"]["get"]["parameters"]["path"]>>()({
  connector_id: "6f1d3b8e-2a47-4c95-8e0b-9d4c7a1f2e63",
});

// GET /api/v1/connectors/{connector_id}: 200 example connected
example<paths["/api/v1/connectors/{connector_id}"]["get"]["responses"][200]["content"]["application/json"]>()({
  id: "6f1d3b8e-2a47-4c95-8e0b-9d4c7a1f2e63",
  url: "https://mcp.example.com/mcp",
  state: "connected",
  auth_request: null,
  disconnect_reason: null,
  metadata: {
    team: "research",
  },
  created_at: "2025-11-07T05:40:12Z",
  updated_at: "2025-11-07T05:40:13Z",
  created_by: "5d2a9e71-3c4b-4f86-b0d1-8e6f7a2c9b13",
});

// GET /api/v1/connectors/{connector_id}: 401 example not-authenticated
example<paths["/api/v1/connectors/{connector_id}"]["get"]["responses"][401]["content"]["application/json"]>()({
  detail: "Not authenticated",
});

// GET /api/v1/connectors/{connector_id}: 403 example insufficient-permissions
example<paths["/api/v1/connectors/{connector_id}"]["get"]["responses"][403]["content"]["application/json"]>()({
  detail: "Insufficient permissions",
});

// GET /api/v1/connectors/{connector_id}: 404 example not-found
example<paths["/api/v1/connectors/{connector_id}"]["get"]["responses"][404]["content"]["application/json"]>()({
  detail: "connector with id 6f1d3b8e-2a47-4c95-8e0b-9d4c7a1f2e63 not found",
});

// GET /api/v1/connectors/{connector_id}: 422 example not-a-uuid
example<paths["/api/v1/connectors/{connector_id}"]["get"]["responses"][422]["content"]["application/json"]>()({
  detail: [
    {
      loc: [
        "path",
        "connector_id",
      ],
      msg: "Input should be a valid UUID, invalid character: expected an optional prefix of `urn:uuid:` followed by [0-9a-fA-F-], found `x` at 1",
      type: "uuid_parsing",
    },
  ],
});

// DELETE /api/v1/connectors/{connector_id}: path parameters of a valid call
example<NonNullable<paths["/api/v1/connectors/{connector_id}"]["delete"]["parameters"]["path"]>>()({
  connector_id: "6f1d3b8e-2a47-4c95-8e0b-9d4c7a1f2e63",
});

// DELETE /api/v1/connectors/{connector_id}: 401 example not-authenticated
example<paths["/api/v1/connectors/{connector_id}"]["delete"]["responses"][401]["content"]["application/json"]>()({
  detail: "Not authenticated",
});

// DELETE /api/v1/connectors/{connector_id}: 403 example insufficient-permissions
example<paths["/api/v1/connectors/{connector_id}"]["delete"]["responses"][403]["content"]["application/json"]>()({
  detail: "Insufficient permissions",
});

// DELETE /api/v1/connectors/{connector_id}: 404 example not-found
example<paths["/api/v1/connectors/{connector_id}"]["delete"]["responses"][404]["content"]["application/json"]>()({
  detail: "connector with id 6f1d3b8e-2a47-4c95-8e0b-9d4c7a1f2e63 not found",
});

// DELETE /api/v1/connectors/{connector_id}: 422 example not-a-uuid
example<paths["/api/v1/connectors/{connector_id}"]["delete"]["responses"][422]["content"]["application/json"]>()({
  detail: [
    {
      loc: [
        "path",
        "connector_id",
      ],
      msg: "Input should be a valid UUID, invalid character: expected an optional prefix of `urn:uuid:` followed by [0-9a-fA-F-], found `x` at 1",
      type: "uuid_parsing",
    },
  ],
});

// POST /api/v1/connectors/{connector_id}/connect: path parameters of a valid call
example<NonNullable<paths["/api/v1/connectors/{connector_id}/connect"]["post"]["parameters"]["path"]>>()({
  connector_id: "6f1d3b8e-2a47-4c95-8e0b-9d4c7a1f2e63",
});

// POST /api/v1/connectors/{connector_id}/connect: request example with-redirect
example<NonNullable<paths["/api/v1/connectors/{connector_id}/connect"]["post"]["requestBody"]>["content"]["application/json"]>()({
  redirect_url: "https://app.example.com/integrations/agentstack/done",
});

// POST /api/v1/connectors/{connector_id}/connect: 200 example with-redirect
example<paths["/api/v1/connectors/{connector_id}/connect"]["post"]["responses"][200]["content"]["application/json"]>()({
  id: "0b7e4c2a-9f13-4d58-a6e1-3c8d2f5b7a90",
  url: "https://mcp.example.com/mcp",
  state: "auth_required",
  auth_request: {
    authorization_endpoint: "https://auth.example.com/oauth/authorize?response_type=code&client_id=agentstack&redirect_uri=http%3A%2F%2Flocalhost%3A8333%2Fapi%2Fv1%2Fconnectors%2Foauth%2Fcallback&state=s7Kq2mX9&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256",
    type: "code",
  },
  disconnect_reason: null,
  metadata: {},
  created_at: "2025-11-07T05:31:56Z",
  updated_at: "2025-11-07T05:31:57Z",
  created_by: "5d2a9e71-3c4b-4f86-b0d1-8e6f7a2c9b13",
});

// POST /api/v1/connectors/{connector_id}/connect: 401 example not-authenticated
example<paths["/api/v1/connectors/{connector_id}/connect"]["post"]["responses"][401]["content"]["application/json"]>()({
  detail: "Not authenticated",
});

// POST /api/v1/connectors/{connector_id}/connect: 403 example insufficient-permissions
example<paths["/api/v1/connectors/{connector_id}/connect"]["post"]["responses"][403]["content"]["application/json"]>()({
  detail: "Insufficient permissions",
});

// POST /api/v1/connectors/{connector_id}/connect: 404 example not-found
example<paths["/api/v1/connectors/{connector_id}/connect"]["post"]["responses"][404]["content"]["application/json"]>()({
  detail: "connector with id 6f1d3b8e-2a47-4c95-8e0b-9d4c7a1f2e63 not found",
});

// POST /api/v1/connectors/{connector_id}/connect: 422 example invalid-redirect-url
example<paths["/api/v1/connectors/{connector_id}/connect"]["post"]["responses"][422]["content"]["application/json"]>()({
  detail: [
    {
      loc: [
        "body",
        "redirect_url",
      ],
      msg: "Input should be a valid URL, relative URL without a base",
      type: "url_parsing",
    },
  ],
});

// POST /api/v1/connectors/{connector_id}/connect: 500 example failed
example<paths["/api/v1/connectors/{connector_id}/connect"]["post"]["responses"][500]["content"]["application/json"]>()({
  detail: "Connection has failed",
});

// POST /api/v1/connectors/{connector_id}/connect: 502 example upstream-error
example<paths["/api/v1/connectors/{connector_id}/connect"]["post"]["responses"][502]["content"]["application/json"]>()({
  detail: "Internal Server Error",
});

// POST /api/v1/connectors/{connector_id}/connect: 504 example unreachable
example<paths["/api/v1/connectors/{connector_id}/connect"]["post"]["responses"][504]["content"]["application/json"]>()({
  detail: "Unable to establish connection with the connector",
});

// POST /api/v1/connectors/{connector_id}/disconnect: path parameters of a valid call
example<NonNullable<paths["/api/v1/connectors/{connector_id}/disconnect"]["post"]["parameters"]["path"]>>()({
  connector_id: "6f1d3b8e-2a47-4c95-8e0b-9d4c7a1f2e63",
});

// POST /api/v1/connectors/{connector_id}/disconnect: 200 example disconnected
example<paths["/api/v1/connectors/{connector_id}/disconnect"]["post"]["responses"][200]["content"]["application/json"]>()({
  id: "6f1d3b8e-2a47-4c95-8e0b-9d4c7a1f2e63",
  url: "https://mcp.example.com/mcp",
  state: "disconnected",
  auth_request: null,
  disconnect_reason: "Client request",
  metadata: {
    team: "research",
  },
  created_at: "2025-11-07T05:40:12Z",
  updated_at: "2025-11-08T10:02:31Z",
  created_by: "5d2a9e71-3c4b-4f86-b0d1-8e6f7a2c9b13",
});

// POST /api/v1/connectors/{connector_id}/disconnect: 400 example wrong-state
example<paths["/api/v1/connectors/{connector_id}/disconnect"]["post"]["responses"][400]["content"]["application/json"]>()({
  detail: "Connector must be in connected or auth_required state",
});

// POST /api/v1/connectors/{connector_id}/disconnect: 401 example not-authenticated
example<paths["/api/v1/connectors/{connector_id}/disconnect"]["post"]["responses"][401]["content"]["application/json"]>()({
  detail: "Not authenticated",
});

// POST /api/v1/connectors/{connector_id}/disconnect: 403 example insufficient-permissions
example<paths["/api/v1/connectors/{connector_id}/disconnect"]["post"]["responses"][403]["content"]["application/json"]>()({
  detail: "Insufficient permissions",
});

// POST /api/v1/connectors/{connector_id}/disconnect: 404 example not-found
example<paths["/api/v1/connectors/{connector_id}/disconnect"]["post"]["responses"][404]["content"]["application/json"]>()({
  detail: "connector with id 6f1d3b8e-2a47-4c95-8e0b-9d4c7a1f2e63 not found",
});

// POST /api/v1/connectors/{connector_id}/disconnect: 422 example not-a-uuid
example<paths["/api/v1/connectors/{connector_id}/disconnect"]["post"]["responses"][422]["content"]["application/json"]>()({
  detail: [
    {
      loc: [
        "path",
        "connector_id",
      ],
      msg: "Input should be a valid UUID, invalid character: expected an optional prefix of `urn:uuid:` followed by [0-9a-fA-F-], found `x` at 1",
      type: "uuid_parsing",
    },
  ],
});
