// Generated from specs/supermemory.yaml by scripts/generate; do not edit (change the document or the generator).
// Every example in the document must satisfy the generated types; `tsc --noEmit` checks it.
import type { paths } from "./schema.js";

// POST /v3/documents: request example conversation
({
  content: "Sarah is being promoted to VP of Product.",
  containerTag: "user_123",
  customId: "chat_session_1",
  metadata: {
    type: "conversation",
  },
  dreaming: "instant",
}) satisfies NonNullable<paths["/v3/documents"]["post"]["requestBody"]>["content"]["application/json"];

// POST /v3/documents/batch: request example two-documents
({
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
}) satisfies NonNullable<paths["/v3/documents/batch"]["post"]["requestBody"]>["content"]["application/json"];

// GET /v3/documents/{id}: path parameters of a valid call
({
  id: "doc_abc123",
}) satisfies NonNullable<paths["/v3/documents/{id}"]["get"]["parameters"]["path"]>;

// DELETE /v3/documents/{id}: path parameters of a valid call
({
  id: "doc_abc123",
}) satisfies NonNullable<paths["/v3/documents/{id}"]["delete"]["parameters"]["path"]>;

// PATCH /v3/documents/{id}: path parameters of a valid call
({
  id: "doc_abc123",
}) satisfies NonNullable<paths["/v3/documents/{id}"]["patch"]["parameters"]["path"]>;

// PATCH /v3/documents/{id}: request example new-content
({
  content: "Updated notes — Sarah is now VP of Product.",
  metadata: {
    type: "conversation",
  },
}) satisfies NonNullable<paths["/v3/documents/{id}"]["patch"]["requestBody"]>["content"]["application/json"];

// POST /v3/documents/list: 200 example first-page
({
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
}) satisfies paths["/v3/documents/list"]["post"]["responses"][200]["content"]["application/json"];

// GET /v3/documents/processing: 200 example one-extracting
({
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
}) satisfies paths["/v3/documents/processing"]["get"]["responses"][200]["content"]["application/json"];

// GET /v3/documents/{id}/chunks: path parameters of a valid call
({
  id: "doc_abc123",
}) satisfies NonNullable<paths["/v3/documents/{id}/chunks"]["get"]["parameters"]["path"]>;

// GET /v3/documents/{id}/file-url: path parameters of a valid call
({
  id: "doc_abc123",
}) satisfies NonNullable<paths["/v3/documents/{id}/file-url"]["get"]["parameters"]["path"]>;

// POST /v3/search: request example documents
({
  q: "gift policy for VP promotions",
  containerTags: [
    "user_123",
  ],
  limit: 5,
}) satisfies NonNullable<paths["/v3/search"]["post"]["requestBody"]>["content"]["application/json"];

// PATCH /v3/settings: request example filter
({
  shouldLLMFilter: true,
  filterPrompt: "Only keep product and engineering notes.",
  chunkSize: 512,
}) satisfies NonNullable<paths["/v3/settings"]["patch"]["requestBody"]>["content"]["application/json"];

// POST /v3/settings/reset: request example confirmed
({
  confirmation: "RESET",
}) satisfies NonNullable<paths["/v3/settings/reset"]["post"]["requestBody"]>["content"]["application/json"];

// GET /v3/container-tags/{containerTag}: path parameters of a valid call
({
  containerTag: "user_123",
}) satisfies NonNullable<paths["/v3/container-tags/{containerTag}"]["get"]["parameters"]["path"]>;

// DELETE /v3/container-tags/{containerTag}: path parameters of a valid call
({
  containerTag: "user_123",
}) satisfies NonNullable<paths["/v3/container-tags/{containerTag}"]["delete"]["parameters"]["path"]>;

// PATCH /v3/container-tags/{containerTag}: path parameters of a valid call
({
  containerTag: "user_123",
}) satisfies NonNullable<paths["/v3/container-tags/{containerTag}"]["patch"]["parameters"]["path"]>;

