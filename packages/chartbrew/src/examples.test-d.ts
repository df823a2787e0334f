// Generated from specs/chartbrew.yaml by scripts/generate; do not edit (change the document or the generator).
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
});

// POST /team/{team_id}/connections: 400 example missing-field
example<paths["/team/{team_id}/connections"]["post"]["responses"][400]["content"]["application/json"]>()({
  message: "Missing required field: name",
});

// POST /team/{team_id}/connections: 401 example unauthorized
example<paths["/team/{team_id}/connections"]["post"]["responses"][401]["content"]["application/json"]>()({
  message: "Unauthorized",
});

// POST /team/{team_id}/connections: 403 example access-denied
example<paths["/team/{team_id}/connections"]["post"]["responses"][403]["content"]["application/json"]>()({
  message: "Access denied",
});
