// Generated from specs/polytomic.yaml by scripts/generate; do not edit (change the document or the generator).
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

// POST /api/connections/connect: header parameters of a valid call
example<NonNullable<paths["/api/connections/connect"]["post"]["parameters"]["header"]>>()({
  "X-Polytomic-Version": "2025-09-18",
});

// POST /api/connections/connect: request example salesforce
example<NonNullable<paths["/api/connections/connect"]["post"]["requestBody"]>["content"]["application/json"]>()({
  name: "Salesforce Connection",
  redirect_url: "https://app.example.com/integrations/polytomic/done",
  whitelist: [
    "salesforce",
  ],
});

// POST /api/connections/connect: request example update-existing
example<NonNullable<paths["/api/connections/connect"]["post"]["requestBody"]>["content"]["application/json"]>()({
  name: "Acme HubSpot",
  redirect_url: "https://app.example.com/integrations/polytomic/done",
  connection: "1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed",
  organization_id: "4f8e2a1c-6d3b-4e9a-8c7f-0a2b5d9e1f36",
  dark: true,
});

// POST /api/connections/connect: 200 example salesforce
example<paths["/api/connections/connect"]["post"]["responses"][200]["content"]["application/json"]>()({
  data: {
    redirect_url: "https://app.polytomic.com/connect?type=salesforce&token=3f9c1e7a5b2d4c8e9a0f6b1d2e3c4a5b",
    token: "3f9c1e7a5b2d4c8e9a0f6b1d2e3c4a5b",
  },
});

// POST /api/connections/connect: 401 example unauthorized
example<paths["/api/connections/connect"]["post"]["responses"][401]["content"]["application/json"]>()({
  status: "Unauthorized",
  error: "invalid API key",
  code: 401,
});

// POST /api/connections/connect: 403 example forbidden
example<paths["/api/connections/connect"]["post"]["responses"][403]["content"]["application/json"]>()({
  status: 403,
  message: "forbidden",
});

// POST /api/connections/connect: 422 example invalid-body
example<paths["/api/connections/connect"]["post"]["responses"][422]["content"]["application/json"]>()({
  status: 422,
  message: "validation failed: redirect_url is required",
  metadata: {
    redirect_url: "required",
  },
});

// POST /api/connections/connect: 500 example internal-error
example<paths["/api/connections/connect"]["post"]["responses"][500]["content"]["application/json"]>()({
  status: 500,
  message: "internal server error",
});