// PATCH /v3/container-tags/{containerTag}: request example rename
({
  name: "Research Notes",
  entityContext: "This project contains research papers about machine learning.",
}) satisfies NonNullable<paths["/v3/container-tags/{containerTag}"]["patch"]["requestBody"]>["content"]["application/json"];

// POST /v3/container-tags/merge: request example merge
({
  containerTags: [
    "user_123_old",
    "user_123_mobile",
  ],
  targetContainerTag: "user_123",
}) satisfies NonNullable<paths["/v3/container-tags/merge"]["post"]["requestBody"]>["content"]["application/json"];

// GET /v3/container-tags/merge/{mergeId}: path parameters of a valid call
({
  mergeId: "merge_7Hk2Lp9QwErT",
}) satisfies NonNullable<paths["/v3/container-tags/merge/{mergeId}"]["get"]["parameters"]["path"]>;

// POST /v4/memories: request example one-memory
({
  containerTag: "user_123",
  memories: [
    {
      content: "John prefers dark mode",
      isStatic: false,
    },
  ],
}) satisfies NonNullable<paths["/v4/memories"]["post"]["requestBody"]>["content"]["application/json"];

// DELETE /v4/memories: request example by-id
({
  id: "mem_abc123",
  containerTag: "user_123",
  reason: "outdated information",
}) satisfies NonNullable<paths["/v4/memories"]["delete"]["requestBody"]>["content"]["application/json"];

// PATCH /v4/memories: request example new-content
({
  id: "mem_abc123",
  containerTag: "user_123",
  newContent: "John now prefers light mode",
}) satisfies NonNullable<paths["/v4/memories"]["patch"]["requestBody"]>["content"]["application/json"];

// POST /v4/memories/forget-matching: request example dry-run
({
  containerTag: "user_123",
  query: "forget everything about Project Titan",
  dryRun: true,
  threshold: 0.5,
  maxForget: 100,
  reason: "project cancelled",
}) satisfies NonNullable<paths["/v4/memories/forget-matching"]["post"]["requestBody"]>["content"]["application/json"];

// POST /v4/memories/list: request example first-page
({
  containerTags: [
    "user_123",
  ],
  limit: 10,
  page: 1,
  order: "desc",
  sort: "createdAt",
}) satisfies NonNullable<paths["/v4/memories/list"]["post"]["requestBody"]>["content"]["application/json"];

// POST /v4/profile: request example one-user
({
  containerTag: "user_123",
}) satisfies NonNullable<paths["/v4/profile"]["post"]["requestBody"]>["content"]["application/json"];

// POST /v4/profile/buckets: request example one-user
({
  containerTag: "user_123",
}) satisfies NonNullable<paths["/v4/profile/buckets"]["post"]["requestBody"]>["content"]["application/json"];

// POST /v4/search: request example hybrid
({
  q: "gift ideas for a VP promotion after a Tokyo offsite",
  containerTag: "user_123",
  searchMode: "hybrid",
  limit: 5,
  include: {
    relatedMemories: true,
  },
}) satisfies NonNullable<paths["/v4/search"]["post"]["requestBody"]>["content"]["application/json"];

// POST /v4/conversations: request example one-turn
({
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
}) satisfies NonNullable<paths["/v4/conversations"]["post"]["requestBody"]>["content"]["application/json"];

// POST /v3/connections/list: request example by-container-tag
({
  containerTags: [
    "user_123",
  ],
}) satisfies NonNullable<paths["/v3/connections/list"]["post"]["requestBody"]>["content"]["application/json"];

// POST /v3/connections/list: 200 example by-container-tag
([
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
]) satisfies paths["/v3/connections/list"]["post"]["responses"][200]["content"]["application/json"];

// POST /v3/connections/{provider}: path parameters of a valid call
({
  provider: "notion",
}) satisfies NonNullable<paths["/v3/connections/{provider}"]["post"]["parameters"]["path"]>;

