// Generated from specs/datagrid.yaml by tools/generator; do not edit (change the document or the generator).
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

// GET /connections: 200 example first-page
example<paths["/connections"]["get"]["responses"][200]["content"]["application/json"]>()({
  data: [
    {
      object: "connection",
      id: "3f6c1d2e-8a4b-4c7d-9e0f-1a2b3c4d5e6f",
      name: "Google Drive (ada@example.com)",
      connector_id: "google_drive",
      teamspace_id: "5b8e2a91-0c3d-4f6e-a7b8-9c0d1e2f3a4b",
      valid: true,
      created_at: "2026-11-30T09:12:44.000Z",
      updated_at: "2026-11-30T09:12:44.000Z",
    },
    {
      object: "connection",
      id: "7a9b0c1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d",
      name: "HubSpot (Acme sales)",
      connector_id: "hubspot",
      teamspace_id: "5b8e2a91-0c3d-4f6e-a7b8-9c0d1e2f3a4b",
      valid: false,
      created_at: "2026-10-02T14:03:10.000Z",
      updated_at: "2026-11-28T08:45:00.000Z",
    },
  ],
});

// GET /connections: 429 example rate-limited
example<paths["/connections"]["get"]["responses"][429]["content"]["application/json"]>()({
  status_code: 429,
  error: "rate_limit_exceeded",
  message: "Rate limit exceeded for this endpoint.",
  mitigation: "Wait for the number of seconds in the Retry-After header, then retry the request.",
  retryable: true,
  details: {
    reason: "This teamspace made 60 requests to this endpoint in the last 60 seconds (limit 60).",
  },
});

// POST /connections: request example google-drive
example<NonNullable<paths["/connections"]["post"]["requestBody"]>["content"]["application/json"]>()({
  connector_id: "google_drive",
});

// POST /connections: request example custom-oauth-provider
example<NonNullable<paths["/connections"]["post"]["requestBody"]>["content"]["application/json"]>()({
  connector_id: "hubspot",
  connection_provider_id: "7d0c2f6e-4b1a-4e8f-9c3d-2a5b6e8f1c04",
});

// POST /connections: 200 example google-drive
example<paths["/connections"]["post"]["responses"][200]["content"]["application/json"]>()({
  object: "redirect_url",
  redirect_url: "https://accounts.google.com/o/oauth2/v2/auth?response_type=code&access_type=offline&redirect_uri=https%3A%2F%2Fapi.datagrid.com%2Fv1%2Fconnections%2Fcallback&state=9f8e7d6c5b4a",
});

// POST /connections: 429 example rate-limited
example<paths["/connections"]["post"]["responses"][429]["content"]["application/json"]>()({
  status_code: 429,
  error: "rate_limit_exceeded",
  message: "Rate limit exceeded for POST /connections.",
  mitigation: "Wait for the number of seconds in the Retry-After header, then retry the request.",
  retryable: true,
  details: {
    reason: "This teamspace made 60 requests to POST /connections in the last 60 seconds (limit 60).",
  },
});

// GET /connections/{connection_id}: path parameters of a valid call
example<NonNullable<paths["/connections/{connection_id}"]["get"]["parameters"]["path"]>>()({
  connection_id: "3f6c1d2e-8a4b-4c7d-9e0f-1a2b3c4d5e6f",
});

// GET /connections/{connection_id}: 200 example google-drive
example<paths["/connections/{connection_id}"]["get"]["responses"][200]["content"]["application/json"]>()({
  object: "connection",
  id: "3f6c1d2e-8a4b-4c7d-9e0f-1a2b3c4d5e6f",
  name: "Google Drive (ada@example.com)",
  connector_id: "google_drive",
  teamspace_id: "5b8e2a91-0c3d-4f6e-a7b8-9c0d1e2f3a4b",
  valid: true,
  created_at: "2026-11-30T09:12:44.000Z",
  updated_at: "2026-11-30T09:12:44.000Z",
});

// GET /connections/{connection_id}: 429 example rate-limited
example<paths["/connections/{connection_id}"]["get"]["responses"][429]["content"]["application/json"]>()({
  status_code: 429,
  error: "rate_limit_exceeded",
  message: "Rate limit exceeded for this endpoint.",
  mitigation: "Wait for the number of seconds in the Retry-After header, then retry the request.",
  retryable: true,
  details: {
    reason: "This teamspace made 60 requests to this endpoint in the last 60 seconds (limit 60).",
  },
});

// DELETE /connections/{connection_id}: path parameters of a valid call
example<NonNullable<paths["/connections/{connection_id}"]["delete"]["parameters"]["path"]>>()({
  connection_id: "3f6c1d2e-8a4b-4c7d-9e0f-1a2b3c4d5e6f",
});

// DELETE /connections/{connection_id}: 429 example rate-limited
example<paths["/connections/{connection_id}"]["delete"]["responses"][429]["content"]["application/json"]>()({
  status_code: 429,
  error: "rate_limit_exceeded",
  message: "Rate limit exceeded for this endpoint.",
  mitigation: "Wait for the number of seconds in the Retry-After header, then retry the request.",
  retryable: true,
  details: {
    reason: "This teamspace made 60 requests to this endpoint in the last 60 seconds (limit 60).",
  },
});

// PATCH /connections/{connection_id}: path parameters of a valid call
example<NonNullable<paths["/connections/{connection_id}"]["patch"]["parameters"]["path"]>>()({
  connection_id: "3f6c1d2e-8a4b-4c7d-9e0f-1a2b3c4d5e6f",
});

// PATCH /connections/{connection_id}: request example rename
example<NonNullable<paths["/connections/{connection_id}"]["patch"]["requestBody"]>["content"]["application/json"]>()({
  name: "Team drive",
});

// PATCH /connections/{connection_id}: 200 example rename
example<paths["/connections/{connection_id}"]["patch"]["responses"][200]["content"]["application/json"]>()({
  object: "connection",
  id: "3f6c1d2e-8a4b-4c7d-9e0f-1a2b3c4d5e6f",
  name: "Team drive",
  connector_id: "google_drive",
  teamspace_id: "5b8e2a91-0c3d-4f6e-a7b8-9c0d1e2f3a4b",
  valid: true,
  created_at: "2026-11-30T09:12:44.000Z",
  updated_at: "2026-12-02T10:20:00.000Z",
});

// PATCH /connections/{connection_id}: 429 example rate-limited
example<paths["/connections/{connection_id}"]["patch"]["responses"][429]["content"]["application/json"]>()({
  status_code: 429,
  error: "rate_limit_exceeded",
  message: "Rate limit exceeded for this endpoint.",
  mitigation: "Wait for the number of seconds in the Retry-After header, then retry the request.",
  retryable: true,
  details: {
    reason: "This teamspace made 60 requests to this endpoint in the last 60 seconds (limit 60).",
  },
});
