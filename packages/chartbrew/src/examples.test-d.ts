// Generated from specs/chartbrew.yaml by scripts/generate; do not edit (change the document or the generator).
// Every example in the document must satisfy the generated types; `tsc --noEmit` checks it.
import type { paths } from "./schema.js";

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
