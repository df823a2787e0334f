// Generated from specs/datagrid.yaml by scripts/generate; do not edit (change the document or the generator).
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
