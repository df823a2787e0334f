// Generated from specs/supermemory.yaml by scripts/generate; do not edit (change the document or the generator).
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
