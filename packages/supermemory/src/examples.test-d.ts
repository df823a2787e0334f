// Generated from specs/supermemory.yaml by tools/generator; do not edit (change the document or the generator).
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

// POST /v3/documents: request example conversation
example<NonNullable<paths["/v3/documents"]["post"]["requestBody"]>["content"]["application/json"]>()({
  content: "Sarah is being promoted to VP of Product.",
  containerTag: "user_123",
  customId: "chat_session_1",
  metadata: {
    type: "conversation",
  },
  dreaming: "instant",
});

// POST /v3/documents/batch: request example two-documents
example<NonNullable<paths["/v3/documents/batch"]["post"]["requestBody"]>["content"]["application/json"]>()({
  documents: [
    {
      content: "Q3 roadmap notes",
      containerTag: "user_123",
      customId: "doc_roadmap",
    },
    {
      content: "Gift policy for VP promotions",
      containerTag: "user_123",
      customId: "doc_gifts",
    },
  ],
});

// GET /v3/documents/{id}: path parameters of a valid call
example<NonNullable<paths["/v3/documents/{id}"]["get"]["parameters"]["path"]>>()({
  id: "doc_abc123",
});

// DELETE /v3/documents/{id}: path parameters of a valid call
example<NonNullable<paths["/v3/documents/{id}"]["delete"]["parameters"]["path"]>>()({
  id: "doc_abc123",
});

// PATCH /v3/documents/{id}: path parameters of a valid call
example<NonNullable<paths["/v3/documents/{id}"]["patch"]["parameters"]["path"]>>()({
  id: "doc_abc123",
});

// PATCH /v3/documents/{id}: request example new-content
example<NonNullable<paths["/v3/documents/{id}"]["patch"]["requestBody"]>["content"]["application/json"]>()({
  content: "Updated notes — Sarah is now VP of Product.",
  metadata: {
    type: "conversation",
  },
});

// POST /v3/documents/list: 200 example first-page
example<paths["/v3/documents/list"]["post"]["responses"][200]["content"]["application/json"]>()({
  memories: [
    {
      id: "acxV5LHMEsG2hMSNb4umbn",
      connectionId: null,
      customId: "doc-api-rate-limits",
      filepath: null,
      title: "API Rate Limiting Policy",
      summary: "API rate limit policy: 100 req/min free, 1000 req/min pro.",
      status: "done",
      type: "text",
      metadata: {
        source: "upload",
        language: "en",
      },
      url: null,
      createdAt: "2025-04-15T09:30:00.000Z",
      updatedAt: "2025-04-15T09:31:00.000Z",
    },
  ],
  pagination: {
    currentPage: 1,
    limit: 10,
    totalItems: 1,
    totalPages: 1,
  },
});

// GET /v3/documents/processing: 200 example one-extracting
example<paths["/v3/documents/processing"]["get"]["responses"][200]["content"]["application/json"]>()({
  documents: [
    {
      id: "bT4kW9qLmZx2RcV7nYp3Hd",
      customId: "chat_session_1",
      title: null,
      type: "text",
      status: "extracting",
      metadata: {
        type: "conversation",
      },
      createdAt: "2026-12-02T12:00:00.000Z",
      updatedAt: "2026-12-02T12:00:04.000Z",
    },
  ],
  totalCount: 1,
});

// GET /v3/documents/{id}/chunks: path parameters of a valid call
example<NonNullable<paths["/v3/documents/{id}/chunks"]["get"]["parameters"]["path"]>>()({
  id: "doc_abc123",
});

// GET /v3/documents/{id}/file-url: path parameters of a valid call
example<NonNullable<paths["/v3/documents/{id}/file-url"]["get"]["parameters"]["path"]>>()({
  id: "doc_abc123",
});

// POST /v3/search: request example documents
example<NonNullable<paths["/v3/search"]["post"]["requestBody"]>["content"]["application/json"]>()({
  q: "gift policy for VP promotions",
  containerTags: [
    "user_123",
  ],
  limit: 5,
});

// PATCH /v3/settings: request example filter
example<NonNullable<paths["/v3/settings"]["patch"]["requestBody"]>["content"]["application/json"]>()({
  shouldLLMFilter: true,
  filterPrompt: "Only keep product and engineering notes.",
  chunkSize: 512,
});

// POST /v3/settings/reset: request example confirmed
example<NonNullable<paths["/v3/settings/reset"]["post"]["requestBody"]>["content"]["application/json"]>()({
  confirmation: "RESET",
});

// GET /v3/container-tags/{containerTag}: path parameters of a valid call
example<NonNullable<paths["/v3/container-tags/{containerTag}"]["get"]["parameters"]["path"]>>()({
  containerTag: "user_123",
});

