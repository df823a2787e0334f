// Generated from specs/stripe.json by tools/generator; do not edit (change the document or the generator).
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

// POST /v1/account_links: request (application/x-www-form-urlencoded) example onboarding
example<NonNullable<paths["/v1/account_links"]["post"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]>()({
  account: "acct_1Nv0FGQ9RKHgCVdK",
  type: "account_onboarding",
  refresh_url: "https://app.example.com/stripe/reauth",
  return_url: "https://app.example.com/stripe/return",
});

// POST /v1/account_links: 200 example onboarding
example<paths["/v1/account_links"]["post"]["responses"][200]["content"]["application/json"]>()({
  object: "account_link",
  created: 1695830800,
  expires_at: 1695831100,
  url: "https://connect.stripe.com/setup/e/acct_1Nv0FGQ9RKHgCVdK/AbCdEfGhIjKl",
});

// GET /v1/accounts: 200 example one-page
example<paths["/v1/accounts"]["get"]["responses"][200]["content"]["application/json"]>()({
  object: "list",
  url: "/v1/accounts",
  has_more: false,
  data: [
    {
      id: "acct_1Nv0FGQ9RKHgCVdK",
      object: "account",
      type: "express",
      country: "US",
      email: "jenny.rosen@example.com",
      created: 1695830751,
      default_currency: "usd",
      business_profile: {
        name: "Rosen Ceramics",
        url: "https://ceramics.example.com",
      },
      charges_enabled: true,
      payouts_enabled: true,
      details_submitted: true,
      requirements: {
        alternatives: [],
        current_deadline: null,
        currently_due: [],
        disabled_reason: null,
        errors: [],
        eventually_due: [],
        past_due: [],
        pending_verification: [],
      },
    },
  ],
});

// POST /v1/accounts: request (application/x-www-form-urlencoded) example express
example<NonNullable<paths["/v1/accounts"]["post"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]>()({
  type: "express",
  country: "US",
  email: "jenny.rosen@example.com",
});

// POST /v1/accounts: 200 example before-onboarding
example<paths["/v1/accounts"]["post"]["responses"][200]["content"]["application/json"]>()({
  id: "acct_1Nv0FGQ9RKHgCVdK",
  object: "account",
  type: "express",
  country: "US",
  email: "jenny.rosen@example.com",
  created: 1695830751,
  default_currency: "usd",
  business_profile: {
    name: null,
    url: null,
  },
  charges_enabled: false,
  payouts_enabled: false,
  details_submitted: false,
  requirements: {
    alternatives: [],
    current_deadline: null,
    currently_due: [
      "business_profile.url",
      "external_account",
      "tos_acceptance.date",
      "tos_acceptance.ip",
    ],
    disabled_reason: "requirements.past_due",
    errors: [],
    eventually_due: [
      "business_profile.url",
      "external_account",
      "tos_acceptance.date",
      "tos_acceptance.ip",
    ],
    past_due: [
      "business_profile.url",
      "external_account",
      "tos_acceptance.date",
      "tos_acceptance.ip",
    ],
    pending_verification: [],
  },
});

// GET /v1/accounts/{account}: path parameters of a valid call
example<NonNullable<paths["/v1/accounts/{account}"]["get"]["parameters"]["path"]>>()({
  account: "acct_1Nv0FGQ9RKHgCVdK",
});

// GET /v1/accounts/{account}: 200 example onboarded
example<paths["/v1/accounts/{account}"]["get"]["responses"][200]["content"]["application/json"]>()({
  id: "acct_1Nv0FGQ9RKHgCVdK",
  object: "account",
  type: "express",
  country: "US",
  email: "jenny.rosen@example.com",
  created: 1695830751,
  default_currency: "usd",
  business_profile: {
    name: "Rosen Ceramics",
    url: "https://ceramics.example.com",
  },
  charges_enabled: true,
  payouts_enabled: true,
  details_submitted: true,
  requirements: {
    alternatives: [],
    current_deadline: null,
    currently_due: [],
    disabled_reason: null,
    errors: [],
    eventually_due: [],
    past_due: [],
    pending_verification: [],
  },
});

// DELETE /v1/accounts/{account}: path parameters of a valid call
example<NonNullable<paths["/v1/accounts/{account}"]["delete"]["parameters"]["path"]>>()({
  account: "acct_1Nv0FGQ9RKHgCVdK",
});

// DELETE /v1/accounts/{account}: 200 example deleted
example<paths["/v1/accounts/{account}"]["delete"]["responses"][200]["content"]["application/json"]>()({
  id: "acct_1Nv0FGQ9RKHgCVdK",
  object: "account",
  deleted: true,
});
