// Generated from specs/datagrid.yaml by scripts/generate; do not edit (change the document or the generator).
// Every example in the document must satisfy the generated types; `tsc --noEmit` checks it.
import type { paths } from "./schema.js";

// GET /connections: 200 example first-page
({
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
}) satisfies paths["/connections"]["get"]["responses"][200]["content"]["application/json"];

// GET /connections: 429 example rate-limited
({
  status_code: 429,
  error: "rate_limit_exceeded",
  message: "Rate limit exceeded for this endpoint.",
  mitigation: "Wait for the number of seconds in the Retry-After header, then retry the request.",
  retryable: true,
  details: {
    reason: "This teamspace made 60 requests to this endpoint in the last 60 seconds (limit 60).",
  },
}) satisfies paths["/connections"]["get"]["responses"][429]["content"]["application/json"];

// POST /connections: request example google-drive
({
  connector_id: "google_drive",
}) satisfies NonNullable<paths["/connections"]["post"]["requestBody"]>["content"]["application/json"];

// POST /connections: request example custom-oauth-provider
({
  connector_id: "hubspot",
  connection_provider_id: "7d0c2f6e-4b1a-4e8f-9c3d-2a5b6e8f1c04",
}) satisfies NonNullable<paths["/connections"]["post"]["requestBody"]>["content"]["application/json"];

// POST /connections: 200 example google-drive
({
  object: "redirect_url",
  redirect_url: "https://accounts.google.com/o/oauth2/v2/auth?response_type=code&access_type=offline&redirect_uri=https%3A%2F%2Fapi.datagrid.com%2Fv1%2Fconnections%2Fcallback&state=9f8e7d6c5b4a",
}) satisfies paths["/connections"]["post"]["responses"][200]["content"]["application/json"];

// POST /connections: 429 example rate-limited
({
  status_code: 429,
  error: "rate_limit_exceeded",
  message: "Rate limit exceeded for POST /connections.",
  mitigation: "Wait for the number of seconds in the Retry-After header, then retry the request.",
  retryable: true,
  details: {
    reason: "This teamspace made 60 requests to POST /connections in the last 60 seconds (limit 60).",
  },
}) satisfies paths["/connections"]["post"]["responses"][429]["content"]["application/json"];

// GET /connections/{connection_id}: path parameters of a valid call
({
  connection_id: "3f6c1d2e-8a4b-4c7d-9e0f-1a2b3c4d5e6f",
}) satisfies NonNullable<paths["/connections/{connection_id}"]["get"]["parameters"]["path"]>;

// GET /connections/{connection_id}: 200 example google-drive
({
  object: "connection",
  id: "3f6c1d2e-8a4b-4c7d-9e0f-1a2b3c4d5e6f",
  name: "Google Drive (ada@example.com)",
  connector_id: "google_drive",
  teamspace_id: "5b8e2a91-0c3d-4f6e-a7b8-9c0d1e2f3a4b",
  valid: true,
  created_at: "2026-11-30T09:12:44.000Z",
  updated_at: "2026-11-30T09:12:44.000Z",
}) satisfies paths["/connections/{connection_id}"]["get"]["responses"][200]["content"]["application/json"];

// GET /connections/{connection_id}: 429 example rate-limited
({
  status_code: 429,
  error: "rate_limit_exceeded",
  message: "Rate limit exceeded for this endpoint.",
  mitigation: "Wait for the number of seconds in the Retry-After header, then retry the request.",
  retryable: true,
  details: {
    reason: "This teamspace made 60 requests to this endpoint in the last 60 seconds (limit 60).",
  },
}) satisfies paths["/connections/{connection_id}"]["get"]["responses"][429]["content"]["application/json"];

// DELETE /connections/{connection_id}: path parameters of a valid call
({
  connection_id: "3f6c1d2e-8a4b-4c7d-9e0f-1a2b3c4d5e6f",
}) satisfies NonNullable<paths["/connections/{connection_id}"]["delete"]["parameters"]["path"]>;

// DELETE /connections/{connection_id}: 429 example rate-limited
({
  status_code: 429,
  error: "rate_limit_exceeded",
  message: "Rate limit exceeded for this endpoint.",
  mitigation: "Wait for the number of seconds in the Retry-After header, then retry the request.",
  retryable: true,
  details: {
    reason: "This teamspace made 60 requests to this endpoint in the last 60 seconds (limit 60).",
  },
}) satisfies paths["/connections/{connection_id}"]["delete"]["responses"][429]["content"]["application/json"];

// PATCH /connections/{connection_id}: path parameters of a valid call
({
  connection_id: "3f6c1d2e-8a4b-4c7d-9e0f-1a2b3c4d5e6f",
}) satisfies NonNullable<paths["/connections/{connection_id}"]["patch"]["parameters"]["path"]>;

// PATCH /connections/{connection_id}: request example rename
({
  name: "Team drive",
}) satisfies NonNullable<paths["/connections/{connection_id}"]["patch"]["requestBody"]>["content"]["application/json"];

// PATCH /connections/{connection_id}: 200 example rename
({
  object: "connection",
  id: "3f6c1d2e-8a4b-4c7d-9e0f-1a2b3c4d5e6f",
  name: "Team drive",
  connector_id: "google_drive",
  teamspace_id: "5b8e2a91-0c3d-4f6e-a7b8-9c0d1e2f3a4b",
  valid: true,
  created_at: "2026-11-30T09:12:44.000Z",
  updated_at: "2026-12-02T10:20:00.000Z",
}) satisfies paths["/connections/{connection_id}"]["patch"]["responses"][200]["content"]["application/json"];

// PATCH /connections/{connection_id}: 429 example rate-limited
({
  status_code: 429,
  error: "rate_limit_exceeded",
  message: "Rate limit exceeded for this endpoint.",
  mitigation: "Wait for the number of seconds in the Retry-After header, then retry the request.",
  retryable: true,
  details: {
    reason: "This teamspace made 60 requests to this endpoint in the last 60 seconds (limit 60).",
  },
}) satisfies paths["/connections/{connection_id}"]["patch"]["responses"][429]["content"]["application/json"];
