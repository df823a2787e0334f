// Generated from specs/chartbrew.yaml by scripts/generate; do not edit (change the document or the generator).
// Every example in the document must satisfy the generated types; `tsc --noEmit` checks it.
import type { paths } from "./schema.js";

// GET /team/{team_id}/connections: path parameters of a valid call
({
  team_id: "42",
}) satisfies NonNullable<paths["/team/{team_id}/connections"]["get"]["parameters"]["path"]>;

// GET /team/{team_id}/connections: 200 example two-connections
([
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
]) satisfies paths["/team/{team_id}/connections"]["get"]["responses"][200]["content"]["application/json"];

// GET /team/{team_id}/connections: 400 example failed
({
  message: "connect ECONNREFUSED 127.0.0.1:5432",
}) satisfies paths["/team/{team_id}/connections"]["get"]["responses"][400]["content"]["application/json"];

// GET /team/{team_id}/connections: 401 example not-authorized
({
  error: "Not authorized",
}) satisfies paths["/team/{team_id}/connections"]["get"]["responses"][401]["content"]["application/json"];

// GET /team/{team_id}/connections: 403 example access-denied
({
  message: "Access denied",
}) satisfies paths["/team/{team_id}/connections"]["get"]["responses"][403]["content"]["application/json"];

// POST /team/{team_id}/connections: path parameters of a valid call
({
  team_id: "42",
}) satisfies NonNullable<paths["/team/{team_id}/connections"]["post"]["parameters"]["path"]>;

// POST /team/{team_id}/connections: request example postgres
({
  name: "Production Postgres",
  type: "postgres",
  team_id: 42,
  host: "db.example.com",
  port: "5432",
  username: "chartbrew_reader",
  password: "correct-horse-battery-staple",
  ssl: true,
  sslMode: "require",
}) satisfies NonNullable<paths["/team/{team_id}/connections"]["post"]["requestBody"]>["content"]["application/json"];

// POST /team/{team_id}/connections: request example api
({
  name: "Orders API",
  type: "api",
  team_id: 42,
  host: "https://api.example.com/v1",
  authentication: {
    type: "bearer_token",
    token: "example-api-token-7c21",
  },
}) satisfies NonNullable<paths["/team/{team_id}/connections"]["post"]["requestBody"]>["content"]["application/json"];

// POST /team/{team_id}/connections: 200 example postgres
({
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
}) satisfies paths["/team/{team_id}/connections"]["post"]["responses"][200]["content"]["application/json"];

// POST /team/{team_id}/connections: 200 example api
({
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
}) satisfies paths["/team/{team_id}/connections"]["post"]["responses"][200]["content"]["application/json"];

// POST /team/{team_id}/connections: 400 example missing-field
({
  message: "Missing required field: name",
}) satisfies paths["/team/{team_id}/connections"]["post"]["responses"][400]["content"]["application/json"];

// POST /team/{team_id}/connections: 401 example unauthorized
({
  message: "Unauthorized",
}) satisfies paths["/team/{team_id}/connections"]["post"]["responses"][401]["content"]["application/json"];

// POST /team/{team_id}/connections: 403 example access-denied
({
  message: "Access denied",
}) satisfies paths["/team/{team_id}/connections"]["post"]["responses"][403]["content"]["application/json"];

// GET /team/{team_id}/connections/{connection_id}: path parameters of a valid call
({
  team_id: "42",
  connection_id: "187",
}) satisfies NonNullable<paths["/team/{team_id}/connections/{connection_id}"]["get"]["parameters"]["path"]>;

// GET /team/{team_id}/connections/{connection_id}: 200 example postgres
({
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
}) satisfies paths["/team/{team_id}/connections/{connection_id}"]["get"]["responses"][200]["content"]["application/json"];

// GET /team/{team_id}/connections/{connection_id}: 400 example failed
({}) satisfies paths["/team/{team_id}/connections/{connection_id}"]["get"]["responses"][400]["content"]["application/json"];

// GET /team/{team_id}/connections/{connection_id}: 401 example not-authorized
({
  error: "Not authorized",
}) satisfies paths["/team/{team_id}/connections/{connection_id}"]["get"]["responses"][401]["content"]["application/json"];

// GET /team/{team_id}/connections/{connection_id}: 403 example access-denied
({
  message: "Access denied",
}) satisfies paths["/team/{team_id}/connections/{connection_id}"]["get"]["responses"][403]["content"]["application/json"];

// GET /team/{team_id}/connections/{connection_id}: 404 example not-found
({
  error: "Not Found",
}) satisfies paths["/team/{team_id}/connections/{connection_id}"]["get"]["responses"][404]["content"]["application/json"];

