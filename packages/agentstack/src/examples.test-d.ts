// Generated from specs/agentstack.yaml by scripts/generate; do not edit (change the document or the generator).
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

// POST /api/v1/connectors: request example oauth-server
example<NonNullable<paths["/api/v1/connectors"]["post"]["requestBody"]>["content"]["application/json"]>()({
  url: "https://mcp.example.com/mcp",
  match_preset: true,
});

// POST /api/v1/connectors: request example with-client-credentials
example<NonNullable<paths["/api/v1/connectors"]["post"]["requestBody"]>["content"]["application/json"]>()({
  url: "https://mcp.example.com/mcp",
  client_id: "agentstack-prod",
  client_secret: "example-client-secret-4f9a",
  metadata: {
    team: "research",
    environment: "production",
  },
  match_preset: false,
});

// POST /api/v1/connectors: 201 example auth_required
example<paths["/api/v1/connectors"]["post"]["responses"][201]["content"]["application/json"]>()({
  id: "0b7e4c2a-9f13-4d58-a6e1-3c8d2f5b7a90",
  url: "https://mcp.example.com/mcp",
  state: "auth_required",
  auth_request: {
    authorization_endpoint: "https://auth.example.com/oauth/authorize?response_type=code&client_id=agentstack&redirect_uri=http%3A%2F%2Flocalhost%3A8333%2Fapi%2Fv1%2Fconnectors%2Foauth%2Fcallback&state=s7Kq2mX9&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256",
    type: "code",
  },
  disconnect_reason: null,
  metadata: {},
  created_at: "2025-11-07T05:31:56Z",
  updated_at: "2025-11-07T05:31:57Z",
  created_by: "5d2a9e71-3c4b-4f86-b0d1-8e6f7a2c9b13",
});

// POST /api/v1/connectors: 201 example connected
example<paths["/api/v1/connectors"]["post"]["responses"][201]["content"]["application/json"]>()({
  id: "6f1d3b8e-2a47-4c95-8e0b-9d4c7a1f2e63",
  url: "https://mcp.example.com/mcp",
  state: "connected",
  auth_request: null,
  disconnect_reason: null,
  metadata: {
    team: "research",
  },
  created_at: "2025-11-07T05:40:12Z",
  updated_at: "2025-11-07T05:40:13Z",
  created_by: "5d2a9e71-3c4b-4f86-b0d1-8e6f7a2c9b13",
});

// POST /api/v1/connectors: 400 example secret-without-client-id
example<paths["/api/v1/connectors"]["post"]["responses"][400]["content"]["application/json"]>()({
  detail: "client_secret cannot be provided without client_id",
});

// POST /api/v1/connectors: 422 example invalid-url
example<paths["/api/v1/connectors"]["post"]["responses"][422]["content"]["application/json"]>()({
  detail: [
    {
      loc: [
        "body",
        "url",
      ],
      msg: "Input should be a valid URL, relative URL without a base",
      type: "url_parsing",
    },
  ],
});
