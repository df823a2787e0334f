// Generated from specs/chartbrew.json by tools/generator; do not edit (change the document or the generator).
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

// GET /team/{team_id}/connections: path parameters of a valid call
example<NonNullable<paths["/team/{team_id}/connections"]["get"]["parameters"]["path"]>>()({
  team_id: "42",
});

// GET /team/{team_id}/connections: 200 example two-connections
example<paths["/team/{team_id}/connections"]["get"]["responses"][200]["content"]["application/json"]>()([
  {
    id: 188,
    team_id: 42,
    project_ids: [],
    name: "Orders API",
    type: "api",
    active: true,
    host: "https://api.example.com/v1",
    srv: false,
    options: {},
    authentication: {
      type: "bearer_token",
    },
    ssl: false,
    sslMode: "require",
    hasSshPassword: false,
    hasSshPrivateKey: false,
    hasSshPassphrase: false,
    OAuth: null,
    createdAt: "2026-11-30T09:20:03.000Z",
    updatedAt: "2026-11-30T09:20:03.000Z",
  },
  {
    id: 187,
    team_id: 42,
    project_ids: [],
    name: "Production Postgres",
    type: "postgres",
    active: true,
    host: "db.example.com",
    port: "5432",
    username: "chartbrew_reader",
    srv: false,
    options: {},
    ssl: true,
    sslMode: "require",
    hasSshPassword: false,
    hasSshPrivateKey: false,
    hasSshPassphrase: false,
    OAuth: null,
    createdAt: "2026-11-30T09:12:44.000Z",
    updatedAt: "2026-11-30T09:12:44.000Z",
  },
]);

// GET /team/{team_id}/connections: 400 example failed
example<paths["/team/{team_id}/connections"]["get"]["responses"][400]["content"]["application/json"]>()({
  message: "connect ECONNREFUSED 127.0.0.1:5432",
});

// GET /team/{team_id}/connections: 403 example access-denied
example<paths["/team/{team_id}/connections"]["get"]["responses"][403]["content"]["application/json"]>()({
  message: "Access denied",
});

// POST /team/{team_id}/connections: path parameters of a valid call
example<NonNullable<paths["/team/{team_id}/connections"]["post"]["parameters"]["path"]>>()({
  team_id: "42",
});

// POST /team/{team_id}/connections: request example postgres
example<NonNullable<paths["/team/{team_id}/connections"]["post"]["requestBody"]>["content"]["application/json"]>()({
  name: "Production Postgres",
  type: "postgres",
  team_id: 42,
  host: "db.example.com",
  port: "5432",
  username: "chartbrew_reader",
  password: "correct-horse-battery-staple",
  ssl: true,
  sslMode: "require",
});

// POST /team/{team_id}/connections: request example api
example<NonNullable<paths["/team/{team_id}/connections"]["post"]["requestBody"]>["content"]["application/json"]>()({
  name: "Orders API",
  type: "api",
  team_id: 42,
  host: "https://api.example.com/v1",
  authentication: {
    type: "bearer_token",
    token: "example-api-token-7c21",
  },
});

// POST /team/{team_id}/connections: 200 example postgres
example<paths["/team/{team_id}/connections"]["post"]["responses"][200]["content"]["application/json"]>()({
  id: 187,
  team_id: 42,
  project_ids: [],
  name: "Production Postgres",
  type: "postgres",
  active: true,
  host: "db.example.com",
  port: "5432",
  username: "chartbrew_reader",
  srv: false,
  options: {},
  ssl: true,
  sslMode: "require",
  schema: {},
  hasSshPassword: false,
  hasSshPrivateKey: false,
  hasSshPassphrase: false,
  createdAt: "2026-11-30T09:12:44.000Z",
  updatedAt: "2026-11-30T09:12:44.000Z",
});

// POST /team/{team_id}/connections: 200 example api
example<paths["/team/{team_id}/connections"]["post"]["responses"][200]["content"]["application/json"]>()({
  id: 188,
  team_id: 42,
  project_ids: [],
  name: "Orders API",
  type: "api",
  active: true,
  host: "https://api.example.com/v1",
  srv: false,
  options: {},
  authentication: {
    type: "bearer_token",
  },
  ssl: false,
  sslMode: "require",
  hasSshPassword: false,
  hasSshPrivateKey: false,
  hasSshPassphrase: false,
  createdAt: "2026-11-30T09:20:03.000Z",
  updatedAt: "2026-11-30T09:20:03.000Z",
});