// POST /v3/connections/{provider}: request example notion
({
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
}) satisfies NonNullable<paths["/v3/connections/{provider}"]["post"]["requestBody"]>["content"]["application/json"];

// POST /v3/connections/{provider}: request example web-crawler
({
  containerTag: "user_123",
  metadata: {
    startUrl: "https://docs.example.com",
  },
  documentLimit: 1000,
}) satisfies NonNullable<paths["/v3/connections/{provider}"]["post"]["requestBody"]>["content"]["application/json"];

// POST /v3/connections/{provider}: 200 example notion
({
  id: "conn_8f2kQ1xZt7LmVb3R",
  authLink: "https://api.notion.com/v1/oauth/authorize?client_id=4c9d2e61-7a3b-4f05-8e1d-b2c6f9a0d378&response_type=code&owner=user&redirect_uri=https%3A%2F%2Fapi.supermemory.ai%2Fv3%2Fconnections%2Fauth%2Fcallback%2Fnotion&state=conn_8f2kQ1xZt7LmVb3R",
  expiresIn: "1 hour",
  redirectsTo: "https://app.example.com/integrations/notion/callback",
}) satisfies paths["/v3/connections/{provider}"]["post"]["responses"][200]["content"]["application/json"];

// POST /v3/connections/{provider}: 200 example web-crawler
({
  id: "conn_Wc4nP9sJd2HyEo6T",
  authLink: null,
  expiresIn: null,
}) satisfies paths["/v3/connections/{provider}"]["post"]["responses"][200]["content"]["application/json"];

// POST /v3/connections/{provider}: 401 example unauthorized
({
  error: "Unauthorized",
  details: "Invalid API key",
}) satisfies paths["/v3/connections/{provider}"]["post"]["responses"][401]["content"]["application/json"];

// DELETE /v3/connections/{provider}: path parameters of a valid call
({
  provider: "notion",
}) satisfies NonNullable<paths["/v3/connections/{provider}"]["delete"]["parameters"]["path"]>;

// DELETE /v3/connections/{provider}: request example by-container-tag
({
  containerTags: [
    "user_123",
  ],
}) satisfies NonNullable<paths["/v3/connections/{provider}"]["delete"]["requestBody"]>["content"]["application/json"];

// DELETE /v3/connections/{provider}: 200 example by-container-tag
({
  id: "conn_8f2kQ1xZt7LmVb3R",
  provider: "notion",
}) satisfies paths["/v3/connections/{provider}"]["delete"]["responses"][200]["content"]["application/json"];

// GET /v3/connections/{connectionId}/resources: path parameters of a valid call
({
  connectionId: "conn_Gh3bR8yTn5KwQs1D",
}) satisfies NonNullable<paths["/v3/connections/{connectionId}/resources"]["get"]["parameters"]["path"]>;

// GET /v3/connections/{connectionId}/resources: 200 example github
({
  resources: [
    {
      id: 812345678,
      name: "docs",
      full_name: "acme/docs",
      private: false,
    },
  ],
  total_count: 1,
}) satisfies paths["/v3/connections/{connectionId}/resources"]["get"]["responses"][200]["content"]["application/json"];

// POST /v3/connections/{connectionId}/configure: path parameters of a valid call
({
  connectionId: "conn_Gh3bR8yTn5KwQs1D",
}) satisfies NonNullable<paths["/v3/connections/{connectionId}/configure"]["post"]["parameters"]["path"]>;

// POST /v3/connections/{connectionId}/configure: request example github
({
  resources: [
    {
      id: 812345678,
      name: "docs",
      full_name: "acme/docs",
    },
  ],
}) satisfies NonNullable<paths["/v3/connections/{connectionId}/configure"]["post"]["requestBody"]>["content"]["application/json"];

