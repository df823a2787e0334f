// Generated from specs/polytomic.yaml by scripts/generate; do not edit (change the document or the generator).
// Every example in the document must satisfy the generated types; `tsc --noEmit` checks it.
import type { paths } from "./schema.js";

// POST /api/connections/connect: header parameters of a valid call
({
  "X-Polytomic-Version": "2025-09-18",
}) satisfies NonNullable<paths["/api/connections/connect"]["post"]["parameters"]["header"]>;

// POST /api/connections/connect: request example salesforce
({
  name: "Salesforce Connection",
  redirect_url: "https://app.example.com/integrations/polytomic/done",
  whitelist: [
    "salesforce",
  ],
}) satisfies NonNullable<paths["/api/connections/connect"]["post"]["requestBody"]>["content"]["application/json"];

// POST /api/connections/connect: request example update-existing
({
  name: "Acme HubSpot",
  redirect_url: "https://app.example.com/integrations/polytomic/done",
  connection: "1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed",
  organization_id: "4f8e2a1c-6d3b-4e9a-8c7f-0a2b5d9e1f36",
  dark: true,
}) satisfies NonNullable<paths["/api/connections/connect"]["post"]["requestBody"]>["content"]["application/json"];

// POST /api/connections/connect: 200 example salesforce
({
  data: {
    redirect_url: "https://app.polytomic.com/connect?type=salesforce&token=3f9c1e7a5b2d4c8e9a0f6b1d2e3c4a5b",
    token: "3f9c1e7a5b2d4c8e9a0f6b1d2e3c4a5b",
  },
}) satisfies paths["/api/connections/connect"]["post"]["responses"][200]["content"]["application/json"];

// POST /api/connections/connect: 401 example unauthorized
({
  status: "Unauthorized",
  error: "invalid API key",
  code: 401,
}) satisfies paths["/api/connections/connect"]["post"]["responses"][401]["content"]["application/json"];

// POST /api/connections/connect: 403 example forbidden
({
  status: 403,
  message: "forbidden",
}) satisfies paths["/api/connections/connect"]["post"]["responses"][403]["content"]["application/json"];

// POST /api/connections/connect: 422 example invalid-body
({
  status: 422,
  message: "validation failed: redirect_url is required",
  metadata: {
    redirect_url: "required",
  },
}) satisfies paths["/api/connections/connect"]["post"]["responses"][422]["content"]["application/json"];

// POST /api/connections/connect: 500 example internal-error
({
  status: 500,
  message: "internal server error",
}) satisfies paths["/api/connections/connect"]["post"]["responses"][500]["content"]["application/json"];

// GET /api/connections: header parameters of a valid call
({
  "X-Polytomic-Version": "2025-09-18",
}) satisfies NonNullable<paths["/api/connections"]["get"]["parameters"]["header"]>;

// GET /api/connections: 200 example two-connections
({
  data: [
    {
      id: "248df4b7-aa70-47b8-a036-33ac447e668d",
      name: "My Postgres Connection",
      organization_id: "4f8e2a1c-6d3b-4e9a-8c7f-0a2b5d9e1f36",
      type: {
        id: "postgresql",
        name: "PostgreSQL",
        operations: [
          "source",
          "destination",
        ],
      },
      configuration: {
        database: "example",
        hostname: "postgres.example.com",
        port: 5432,
        username: "user",
      },
      status: "healthy",
      saved: true,
      policies: [],
      created_at: "2026-11-30T09:12:44Z",
      updated_at: "2026-11-30T09:12:44Z",
      created_by: {
        id: "0c6e1f3a-9b2d-4a5e-8f7c-1d2e3f4a5b6c",
        name: "Ada Lovelace",
        type: "user",
      },
    },
    {
      id: "1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed",
      name: "Salesforce Connection",
      organization_id: "4f8e2a1c-6d3b-4e9a-8c7f-0a2b5d9e1f36",
      type: {
        id: "salesforce",
        name: "Salesforce",
      },
      status: "unhealthy",
      status_error: "oauth2: token expired and refresh token is not set",
      saved: true,
      created_at: "2026-10-02T14:03:10Z",
      updated_at: "2026-11-28T08:45:00Z",
    },
  ],
}) satisfies paths["/api/connections"]["get"]["responses"][200]["content"]["application/json"];

// GET /api/connections: 401 example unauthorized
({
  status: "Unauthorized",
  error: "invalid API key",
  code: 401,
}) satisfies paths["/api/connections"]["get"]["responses"][401]["content"]["application/json"];

// GET /api/connections: 500 example internal-error
({
  status: 500,
  message: "internal server error",
}) satisfies paths["/api/connections"]["get"]["responses"][500]["content"]["application/json"];

// POST /api/connections: header parameters of a valid call
({
  "X-Polytomic-Version": "2025-09-18",
}) satisfies NonNullable<paths["/api/connections"]["post"]["parameters"]["header"]>;