// DELETE /v3/container-tags/{containerTag}: path parameters of a valid call
example<NonNullable<paths["/v3/container-tags/{containerTag}"]["delete"]["parameters"]["path"]>>()({
  containerTag: "user_123",
});

// PATCH /v3/container-tags/{containerTag}: path parameters of a valid call
example<NonNullable<paths["/v3/container-tags/{containerTag}"]["patch"]["parameters"]["path"]>>()({
  containerTag: "user_123",
});

// PATCH /v3/container-tags/{containerTag}: request example rename
example<NonNullable<paths["/v3/container-tags/{containerTag}"]["patch"]["requestBody"]>["content"]["application/json"]>()({
  name: "Research Notes",
  entityContext: "This project contains research papers about machine learning.",
});

// POST /v3/container-tags/merge: request example merge
example<NonNullable<paths["/v3/container-tags/merge"]["post"]["requestBody"]>["content"]["application/json"]>()({
  containerTags: [
    "user_123_old",
    "user_123_mobile",
  ],
  targetContainerTag: "user_123",
});

// GET /v3/container-tags/merge/{mergeId}: path parameters of a valid call
example<NonNullable<paths["/v3/container-tags/merge/{mergeId}"]["get"]["parameters"]["path"]>>()({
  mergeId: "merge_7Hk2Lp9QwErT",
});

// POST /v4/memories: request example one-memory
example<NonNullable<paths["/v4/memories"]["post"]["requestBody"]>["content"]["application/json"]>()({
  containerTag: "user_123",
  memories: [
    {
      content: "John prefers dark mode",
      isStatic: false,
    },
  ],
});

// DELETE /v4/memories: request example by-id
example<NonNullable<paths["/v4/memories"]["delete"]["requestBody"]>["content"]["application/json"]>()({
  id: "mem_abc123",
  containerTag: "user_123",
  reason: "outdated information",
});

// PATCH /v4/memories: request example new-content
example<NonNullable<paths["/v4/memories"]["patch"]["requestBody"]>["content"]["application/json"]>()({
  id: "mem_abc123",
  containerTag: "user_123",
  newContent: "John now prefers light mode",
});

// POST /v4/memories/forget-matching: request example dry-run
example<NonNullable<paths["/v4/memories/forget-matching"]["post"]["requestBody"]>["content"]["application/json"]>()({
  containerTag: "user_123",
  query: "forget everything about Project Titan",
  dryRun: true,
  threshold: 0.5,
  maxForget: 100,
  reason: "project cancelled",
});

// POST /v4/memories/list: request example first-page
example<NonNullable<paths["/v4/memories/list"]["post"]["requestBody"]>["content"]["application/json"]>()({
  containerTags: [
    "user_123",
  ],
  limit: 10,
  page: 1,
  order: "desc",
  sort: "createdAt",
});

// POST /v4/profile: request example one-user
example<NonNullable<paths["/v4/profile"]["post"]["requestBody"]>["content"]["application/json"]>()({
  containerTag: "user_123",
});

// POST /v4/profile/buckets: request example one-user
example<NonNullable<paths["/v4/profile/buckets"]["post"]["requestBody"]>["content"]["application/json"]>()({
  containerTag: "user_123",
});

// POST /v4/search: request example hybrid
example<NonNullable<paths["/v4/search"]["post"]["requestBody"]>["content"]["application/json"]>()({
  q: "gift ideas for a VP promotion after a Tokyo offsite",
  containerTag: "user_123",
  searchMode: "hybrid",
  limit: 5,
  include: {
    relatedMemories: true,
  },
});

// POST /v4/conversations: request example one-turn
example<NonNullable<paths["/v4/conversations"]["post"]["requestBody"]>["content"]["application/json"]>()({
  conversationId: "chat_offsite_2026",
  messages: [
    {
      role: "user",
      content: "Sarah is being promoted to VP of Product.",
    },
  ],
  containerTags: [
    "user_123",
  ],
});

// POST /v3/connections/list: request example by-container-tag
example<NonNullable<paths["/v3/connections/list"]["post"]["requestBody"]>["content"]["application/json"]>()({
  containerTags: [
    "user_123",
  ],
});