// PUT /team/{team_id}/connections/{connection_id}: path parameters of a valid call
({
  team_id: "42",
  connection_id: "187",
}) satisfies NonNullable<paths["/team/{team_id}/connections/{connection_id}"]["put"]["parameters"]["path"]>;

// PUT /team/{team_id}/connections/{connection_id}: request example rename
({
  name: "Production Postgres (replica)",
  host: "replica.db.example.com",
}) satisfies NonNullable<paths["/team/{team_id}/connections/{connection_id}"]["put"]["requestBody"]>["content"]["application/json"];

// PUT /team/{team_id}/connections/{connection_id}: 200 example rename
({
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
  createdAt: "2026-11-30T09:12:44.000Z",
  updatedAt: "2026-12-02T10:20:00.000Z",
}) satisfies paths["/team/{team_id}/connections/{connection_id}"]["put"]["responses"][200]["content"]["application/json"];

// PUT /team/{team_id}/connections/{connection_id}: 400 example failed
({}) satisfies paths["/team/{team_id}/connections/{connection_id}"]["put"]["responses"][400]["content"]["application/json"];

// PUT /team/{team_id}/connections/{connection_id}: 401 example not-authorized
({
  error: "Not authorized",
}) satisfies paths["/team/{team_id}/connections/{connection_id}"]["put"]["responses"][401]["content"]["application/json"];

// PUT /team/{team_id}/connections/{connection_id}: 403 example access-denied
({
  message: "Access denied",
}) satisfies paths["/team/{team_id}/connections/{connection_id}"]["put"]["responses"][403]["content"]["application/json"];

// PUT /team/{team_id}/connections/{connection_id}: 404 example not-found
({
  error: "Not Found",
}) satisfies paths["/team/{team_id}/connections/{connection_id}"]["put"]["responses"][404]["content"]["application/json"];

// DELETE /team/{team_id}/connections/{connection_id}: path parameters of a valid call
({
  team_id: "42",
  connection_id: "187",
}) satisfies NonNullable<paths["/team/{team_id}/connections/{connection_id}"]["delete"]["parameters"]["path"]>;

// DELETE /team/{team_id}/connections/{connection_id}: 200 example removed
({
  removed: true,
}) satisfies paths["/team/{team_id}/connections/{connection_id}"]["delete"]["responses"][200]["content"]["application/json"];

// DELETE /team/{team_id}/connections/{connection_id}: 400 example failed
({}) satisfies paths["/team/{team_id}/connections/{connection_id}"]["delete"]["responses"][400]["content"]["application/json"];

// DELETE /team/{team_id}/connections/{connection_id}: 401 example not-authorized
({
  error: "Not authorized",
}) satisfies paths["/team/{team_id}/connections/{connection_id}"]["delete"]["responses"][401]["content"]["application/json"];

// DELETE /team/{team_id}/connections/{connection_id}: 403 example access-denied
({
  message: "Access denied",
}) satisfies paths["/team/{team_id}/connections/{connection_id}"]["delete"]["responses"][403]["content"]["application/json"];

// DELETE /team/{team_id}/connections/{connection_id}: 404 example not-found
({
  error: "Not Found",
}) satisfies paths["/team/{team_id}/connections/{connection_id}"]["delete"]["responses"][404]["content"]["application/json"];

// GET /team/{team_id}/connections/{connection_id}/test: path parameters of a valid call
({
  team_id: "42",
  connection_id: "187",
}) satisfies NonNullable<paths["/team/{team_id}/connections/{connection_id}/test"]["get"]["parameters"]["path"]>;

// GET /team/{team_id}/connections/{connection_id}/test: 200 example postgres
({
  success: true,
  schema: {
    tables: [
      "public.orders",
      "public.customers",
    ],
  },
}) satisfies paths["/team/{team_id}/connections/{connection_id}/test"]["get"]["responses"][200]["content"]["application/json"];

// GET /team/{team_id}/connections/{connection_id}/test: 400 example failed
({}) satisfies paths["/team/{team_id}/connections/{connection_id}/test"]["get"]["responses"][400]["content"]["application/json"];

// GET /team/{team_id}/connections/{connection_id}/test: 401 example not-authorized
({
  error: "Not authorized",
}) satisfies paths["/team/{team_id}/connections/{connection_id}/test"]["get"]["responses"][401]["content"]["application/json"];

// GET /team/{team_id}/connections/{connection_id}/test: 403 example access-denied
({
  message: "Access denied",
}) satisfies paths["/team/{team_id}/connections/{connection_id}/test"]["get"]["responses"][403]["content"]["application/json"];

// GET /team/{team_id}/connections/{connection_id}/test: 404 example not-found
({
  error: "Not Found",
}) satisfies paths["/team/{team_id}/connections/{connection_id}/test"]["get"]["responses"][404]["content"]["application/json"];