// POST /api/connections: request example postgresql
({
  name: "My Postgres Connection",
  type: "postgresql",
  configuration: {
    database: "example",
    hostname: "postgres.example.com",
    password: "********",
    port: 5432,
    username: "user",
  },
}) satisfies NonNullable<paths["/api/connections"]["post"]["requestBody"]>["content"]["application/json"];

// POST /api/connections: 200 example postgresql
({
  data: {
    id: "248df4b7-aa70-47b8-a036-33ac447e668d",
    name: "My Postgres Connection",
    organization_id: "4f8e2a1c-6d3b-4e9a-8c7f-0a2b5d9e1f36",
    type: {
      id: "postgresql",
      name: "PostgreSQL",
    },
    configuration: {
      database: "example",
      hostname: "postgres.example.com",
      port: 5432,
      username: "user",
    },
    status: "healthy",
    saved: true,
    policies: [],
  },
}) satisfies paths["/api/connections"]["post"]["responses"][200]["content"]["application/json"];

// POST /api/connections: 400 example bad-request
({
  status: 400,
  message: "invalid configuration: hostname is required",
}) satisfies paths["/api/connections"]["post"]["responses"][400]["content"]["application/json"];

// POST /api/connections: 401 example unauthorized
({
  status: "Unauthorized",
  error: "invalid API key",
  code: 401,
}) satisfies paths["/api/connections"]["post"]["responses"][401]["content"]["application/json"];

// POST /api/connections: 403 example forbidden
({
  status: 403,
  message: "forbidden",
}) satisfies paths["/api/connections"]["post"]["responses"][403]["content"]["application/json"];

// POST /api/connections: 422 example invalid-body
({
  status: 422,
  message: "validation failed: name is required",
  metadata: {
    name: "required",
  },
}) satisfies paths["/api/connections"]["post"]["responses"][422]["content"]["application/json"];

// POST /api/connections: 500 example internal-error
({
  status: 500,
  message: "internal server error",
}) satisfies paths["/api/connections"]["post"]["responses"][500]["content"]["application/json"];

// POST /api/connections/test: header parameters of a valid call
({
  "X-Polytomic-Version": "2025-09-18",
}) satisfies NonNullable<paths["/api/connections/test"]["post"]["parameters"]["header"]>;

// POST /api/connections/test: request example postgresql
({
  type: "postgresql",
  configuration: {
    database: "example",
    hostname: "postgres.example.com",
    password: "password",
    port: 5432,
    username: "user",
  },
}) satisfies NonNullable<paths["/api/connections/test"]["post"]["requestBody"]>["content"]["application/json"];

// POST /api/connections/test: 400 example bad-request
({
  status: 400,
  message: "invalid configuration: hostname is required",
}) satisfies paths["/api/connections/test"]["post"]["responses"][400]["content"]["application/json"];

// POST /api/connections/test: 401 example unauthorized
({
  status: "Unauthorized",
  error: "invalid API key",
  code: 401,
}) satisfies paths["/api/connections/test"]["post"]["responses"][401]["content"]["application/json"];

// POST /api/connections/test: 404 example not-found
({
  status: 404,
  message: "connection not found",
}) satisfies paths["/api/connections/test"]["post"]["responses"][404]["content"]["application/json"];

// POST /api/connections/test: 500 example internal-error
({
  status: 500,
  message: "internal server error",
}) satisfies paths["/api/connections/test"]["post"]["responses"][500]["content"]["application/json"];

// GET /api/connections/{id}: header parameters of a valid call
({
  "X-Polytomic-Version": "2025-09-18",
}) satisfies NonNullable<paths["/api/connections/{id}"]["get"]["parameters"]["header"]>;

// GET /api/connections/{id}: path parameters of a valid call
({
  id: "248df4b7-aa70-47b8-a036-33ac447e668d",
}) satisfies NonNullable<paths["/api/connections/{id}"]["get"]["parameters"]["path"]>;

// GET /api/connections/{id}: 200 example postgresql
({
  data: {
    id: "248df4b7-aa70-47b8-a036-33ac447e668d",
    name: "My Postgres Connection",
    organization_id: "4f8e2a1c-6d3b-4e9a-8c7f-0a2b5d9e1f36",
    type: {
      id: "postgresql",
      name: "PostgreSQL",
      operations: [
        "source",
        "destination",
      ],
    },
    configuration: {
      database: "example",
      hostname: "postgres.example.com",
      port: 5432,
      username: "user",
    },
    status: "healthy",
    saved: true,
    api_calls_last_24_hours: 0,
    policies: [],
    created_at: "2026-11-30T09:12:44Z",
    updated_at: "2026-11-30T09:12:44Z",
  },
}) satisfies paths["/api/connections/{id}"]["get"]["responses"][200]["content"]["application/json"];

// GET /api/connections/{id}: 401 example unauthorized
({
  status: "Unauthorized",
  error: "invalid API key",
  code: 401,
}) satisfies paths["/api/connections/{id}"]["get"]["responses"][401]["content"]["application/json"];