// POST /v3/connections/{connectionId}/configure: 200 example github
({
  success: true,
  message: "Resources configured successfully",
  webhooksRegistered: 1,
}) satisfies paths["/v3/connections/{connectionId}/configure"]["post"]["responses"][200]["content"]["application/json"];

// GET /v3/connections/{connectionId}: path parameters of a valid call
({
  connectionId: "conn_8f2kQ1xZt7LmVb3R",
}) satisfies NonNullable<paths["/v3/connections/{connectionId}"]["get"]["parameters"]["path"]>;

// GET /v3/connections/{connectionId}: 200 example notion
({
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
}) satisfies paths["/v3/connections/{connectionId}"]["get"]["responses"][200]["content"]["application/json"];

// GET /v3/connections/{connectionId}: 404 example not-found
({
  error: "Connection not found",
}) satisfies paths["/v3/connections/{connectionId}"]["get"]["responses"][404]["content"]["application/json"];

// DELETE /v3/connections/{connectionId}: path parameters of a valid call
({
  connectionId: "conn_8f2kQ1xZt7LmVb3R",
}) satisfies NonNullable<paths["/v3/connections/{connectionId}"]["delete"]["parameters"]["path"]>;

// DELETE /v3/connections/{connectionId}: 200 example deleted
({
  id: "conn_8f2kQ1xZt7LmVb3R",
  provider: "notion",
}) satisfies paths["/v3/connections/{connectionId}"]["delete"]["responses"][200]["content"]["application/json"];

// POST /v3/connections/{provider}/connection: path parameters of a valid call
({
  provider: "notion",
}) satisfies NonNullable<paths["/v3/connections/{provider}/connection"]["post"]["parameters"]["path"]>;

// POST /v3/connections/{provider}/connection: request example by-container-tag
({
  containerTags: [
    "user_123",
  ],
}) satisfies NonNullable<paths["/v3/connections/{provider}/connection"]["post"]["requestBody"]>["content"]["application/json"];

// POST /v3/connections/{provider}/connection: 200 example by-container-tag
({
  id: "conn_8f2kQ1xZt7LmVb3R",
  provider: "notion",
  createdAt: "2026-11-30T09:12:44.000Z",
  documentLimit: 5000,
  email: "ada@example.com",
  metadata: {
    source: "onboarding",
    plan: "pro",
  },
}) satisfies paths["/v3/connections/{provider}/connection"]["post"]["responses"][200]["content"]["application/json"];

// POST /v3/connections/{provider}/documents: path parameters of a valid call
({
  provider: "notion",
}) satisfies NonNullable<paths["/v3/connections/{provider}/documents"]["post"]["parameters"]["path"]>;

// POST /v3/connections/{provider}/documents: request example by-container-tag
({
  containerTags: [
    "user_123",
  ],
}) satisfies NonNullable<paths["/v3/connections/{provider}/documents"]["post"]["requestBody"]>["content"]["application/json"];

// POST /v3/connections/{provider}/documents: 200 example by-container-tag
([
  {
    id: "doc_Qm7rT2vXk9LpNa4B",
    title: "Onboarding checklist",
    summary: "Steps for a new team member's first week.",
    type: "notion_doc",
    status: "done",
    createdAt: "2026-12-01T03:01:10.000Z",
    updatedAt: "2026-12-01T03:02:45.000Z",
  },
]) satisfies paths["/v3/connections/{provider}/documents"]["post"]["responses"][200]["content"]["application/json"];

// POST /v3/connections/{provider}/import: path parameters of a valid call
({
  provider: "notion",
}) satisfies NonNullable<paths["/v3/connections/{provider}/import"]["post"]["parameters"]["path"]>;

// POST /v3/connections/{provider}/import: request example by-container-tag
({
  containerTags: [
    "user_123",
  ],
}) satisfies NonNullable<paths["/v3/connections/{provider}/import"]["post"]["requestBody"]>["content"]["application/json"];