// POST /v3/connections/list: 200 example by-container-tag
example<paths["/v3/connections/list"]["post"]["responses"][200]["content"]["application/json"]>()([
  {
    id: "conn_8f2kQ1xZt7LmVb3R",
    provider: "notion",
    createdAt: "2026-11-30T09:12:44.000Z",
    documentLimit: 5000,
    email: "ada@example.com",
    expiresAt: "2027-11-30T09:12:44.000Z",
    metadata: {
      source: "onboarding",
      plan: "pro",
    },
    lastSyncRun: {
      status: "completed",
      errorCode: null,
      error: null,
      startedAt: "2026-12-01T03:00:00.000Z",
      completedAt: "2026-12-01T03:04:12.000Z",
    },
  },
  {
    id: "conn_Wc4nP9sJd2HyEo6T",
    provider: "web-crawler",
    createdAt: "2026-11-30T09:20:03.000Z",
    documentLimit: 1000,
    metadata: {
      startUrl: "https://docs.example.com",
    },
  },
]);

// POST /v3/connections/{provider}: path parameters of a valid call
example<NonNullable<paths["/v3/connections/{provider}"]["post"]["parameters"]["path"]>>()({
  provider: "notion",
});

// POST /v3/connections/{provider}: request example notion
example<NonNullable<paths["/v3/connections/{provider}"]["post"]["requestBody"]>["content"]["application/json"]>()({
  redirectUrl: "https://app.example.com/integrations/notion/callback",
  containerTags: [
    "user_123",
    "project_alpha",
  ],
  metadata: {
    source: "onboarding",
    plan: "pro",
  },
  documentLimit: 5000,
});

// POST /v3/connections/{provider}: request example web-crawler
example<NonNullable<paths["/v3/connections/{provider}"]["post"]["requestBody"]>["content"]["application/json"]>()({
  containerTag: "user_123",
  metadata: {
    startUrl: "https://docs.example.com",
  },
  documentLimit: 1000,
});

// POST /v3/connections/{provider}: 200 example notion
example<paths["/v3/connections/{provider}"]["post"]["responses"][200]["content"]["application/json"]>()({
  id: "conn_8f2kQ1xZt7LmVb3R",
  authLink: "https://api.notion.com/v1/oauth/authorize?client_id=4c9d2e61-7a3b-4f05-8e1d-b2c6f9a0d378&response_type=code&owner=user&redirect_uri=https%3A%2F%2Fapi.supermemory.ai%2Fv3%2Fconnections%2Fauth%2Fcallback%2Fnotion&state=conn_8f2kQ1xZt7LmVb3R",
  expiresIn: "1 hour",
  redirectsTo: "https://app.example.com/integrations/notion/callback",
});

// POST /v3/connections/{provider}: 200 example web-crawler
example<paths["/v3/connections/{provider}"]["post"]["responses"][200]["content"]["application/json"]>()({
  id: "conn_Wc4nP9sJd2HyEo6T",
  authLink: null,
  expiresIn: null,
});

// POST /v3/connections/{provider}: 401 example unauthorized
example<paths["/v3/connections/{provider}"]["post"]["responses"][401]["content"]["application/json"]>()({
  error: "Unauthorized",
  details: "Invalid API key",
});

// DELETE /v3/connections/{provider}: path parameters of a valid call
example<NonNullable<paths["/v3/connections/{provider}"]["delete"]["parameters"]["path"]>>()({
  provider: "notion",
});

// DELETE /v3/connections/{provider}: request example by-container-tag
example<NonNullable<paths["/v3/connections/{provider}"]["delete"]["requestBody"]>["content"]["application/json"]>()({
  containerTags: [
    "user_123",
  ],
});

// DELETE /v3/connections/{provider}: 200 example by-container-tag
example<paths["/v3/connections/{provider}"]["delete"]["responses"][200]["content"]["application/json"]>()({
  id: "conn_8f2kQ1xZt7LmVb3R",
  provider: "notion",
});

// GET /v3/connections/{connectionId}/resources: path parameters of a valid call
example<NonNullable<paths["/v3/connections/{connectionId}/resources"]["get"]["parameters"]["path"]>>()({
  connectionId: "conn_Gh3bR8yTn5KwQs1D",
});

// GET /v3/connections/{connectionId}/resources: 200 example github
example<paths["/v3/connections/{connectionId}/resources"]["get"]["responses"][200]["content"]["application/json"]>()({
  resources: [
    {
      id: 812345678,
      name: "docs",
      full_name: "acme/docs",
      private: false,
    },
  ],
  total_count: 1,
});

// POST /v3/connections/{connectionId}/configure: path parameters of a valid call
example<NonNullable<paths["/v3/connections/{connectionId}/configure"]["post"]["parameters"]["path"]>>()({
  connectionId: "conn_Gh3bR8yTn5KwQs1D",
});

