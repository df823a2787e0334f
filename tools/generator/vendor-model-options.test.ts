// Proves buildVendorModel derives the client's options from a document and its sidecar: auth (in
// the document's order, with its env names) and the sidecar's header options.

import type { Json } from "@patchbay/common/json";
import type { Sidecar } from "@patchbay/openapi/sidecar";
import { describe, expect, it } from "vitest";
import { modelOf, ok } from "./vendor-model.fixture.ts";

describe("buildVendorModel: auth", () => {
  const schemes = {
    bearerAuth: { type: "http", scheme: "bearer" },
    basicAuth: { type: "http", scheme: "basic" },
    tokenAuth: { type: "http", scheme: "Bearer" },
    headerKey: { type: "apiKey", in: "header", name: "X-Acme-Key" },
    oauth: { type: "oauth2", flows: {} },
    unused: { type: "http", scheme: "bearer" },
  };

  it("bearer → apiKey / <PREFIX>_API_KEY; basic → username, password / <PREFIX>_USERNAME, _PASSWORD", () => {
    const model = modelOf({
      components: { securitySchemes: schemes },
      security: [{ bearerAuth: [] }, { basicAuth: [] }],
    });
    expect(model.auth).toEqual([
      { type: "bearer", option: "apiKey", env: "ACME_API_KEY" },
      {
        type: "basic",
        usernameOption: "username",
        passwordOption: "password",
        usernameEnv: "ACME_USERNAME",
        passwordEnv: "ACME_PASSWORD",
      },
    ]);
  });

  it("follows the document's order: top-level security first, then operations'; unused schemes are left out", () => {
    const model = modelOf({
      components: { securitySchemes: schemes },
      security: [{ basicAuth: [] }],
      paths: {
        "/things": {
          get: { security: [{ oauth: [] }, { basicAuth: [] }], responses: ok },
          post: { security: [{ headerKey: [], bearerAuth: [] }], responses: ok },
        },
      },
    });
    expect(model.auth.map((scheme) => scheme.type)).toEqual([
      "basic",
      "bearer",
      "apiKey",
      "bearer",
    ]);
    expect(model.auth.slice(1)).toEqual([
      { type: "bearer", option: "accessToken", env: "ACME_ACCESS_TOKEN" },
      // sent only together with bearerAuth: named after its scheme, not "the" apiKey
      {
        type: "apiKey",
        in: "header",
        name: "X-Acme-Key",
        option: "headerKey",
        env: "ACME_HEADER_KEY",
      },
      { type: "bearer", option: "bearerAuth", env: "ACME_BEARER_AUTH" },
    ]);
  });

  it("gives a second credential of the same kind an option named after its scheme", () => {
    const model = modelOf({
      components: { securitySchemes: schemes },
      security: [{ bearerAuth: [] }, { tokenAuth: [] }],
    });
    expect(model.auth).toEqual([
      { type: "bearer", option: "apiKey", env: "ACME_API_KEY" },
      { type: "bearer", option: "tokenAuth", env: "ACME_TOKEN_AUTH" },
    ]);
  });

  it("uses the sidecar's env prefix in env names, and none when the document has no security", () => {
    const model = modelOf(
      { components: { securitySchemes: schemes }, security: [{ bearerAuth: [] }] },
      { envPrefix: "ACME_CO" },
    );
    expect(model.auth).toEqual([{ type: "bearer", option: "apiKey", env: "ACME_CO_API_KEY" }]);
    expect(modelOf({ components: { securitySchemes: schemes } }).auth).toEqual([]);
  });
});

describe("buildVendorModel: headers", () => {
  const withHeaders = (parameters: Json[], pathParameters: Json[] = []) => ({
    paths: { "/things": { parameters: pathParameters, get: { parameters, responses: ok } } },
    components: {
      parameters: {
        Version: {
          name: "Acme-Version",
          in: "header",
          required: true,
          description: "API version.",
          schema: { $ref: "#/components/schemas/Version" },
        },
      },
      schemas: { Version: { type: "string", default: "2024-06-01" } },
    },
  });

  it("leaves the document's header parameters, required or not, to each call: none becomes a client option", () => {
    const model = modelOf(
      withHeaders(
        [
          { $ref: "#/components/parameters/Version" },
          { name: "X-Trace-Id", in: "header", required: true, schema: { type: "string" } },
          { name: "Idempotency-Key", in: "header", required: false, schema: { type: "string" } },
          { name: "limit", in: "query", required: true, schema: { type: "integer" } },
        ],
        [{ name: "acme-version", in: "header", required: true, schema: { type: "string" } }],
      ),
    );
    expect(model.headers).toEqual([]);
    const fromRef = modelOf(withHeaders([{ $ref: "#/components/parameters/Version" }]));
    expect(fromRef.headers).toEqual([]);
  });

  it("lets the sidecar's headers win over the document's, matching names case-insensitively", () => {
    const sidecar: Sidecar = {
      headers: [
        {
          header: "ACME-VERSION",
          option: "version",
          default: "2025-01-01",
          description: "Pinned.",
        },
      ],
    };
    const model = modelOf(withHeaders([{ $ref: "#/components/parameters/Version" }]), sidecar);
    expect(model.headers).toEqual([
      { header: "ACME-VERSION", option: "version", default: "2025-01-01", description: "Pinned." },
    ]);
    // The sidecar's entry is copied, not shared.
    expect(model.headers[0]).not.toBe(sidecar.headers?.[0]);
  });

  it("keeps sidecar headers the document does not mention", () => {
    const model = modelOf(
      {},
      { headers: [{ header: "Acme-Team", option: "team", env: "ACME_TEAM_ID" }] },
    );
    expect(model.headers).toEqual([{ header: "Acme-Team", option: "team", env: "ACME_TEAM_ID" }]);
  });
});
