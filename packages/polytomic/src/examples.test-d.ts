// Generated from specs/polytomic.yaml by tools/generator; do not edit (change the document or the generator).
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

// POST /api/connections/connect: header parameters of a valid call
example<NonNullable<paths["/api/connections/connect"]["post"]["parameters"]["header"]>>()({
  "X-Polytomic-Version": "2025-09-18",
});

// POST /api/connections/connect: request example salesforce
example<NonNullable<paths["/api/connections/connect"]["post"]["requestBody"]>["content"]["application/json"]>()({
  name: "Salesforce Connection",
  redirect_url: "https://app.example.com/integrations/polytomic/done",
  whitelist: [
    "salesforce",
  ],
});

// POST /api/connections/connect: request example update-existing
example<NonNullable<paths["/api/connections/connect"]["post"]["requestBody"]>["content"]["application/json"]>()({
  name: "Acme HubSpot",
  redirect_url: "https://app.example.com/integrations/polytomic/done",
  connection: "1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed",
  organization_id: "4f8e2a1c-6d3b-4e9a-8c7f-0a2b5d9e1f36",
  dark: true,
});

// POST /api/connections/connect: 200 example salesforce
example<paths["/api/connections/connect"]["post"]["responses"][200]["content"]["application/json"]>()({
  data: {
    redirect_url: "https://app.polytomic.com/connect?type=salesforce&token=3f9c1e7a5b2d4c8e9a0f6b1d2e3c4a5b",
    token: "3f9c1e7a5b2d4c8e9a0f6b1d2e3c4a5b",
  },
});

// POST /api/connections/connect: 401 example unauthorized
example<paths["/api/connections/connect"]["post"]["responses"][401]["content"]["application/json"]>()({
  status: "Unauthorized",
  error: "invalid API key",
  code: 401,
});

// POST /api/connections/connect: 403 example forbidden
example<paths["/api/connections/connect"]["post"]["responses"][403]["content"]["application/json"]>()({
  status: 403,
  message: "forbidden",
});

// POST /api/connections/connect: 422 example invalid-body
example<paths["/api/connections/connect"]["post"]["responses"][422]["content"]["application/json"]>()({
  status: 422,
  message: "validation failed: redirect_url is required",
  metadata: {
    redirect_url: "required",
  },
});

// POST /api/connections/connect: 500 example internal-error
example<paths["/api/connections/connect"]["post"]["responses"][500]["content"]["application/json"]>()({
  status: 500,
  message: "internal server error",
});

// GET /api/connections: header parameters of a valid call
example<NonNullable<paths["/api/connections"]["get"]["parameters"]["header"]>>()({
  "X-Polytomic-Version": "2025-09-18",
});

// GET /api/connections: 200 example two-connections
example<paths["/api/connections"]["get"]["responses"][200]["content"]["application/json"]>()({
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
});

// GET /api/connections: 401 example unauthorized
example<paths["/api/connections"]["get"]["responses"][401]["content"]["application/json"]>()({
  status: "Unauthorized",
  error: "invalid API key",
  code: 401,
});

// GET /api/connections: 500 example internal-error
example<paths["/api/connections"]["get"]["responses"][500]["content"]["application/json"]>()({
  status: 500,
  message: "internal server error",
});

// POST /api/connections: header parameters of a valid call
example<NonNullable<paths["/api/connections"]["post"]["parameters"]["header"]>>()({
  "X-Polytomic-Version": "2025-09-18",
});

// POST /api/connections: request example postgresql
example<NonNullable<paths["/api/connections"]["post"]["requestBody"]>["content"]["application/json"]>()({
  name: "My Postgres Connection",
  type: "postgresql",
  configuration: {
    database: "example",
    hostname: "postgres.example.com",
    password: "********",
    port: 5432,
    username: "user",
  },
});

// POST /api/connections: 200 example postgresql
example<paths["/api/connections"]["post"]["responses"][200]["content"]["application/json"]>()({
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
});

// POST /api/connections: 400 example bad-request
example<paths["/api/connections"]["post"]["responses"][400]["content"]["application/json"]>()({
  status: 400,
  message: "invalid configuration: hostname is required",
});

// POST /api/connections: 401 example unauthorized
example<paths["/api/connections"]["post"]["responses"][401]["content"]["application/json"]>()({
  status: "Unauthorized",
  error: "invalid API key",
  code: 401,
});

// POST /api/connections: 403 example forbidden
example<paths["/api/connections"]["post"]["responses"][403]["content"]["application/json"]>()({
  status: 403,
  message: "forbidden",
});

// POST /api/connections: 422 example invalid-body
example<paths["/api/connections"]["post"]["responses"][422]["content"]["application/json"]>()({
  status: 422,
  message: "validation failed: name is required",
  metadata: {
    name: "required",
  },
});

// POST /api/connections: 500 example internal-error
example<paths["/api/connections"]["post"]["responses"][500]["content"]["application/json"]>()({
  status: 500,
  message: "internal server error",
});

// POST /api/connections/test: header parameters of a valid call
example<NonNullable<paths["/api/connections/test"]["post"]["parameters"]["header"]>>()({
  "X-Polytomic-Version": "2025-09-18",
});

// POST /api/connections/test: request example postgresql
example<NonNullable<paths["/api/connections/test"]["post"]["requestBody"]>["content"]["application/json"]>()({
  type: "postgresql",
  configuration: {
    database: "example",
    hostname: "postgres.example.com",
    password: "password",
    port: 5432,
    username: "user",
  },
});

// POST /api/connections/test: 400 example bad-request
example<paths["/api/connections/test"]["post"]["responses"][400]["content"]["application/json"]>()({
  status: 400,
  message: "invalid configuration: hostname is required",
});