// POST /v3/connections/{connectionId}/configure: request example github
example<NonNullable<paths["/v3/connections/{connectionId}/configure"]["post"]["requestBody"]>["content"]["application/json"]>()({
  resources: [
    {
      id: 812345678,
      name: "docs",
      full_name: "acme/docs",
    },
  ],
});

// POST /v3/connections/{connectionId}/configure: 200 example github
example<paths["/v3/connections/{connectionId}/configure"]["post"]["responses"][200]["content"]["application/json"]>()({
  success: true,
  message: "Resources configured successfully",
  webhooksRegistered: 1,
});

// GET /v3/connections/{connectionId}: path parameters of a valid call
example<NonNullable<paths["/v3/connections/{connectionId}"]["get"]["parameters"]["path"]>>()({
  connectionId: "conn_8f2kQ1xZt7LmVb3R",
});

// GET /v3/connections/{connectionId}: 200 example notion
example<paths["/v3/connections/{connectionId}"]["get"]["responses"][200]["content"]["application/json"]>()({
  id: "conn_8f2kQ1xZt7LmVb3R",
  provider: "notion",
  createdAt: "2026-11-30T09:12:44.000Z",
  documentLimit: 5000,
  email: "ada@example.com",
  expiresAt: "2027-11-30T09:12:44.000Z",
  metadata: {
    source: "onboarding",
    plan: "pro",
  },
  lastSyncRun: {
    status: "completed",
    errorCode: null,
    error: null,
    startedAt: "2026-12-01T03:00:00.000Z",
    completedAt: "2026-12-01T03:04:12.000Z",
  },
});

// GET /v3/connections/{connectionId}: 404 example not-found
example<paths["/v3/connections/{connectionId}"]["get"]["responses"][404]["content"]["application/json"]>()({
  error: "Connection not found",
});

// DELETE /v3/connections/{connectionId}: path parameters of a valid call
example<NonNullable<paths["/v3/connections/{connectionId}"]["delete"]["parameters"]["path"]>>()({
  connectionId: "conn_8f2kQ1xZt7LmVb3R",
});

// DELETE /v3/connections/{connectionId}: 200 example deleted
example<paths["/v3/connections/{connectionId}"]["delete"]["responses"][200]["content"]["application/json"]>()({
  id: "conn_8f2kQ1xZt7LmVb3R",
  provider: "notion",
});

// POST /v3/connections/{provider}/connection: path parameters of a valid call
example<NonNullable<paths["/v3/connections/{provider}/connection"]["post"]["parameters"]["path"]>>()({
  provider: "notion",
});

// POST /v3/connections/{provider}/connection: request example by-container-tag
example<NonNullable<paths["/v3/connections/{provider}/connection"]["post"]["requestBody"]>["content"]["application/json"]>()({
  containerTags: [
    "user_123",
  ],
});

// POST /v3/connections/{provider}/connection: 200 example by-container-tag
example<paths["/v3/connections/{provider}/connection"]["post"]["responses"][200]["content"]["application/json"]>()({
  id: "conn_8f2kQ1xZt7LmVb3R",
  provider: "notion",
  createdAt: "2026-11-30T09:12:44.000Z",
  documentLimit: 5000,
  email: "ada@example.com",
  metadata: {
    source: "onboarding",
    plan: "pro",
  },
});

// POST /v3/connections/{provider}/documents: path parameters of a valid call
example<NonNullable<paths["/v3/connections/{provider}/documents"]["post"]["parameters"]["path"]>>()({
  provider: "notion",
});

// POST /v3/connections/{provider}/documents: request example by-container-tag
example<NonNullable<paths["/v3/connections/{provider}/documents"]["post"]["requestBody"]>["content"]["application/json"]>()({
  containerTags: [
    "user_123",
  ],
});

// POST /v3/connections/{provider}/documents: 200 example by-container-tag
example<paths["/v3/connections/{provider}/documents"]["post"]["responses"][200]["content"]["application/json"]>()([
  {
    id: "doc_Qm7rT2vXk9LpNa4B",
    title: "Onboarding checklist",
    summary: "Steps for a new team member's first week.",
    type: "notion_doc",
    status: "done",
    createdAt: "2026-12-01T03:01:10.000Z",
    updatedAt: "2026-12-01T03:02:45.000Z",
  },
]);

// POST /v3/connections/{provider}/import: path parameters of a valid call
example<NonNullable<paths["/v3/connections/{provider}/import"]["post"]["parameters"]["path"]>>()({
  provider: "notion",
});

// POST /v3/connections/{provider}/import: request example by-container-tag
example<NonNullable<paths["/v3/connections/{provider}/import"]["post"]["requestBody"]>["content"]["application/json"]>()({
  containerTags: [
    "user_123",
  ],
});