// GET /api/connections/{id}: 404 example not-found
({
  status: 404,
  message: "connection not found",
}) satisfies paths["/api/connections/{id}"]["get"]["responses"][404]["content"]["application/json"];

// GET /api/connections/{id}: 500 example internal-error
({
  status: 500,
  message: "internal server error",
}) satisfies paths["/api/connections/{id}"]["get"]["responses"][500]["content"]["application/json"];

// PUT /api/connections/{id}: header parameters of a valid call
({
  "X-Polytomic-Version": "2025-09-18",
}) satisfies NonNullable<paths["/api/connections/{id}"]["put"]["parameters"]["header"]>;

// PUT /api/connections/{id}: path parameters of a valid call
({
  id: "248df4b7-aa70-47b8-a036-33ac447e668d",
}) satisfies NonNullable<paths["/api/connections/{id}"]["put"]["parameters"]["path"]>;

// PUT /api/connections/{id}: request example postgresql
({
  name: "My Postgres Connection",
  configuration: {
    database: "example",
    hostname: "postgres-2.example.com",
    password: "********",
    port: 5432,
    username: "user",
  },
}) satisfies NonNullable<paths["/api/connections/{id}"]["put"]["requestBody"]>["content"]["application/json"];

// PUT /api/connections/{id}: 200 example postgresql
({
  data: {
    id: "248df4b7-aa70-47b8-a036-33ac447e668d",
    name: "My Postgres Connection",
    organization_id: "4f8e2a1c-6d3b-4e9a-8c7f-0a2b5d9e1f36",
    type: {
      id: "postgresql",
      name: "PostgreSQL",
    },
    configuration: {
      database: "example",
      hostname: "postgres-2.example.com",
      port: 5432,
      username: "user",
    },
    status: "healthy",
    saved: true,
    policies: [],
  },
}) satisfies paths["/api/connections/{id}"]["put"]["responses"][200]["content"]["application/json"];

// PUT /api/connections/{id}: 400 example bad-request
({
  status: 400,
  message: "invalid configuration: hostname is required",
}) satisfies paths["/api/connections/{id}"]["put"]["responses"][400]["content"]["application/json"];

// PUT /api/connections/{id}: 401 example unauthorized
({
  status: "Unauthorized",
  error: "invalid API key",
  code: 401,
}) satisfies paths["/api/connections/{id}"]["put"]["responses"][401]["content"]["application/json"];

// PUT /api/connections/{id}: 403 example forbidden
({
  status: 403,
  message: "forbidden",
}) satisfies paths["/api/connections/{id}"]["put"]["responses"][403]["content"]["application/json"];

// PUT /api/connections/{id}: 404 example not-found
({
  status: 404,
  message: "connection not found",
}) satisfies paths["/api/connections/{id}"]["put"]["responses"][404]["content"]["application/json"];

// PUT /api/connections/{id}: 422 example invalid-body
({
  status: 422,
  message: "validation failed: name is required",
  metadata: {
    name: "required",
  },
}) satisfies paths["/api/connections/{id}"]["put"]["responses"][422]["content"]["application/json"];

// PUT /api/connections/{id}: 500 example internal-error
({
  status: 500,
  message: "internal server error",
}) satisfies paths["/api/connections/{id}"]["put"]["responses"][500]["content"]["application/json"];

// DELETE /api/connections/{id}: header parameters of a valid call
({
  "X-Polytomic-Version": "2025-09-18",
}) satisfies NonNullable<paths["/api/connections/{id}"]["delete"]["parameters"]["header"]>;

// DELETE /api/connections/{id}: path parameters of a valid call
({
  id: "248df4b7-aa70-47b8-a036-33ac447e668d",
}) satisfies NonNullable<paths["/api/connections/{id}"]["delete"]["parameters"]["path"]>;

// DELETE /api/connections/{id}: 401 example unauthorized
({
  status: "Unauthorized",
  error: "invalid API key",
  code: 401,
}) satisfies paths["/api/connections/{id}"]["delete"]["responses"][401]["content"]["application/json"];

// DELETE /api/connections/{id}: 403 example forbidden
({
  status: 403,
  message: "forbidden",
}) satisfies paths["/api/connections/{id}"]["delete"]["responses"][403]["content"]["application/json"];

// DELETE /api/connections/{id}: 404 example not-found
({
  status: 404,
  message: "connection not found",
}) satisfies paths["/api/connections/{id}"]["delete"]["responses"][404]["content"]["application/json"];

// DELETE /api/connections/{id}: 422 example in-use
({
  status: 422,
  message: "connection in use",
}) satisfies paths["/api/connections/{id}"]["delete"]["responses"][422]["content"]["application/json"];

// DELETE /api/connections/{id}: 500 example internal-error
({
  status: 500,
  message: "internal server error",
}) satisfies paths["/api/connections/{id}"]["delete"]["responses"][500]["content"]["application/json"];