// POST /team/{team_id}/connections: 400 example source-disabled
example<paths["/team/{team_id}/connections"]["post"]["responses"][400]["content"]["application/json"]>()({
  code: "SOURCE_DISABLED",
  sourceId: "postgres",
  message: "PostgreSQL is disabled on this server.",
});

// POST /team/{team_id}/connections: 400 example failed
example<paths["/team/{team_id}/connections"]["post"]["responses"][400]["content"]["application/json"]>()({});

// POST /team/{team_id}/connections: 401 example not-authorized
example<paths["/team/{team_id}/connections"]["post"]["responses"][401]["content"]["application/json"]>()({
  error: "Not authorized",
});

// POST /team/{team_id}/connections: 403 example access-denied
example<paths["/team/{team_id}/connections"]["post"]["responses"][403]["content"]["application/json"]>()({
  message: "Access denied",
});

// GET /team/{team_id}/connections/{connection_id}: path parameters of a valid call
example<NonNullable<paths["/team/{team_id}/connections/{connection_id}"]["get"]["parameters"]["path"]>>()({
  team_id: "42",
  connection_id: "187",
});

// GET /team/{team_id}/connections/{connection_id}: 200 example postgres
example<paths["/team/{team_id}/connections/{connection_id}"]["get"]["responses"][200]["content"]["application/json"]>()({
  id: 187,
  team_id: 42,
  project_ids: [],
  name: "Production Postgres",
  type: "postgres",
  active: true,
  host: "db.example.com",
  port: "5432",
  username: "chartbrew_reader",
  password: "",
  srv: false,
  options: {},
  ssl: true,
  sslMode: "require",
  schema: {},
  hasSshPassword: false,
  hasSshPrivateKey: false,
  hasSshPassphrase: false,
  OAuth: null,
  createdAt: "2026-11-30T09:12:44.000Z",
  updatedAt: "2026-11-30T09:12:44.000Z",
});

// GET /team/{team_id}/connections/{connection_id}: 400 example failed
example<paths["/team/{team_id}/connections/{connection_id}"]["get"]["responses"][400]["content"]["application/json"]>()({});

// GET /team/{team_id}/connections/{connection_id}: 401 example not-authorized
example<paths["/team/{team_id}/connections/{connection_id}"]["get"]["responses"][401]["content"]["application/json"]>()({
  error: "Not authorized",
});

// GET /team/{team_id}/connections/{connection_id}: 403 example access-denied
example<paths["/team/{team_id}/connections/{connection_id}"]["get"]["responses"][403]["content"]["application/json"]>()({
  message: "Access denied",
});

// GET /team/{team_id}/connections/{connection_id}: 404 example not-found
example<paths["/team/{team_id}/connections/{connection_id}"]["get"]["responses"][404]["content"]["application/json"]>()({
  error: "Not Found",
});

// PUT /team/{team_id}/connections/{connection_id}: path parameters of a valid call
example<NonNullable<paths["/team/{team_id}/connections/{connection_id}"]["put"]["parameters"]["path"]>>()({
  team_id: "42",
  connection_id: "187",
});

// PUT /team/{team_id}/connections/{connection_id}: request example rename
example<NonNullable<paths["/team/{team_id}/connections/{connection_id}"]["put"]["requestBody"]>["content"]["application/json"]>()({
  name: "Production Postgres (replica)",
  host: "replica.db.example.com",
});

// PUT /team/{team_id}/connections/{connection_id}: 200 example rename
example<paths["/team/{team_id}/connections/{connection_id}"]["put"]["responses"][200]["content"]["application/json"]>()({
  id: 187,
  team_id: 42,
  project_ids: [],
  name: "Production Postgres (replica)",
  type: "postgres",
  active: true,
  host: "replica.db.example.com",
  port: "5432",
  username: "chartbrew_reader",
  srv: false,
  options: {},
  ssl: true,
  sslMode: "require",
  schema: {},
  hasSshPassword: false,
  hasSshPrivateKey: false,
  hasSshPassphrase: false,
  OAuth: null,
  createdAt: "2026-11-30T09:12:44.000Z",
  updatedAt: "2026-12-02T10:20:00.000Z",
});

