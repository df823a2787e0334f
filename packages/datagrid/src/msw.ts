// Generated from specs/datagrid.yaml by tools/generator; do not edit (change the document or the generator).
import { createMocks, type VendorMocks } from "@patchbay/runtime/msw";
import type { paths } from "./schema.js";

export type {
  Answer,
  AnswerInfo,
  AnswerOrResolver,
  HandlerOptions,
  MockBody,
  VendorMocks,
} from "@patchbay/runtime/msw";

/**
 * MSW 2.x mocks of Datagrid's API: every operation of specs/datagrid.yaml, matching `https://api.datagrid.com/v1`, the document's first server, unless `baseUrl` is given.
 * `mock.GET("/path", answer)` (and `POST`, `PUT`, `PATCH`, `DELETE`…) makes one handler whose
 * answer is typed by the operation: `{ status, body }`, `{ error: 404 }`, `{ rateLimited: { retryAfter: 1 } }`.
 */
export const mock: VendorMocks<paths> = createMocks<paths>(
  { vendor: "datagrid", data: "{\"operations\":[{\"method\":\"get\",\"path\":\"/connections\",\"success\":200,\"answers\":{\"200\":{\"type\":\"application/json\",\"body\":0},\"401\":{\"type\":\"application/json\",\"body\":1},\"429\":{\"type\":\"application/json\",\"body\":2}}},{\"method\":\"post\",\"path\":\"/connections\",\"success\":200,\"answers\":{\"200\":{\"type\":\"application/json\",\"body\":3},\"429\":{\"type\":\"application/json\",\"body\":4}}},{\"method\":\"get\",\"path\":\"/connections/{connection_id}\",\"success\":200,\"answers\":{\"200\":{\"type\":\"application/json\",\"body\":5},\"401\":{\"type\":\"application/json\",\"body\":1},\"404\":{\"type\":\"application/json\",\"body\":1},\"429\":{\"type\":\"application/json\",\"body\":2}}},{\"method\":\"delete\",\"path\":\"/connections/{connection_id}\",\"success\":204,\"answers\":{\"204\":{},\"401\":{\"type\":\"application/json\",\"body\":1},\"404\":{\"type\":\"application/json\",\"body\":1},\"429\":{\"type\":\"application/json\",\"body\":2}}},{\"method\":\"patch\",\"path\":\"/connections/{connection_id}\",\"success\":200,\"answers\":{\"200\":{\"type\":\"application/json\",\"body\":6},\"401\":{\"type\":\"application/json\",\"body\":1},\"404\":{\"type\":\"application/json\",\"body\":1},\"429\":{\"type\":\"application/json\",\"body\":2}}}],\"bodies\":[{\"data\":[{\"object\":\"connection\",\"id\":\"3f6c1d2e-8a4b-4c7d-9e0f-1a2b3c4d5e6f\",\"name\":\"Google Drive (ada@example.com)\",\"connector_id\":\"google_drive\",\"teamspace_id\":\"5b8e2a91-0c3d-4f6e-a7b8-9c0d1e2f3a4b\",\"valid\":true,\"created_at\":\"2026-11-30T09:12:44.000Z\",\"updated_at\":\"2026-11-30T09:12:44.000Z\"},{\"object\":\"connection\",\"id\":\"7a9b0c1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d\",\"name\":\"HubSpot (Acme sales)\",\"connector_id\":\"hubspot\",\"teamspace_id\":\"5b8e2a91-0c3d-4f6e-a7b8-9c0d1e2f3a4b\",\"valid\":false,\"created_at\":\"2026-10-02T14:03:10.000Z\",\"updated_at\":\"2026-11-28T08:45:00.000Z\"}]},{},{\"status_code\":429,\"error\":\"rate_limit_exceeded\",\"message\":\"Rate limit exceeded for this endpoint.\",\"mitigation\":\"Wait for the number of seconds in the Retry-After header, then retry the request.\",\"retryable\":true,\"details\":{\"reason\":\"This teamspace made 60 requests to this endpoint in the last 60 seconds (limit 60).\"}},{\"object\":\"redirect_url\",\"redirect_url\":\"https://accounts.google.com/o/oauth2/v2/auth?response_type=code&access_type=offline&redirect_uri=https%3A%2F%2Fapi.datagrid.com%2Fv1%2Fconnections%2Fcallback&state=9f8e7d6c5b4a\"},{\"status_code\":429,\"error\":\"rate_limit_exceeded\",\"message\":\"Rate limit exceeded for POST /connections.\",\"mitigation\":\"Wait for the number of seconds in the Retry-After header, then retry the request.\",\"retryable\":true,\"details\":{\"reason\":\"This teamspace made 60 requests to POST /connections in the last 60 seconds (limit 60).\"}},{\"object\":\"connection\",\"id\":\"3f6c1d2e-8a4b-4c7d-9e0f-1a2b3c4d5e6f\",\"name\":\"Google Drive (ada@example.com)\",\"connector_id\":\"google_drive\",\"teamspace_id\":\"5b8e2a91-0c3d-4f6e-a7b8-9c0d1e2f3a4b\",\"valid\":true,\"created_at\":\"2026-11-30T09:12:44.000Z\",\"updated_at\":\"2026-11-30T09:12:44.000Z\"},{\"object\":\"connection\",\"id\":\"3f6c1d2e-8a4b-4c7d-9e0f-1a2b3c4d5e6f\",\"name\":\"Team drive\",\"connector_id\":\"google_drive\",\"teamspace_id\":\"5b8e2a91-0c3d-4f6e-a7b8-9c0d1e2f3a4b\",\"valid\":true,\"created_at\":\"2026-11-30T09:12:44.000Z\",\"updated_at\":\"2026-12-02T10:20:00.000Z\"}]}" },
  { baseUrl: "https://api.datagrid.com/v1" },
);

/** One handler per operation, each answering its default success: `setupServer(...handlers())`. */
export const handlers = (options?: { baseUrl?: string }) => mock.handlers(options);