// POST /api/connections/test: 401 example unauthorized
example<paths["/api/connections/test"]["post"]["responses"][401]["content"]["application/json"]>()({
  status: "Unauthorized",
  error: "invalid API key",
  code: 401,
});

// POST /api/connections/test: 404 example not-found
example<paths["/api/connections/test"]["post"]["responses"][404]["content"]["application/json"]>()({
  status: 404,
  message: "connection not found",
});

// POST /api/connections/test: 500 example internal-error
example<paths["/api/connections/test"]["post"]["responses"][500]["content"]["application/json"]>()({
  status: 500,
  message: "internal server error",
});

// GET /api/connections/{id}: header parameters of a valid call
example<NonNullable<paths["/api/connections/{id}"]["get"]["parameters"]["header"]>>()({
  "X-Polytomic-Version": "2025-09-18",
});

// GET /api/connections/{id}: path parameters of a valid call
example<NonNullable<paths["/api/connections/{id}"]["get"]["parameters"]["path"]>>()({
  id: "248df4b7-aa70-47b8-a036-33ac447e668d",
});

// GET /api/connections/{id}: 200 example postgresql
example<paths["/api/connections/{id}"]["get"]["responses"][200]["content"]["application/json"]>()({
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
});

// GET /api/connections/{id}: 401 example unauthorized
example<paths["/api/connections/{id}"]["get"]["responses"][401]["content"]["application/json"]>()({
  status: "Unauthorized",
  error: "invalid API key",
  code: 401,
});

// GET /api/connections/{id}: 404 example not-found
example<paths["/api/connections/{id}"]["get"]["responses"][404]["content"]["application/json"]>()({
  status: 404,
  message: "connection not found",
});

// GET /api/connections/{id}: 500 example internal-error
example<paths["/api/connections/{id}"]["get"]["responses"][500]["content"]["application/json"]>()({
  status: 500,
  message: "internal server error",
});

// PUT /api/connections/{id}: header parameters of a valid call
example<NonNullable<paths["/api/connections/{id}"]["put"]["parameters"]["header"]>>()({
  "X-Polytomic-Version": "2025-09-18",
});

// PUT /api/connections/{id}: path parameters of a valid call
example<NonNullable<paths["/api/connections/{id}"]["put"]["parameters"]["path"]>>()({
  id: "248df4b7-aa70-47b8-a036-33ac447e668d",
});

// PUT /api/connections/{id}: request example postgresql
example<NonNullable<paths["/api/connections/{id}"]["put"]["requestBody"]>["content"]["application/json"]>()({
  name: "My Postgres Connection",
  configuration: {
    database: "example",
    hostname: "postgres-2.example.com",
    password: "********",
    port: 5432,
    username: "user",
  },
});

// PUT /api/connections/{id}: 200 example postgresql
example<paths["/api/connections/{id}"]["put"]["responses"][200]["content"]["application/json"]>()({
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
});

// PUT /api/connections/{id}: 400 example bad-request
example<paths["/api/connections/{id}"]["put"]["responses"][400]["content"]["application/json"]>()({
  status: 400,
  message: "invalid configuration: hostname is required",
});

// PUT /api/connections/{id}: 401 example unauthorized
example<paths["/api/connections/{id}"]["put"]["responses"][401]["content"]["application/json"]>()({
  status: "Unauthorized",
  error: "invalid API key",
  code: 401,
});

// PUT /api/connections/{id}: 403 example forbidden
example<paths["/api/connections/{id}"]["put"]["responses"][403]["content"]["application/json"]>()({
  status: 403,
  message: "forbidden",
});

// PUT /api/connections/{id}: 404 example not-found
example<paths["/api/connections/{id}"]["put"]["responses"][404]["content"]["application/json"]>()({
  status: 404,
  message: "connection not found",
});

// PUT /api/connections/{id}: 422 example invalid-body
example<paths["/api/connections/{id}"]["put"]["responses"][422]["content"]["application/json"]>()({
  status: 422,
  message: "validation failed: name is required",
  metadata: {
    name: "required",
  },
});

// PUT /api/connections/{id}: 500 example internal-error
example<paths["/api/connections/{id}"]["put"]["responses"][500]["content"]["application/json"]>()({
  status: 500,
  message: "internal server error",
});

// DELETE /api/connections/{id}: header parameters of a valid call
example<NonNullable<paths["/api/connections/{id}"]["delete"]["parameters"]["header"]>>()({
  "X-Polytomic-Version": "2025-09-18",
});

// DELETE /api/connections/{id}: path parameters of a valid call
example<NonNullable<paths["/api/connections/{id}"]["delete"]["parameters"]["path"]>>()({
  id: "248df4b7-aa70-47b8-a036-33ac447e668d",
});

// DELETE /api/connections/{id}: 401 example unauthorized
example<paths["/api/connections/{id}"]["delete"]["responses"][401]["content"]["application/json"]>()({
  status: "Unauthorized",
  error: "invalid API key",
  code: 401,
});

// DELETE /api/connections/{id}: 403 example forbidden
example<paths["/api/connections/{id}"]["delete"]["responses"][403]["content"]["application/json"]>()({
  status: 403,
  message: "forbidden",
});

// DELETE /api/connections/{id}: 404 example not-found
example<paths["/api/connections/{id}"]["delete"]["responses"][404]["content"]["application/json"]>()({
  status: 404,
  message: "connection not found",
});

// DELETE /api/connections/{id}: 422 example in-use
example<paths["/api/connections/{id}"]["delete"]["responses"][422]["content"]["application/json"]>()({
  status: 422,
  message: "connection in use",
});

// DELETE /api/connections/{id}: 500 example internal-error
example<paths["/api/connections/{id}"]["delete"]["responses"][500]["content"]["application/json"]>()({
  status: 500,
  message: "internal server error",
});