// PUT /team/{team_id}/connections/{connection_id}: 400 example failed
example<paths["/team/{team_id}/connections/{connection_id}"]["put"]["responses"][400]["content"]["application/json"]>()({});

// PUT /team/{team_id}/connections/{connection_id}: 401 example not-authorized
example<paths["/team/{team_id}/connections/{connection_id}"]["put"]["responses"][401]["content"]["application/json"]>()({
  error: "Not authorized",
});

// PUT /team/{team_id}/connections/{connection_id}: 403 example access-denied
example<paths["/team/{team_id}/connections/{connection_id}"]["put"]["responses"][403]["content"]["application/json"]>()({
  message: "Access denied",
});

// PUT /team/{team_id}/connections/{connection_id}: 404 example not-found
example<paths["/team/{team_id}/connections/{connection_id}"]["put"]["responses"][404]["content"]["application/json"]>()({
  error: "Not Found",
});

// DELETE /team/{team_id}/connections/{connection_id}: path parameters of a valid call
example<NonNullable<paths["/team/{team_id}/connections/{connection_id}"]["delete"]["parameters"]["path"]>>()({
  team_id: "42",
  connection_id: "187",
});

// DELETE /team/{team_id}/connections/{connection_id}: 200 example removed
example<paths["/team/{team_id}/connections/{connection_id}"]["delete"]["responses"][200]["content"]["application/json"]>()({
  removed: true,
});

// DELETE /team/{team_id}/connections/{connection_id}: 400 example failed
example<paths["/team/{team_id}/connections/{connection_id}"]["delete"]["responses"][400]["content"]["application/json"]>()({});

// DELETE /team/{team_id}/connections/{connection_id}: 401 example not-authorized
example<paths["/team/{team_id}/connections/{connection_id}"]["delete"]["responses"][401]["content"]["application/json"]>()({
  error: "Not authorized",
});

// DELETE /team/{team_id}/connections/{connection_id}: 403 example access-denied
example<paths["/team/{team_id}/connections/{connection_id}"]["delete"]["responses"][403]["content"]["application/json"]>()({
  message: "Access denied",
});

// DELETE /team/{team_id}/connections/{connection_id}: 404 example not-found
example<paths["/team/{team_id}/connections/{connection_id}"]["delete"]["responses"][404]["content"]["application/json"]>()({
  error: "Not Found",
});

// GET /team/{team_id}/connections/{connection_id}/test: path parameters of a valid call
example<NonNullable<paths["/team/{team_id}/connections/{connection_id}/test"]["get"]["parameters"]["path"]>>()({
  team_id: "42",
  connection_id: "187",
});

// GET /team/{team_id}/connections/{connection_id}/test: 200 example postgres
example<paths["/team/{team_id}/connections/{connection_id}/test"]["get"]["responses"][200]["content"]["application/json"]>()({
  success: true,
  schema: {
    tables: [
      "orders",
      "customers",
    ],
    description: {
      orders: [
        "id",
        "customer_id",
        "total",
        "created_at",
      ],
      customers: [
        "id",
        "name",
        "email",
      ],
    },
  },
});

// GET /team/{team_id}/connections/{connection_id}/test: 400 example failed
example<paths["/team/{team_id}/connections/{connection_id}/test"]["get"]["responses"][400]["content"]["application/json"]>()({});

// GET /team/{team_id}/connections/{connection_id}/test: 401 example not-authorized
example<paths["/team/{team_id}/connections/{connection_id}/test"]["get"]["responses"][401]["content"]["application/json"]>()({
  error: "Not authorized",
});

// GET /team/{team_id}/connections/{connection_id}/test: 403 example access-denied
example<paths["/team/{team_id}/connections/{connection_id}/test"]["get"]["responses"][403]["content"]["application/json"]>()({
  message: "Access denied",
});

// GET /team/{team_id}/connections/{connection_id}/test: 404 example not-found
example<paths["/team/{team_id}/connections/{connection_id}/test"]["get"]["responses"][404]["content"]["application/json"]>()({
  error: "Not Found",
});
