// Proves buildVendorModel derives names, auth (in the document's order, with its env names) and
// header options from a document and its sidecar; and that typeNameOf always gives an identifier.

import { createHash } from "node:crypto";
import type { Json } from "@patchbay/common/json";
import type { Sidecar } from "@patchbay/openapi/sidecar";
import { describe, expect, it } from "vitest";
import { buildVendorModel, typeNameOf, type VendorModel } from "./vendor-model.ts";

const ok = { "200": { description: "OK" } };

function modelOf(doc: Json, sidecar: Sidecar = {}, name = "acme"): VendorModel {
  const document: Json = {
    openapi: "3.0.3",
    info: { title: "Acme API", version: "2.1.0" },
    servers: [{ url: "https://api.acme.example/v1/" }],
    paths: { "/things": { get: { operationId: "listThings", responses: ok } } },
    ...doc,
  };
  const bytes = Buffer.from(JSON.stringify(document));
  return buildVendorModel({ name, specFile: `specs/${name}.yaml`, bytes, document, sidecar });
}

describe("buildVendorModel: names", () => {
  it("derives package, type, display names and the env prefix from the vendor name and title", () => {
    const model = modelOf({}, {}, "acme-cloud");
    expect(model).toMatchObject({
      name: "acme-cloud",
      packageName: "@patchbay/acme-cloud",
      typeName: "AcmeCloud",
      displayName: "Acme",
      envPrefix: "ACME_CLOUD",
      title: "Acme API",
      specVersion: "2.1.0",
      specFile: "specs/acme-cloud.yaml",
      defaultBaseUrl: "https://api.acme.example/v1",
      description: "Typed client for the Acme API, generated from its OpenAPI document.",
    });
  });

  it("lets the sidecar name the vendor, its env prefix and its description", () => {
    const model = modelOf(
      {},
      { displayName: "Acme Cloud", envPrefix: "ACMECLOUD", description: "Acme's client." },
    );
    expect(model).toMatchObject({
      typeName: "AcmeCloud",
      displayName: "Acme Cloud",
      envPrefix: "ACMECLOUD",
      description: "Acme's client.",
    });
  });

  it("hashes the document's bytes and fills server variables", () => {
    const doc = {
      servers: [{ url: "https://{region}.acme.example", variables: { region: { default: "eu" } } }],
    };
    const model = modelOf(doc);
    expect(model.defaultBaseUrl).toBe("https://eu.acme.example");
    const bytes = JSON.stringify({
      openapi: "3.0.3",
      info: { title: "Acme API", version: "2.1.0" },
      servers: doc.servers,
      paths: { "/things": { get: { operationId: "listThings", responses: ok } } },
    });
    expect(model.specSha256).toBe(createHash("sha256").update(bytes).digest("hex"));
  });

  it("lists every operation; with no connections declared, the README example is the document's first operation", () => {
    const model = modelOf({
      paths: {
        "/things": {
          get: { operationId: "listThings", summary: "List", responses: ok },
          post: {
            operationId: "createThing",
            deprecated: true,
            requestBody: { content: { "application/json": { example: { name: "a" } } } },
            responses: ok,
          },
        },
      },
    });
    expect(model.operations).toEqual([
      {
        method: "GET",
        path: "/things",
        operationId: "listThings",
        summary: "List",
        deprecated: false,
      },
      {
        method: "POST",
        path: "/things",
        operationId: "createThing",
        summary: undefined,
        deprecated: true,
      },
    ]);
    expect(model.example).toMatchObject({ method: "GET", path: "/things" });
  });

  it("takes the README example from the create operation the sidecar names, wherever it stands", () => {
    const doc = {
      paths: {
        "/things/{id}/archive": { post: { operationId: "archiveThing", responses: ok } },
        "/things": {
          post: {
            operationId: "createThing",
            requestBody: { content: { "application/json": { example: { name: "a" } } } },
            responses: {
              "201": {
                description: "ok",
                content: {
                  "application/json": {
                    schema: { type: "object", properties: { id: { type: "string" } } },
                  },
                },
              },
            },
          },
        },
      },
    };
    const model = modelOf(doc, {
      connections: { create: "createThing", start: { connectionId: "/id", status: "connected" } },
    });
    expect(model.connections?.create).toEqual({
      operationId: "createThing",
      method: "post",
      path: "/things",
    });
    expect(model.example).toMatchObject({
      method: "POST",
      path: "/things",
      call: { body: { name: "a" } },
    });
  });

  it("refuses a connections mapping whose pointer the create answer's schema lacks", () => {
    const doc = {
      paths: {
        "/things": {
          post: {
            operationId: "createThing",
            responses: {
              "201": {
                description: "ok",
                content: {
                  "application/json": {
                    schema: { type: "object", properties: { id: { type: "string" } } },
                  },
                },
              },
            },
          },
        },
      },
    };
    expect(() =>
      modelOf(doc, {
        connections: {
          create: "createThing",
          start: { connectionId: "/uid", status: "connected" },
        },
      }),
    ).toThrow(
      /#\/connections\/start\/connectionId\) reads \/uid, which the create operation's 2xx response schema does not have/,
    );
    expect(() =>
      modelOf(doc, { connections: { create: "makeThing", start: { status: "connected" } } }),
    ).toThrow(/names operationId "makeThing", which the document does not have/);
  });
});

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
      { type: "apiKey", in: "header", name: "X-Acme-Key", option: "apiKey", env: "ACME_API_KEY" },
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

describe("typeNameOf", () => {
  it.each([
    ["acme", "Acme"],
    ["agent stack", "AgentStack"],
    ["agent-stack", "AgentStack"],
    ["agent_stack.v2", "AgentStackV2"],
    ["Datagrid", "Datagrid"],
    ["supermemory", "Supermemory"],
    ["3d-printer", "Vendor3dPrinter"],
    ["", "Vendor"],
    ["Ünïcode Cörp", "NCodeCRp"],
  ])("%j → %s", (text, expected) => {
    expect(typeNameOf(text)).toBe(expected);
  });

  it("always returns a valid identifier", () => {
    for (const text of ["", " ", "---", "123", "class", "Ω", "日本語", "a.b-c d_e", "$x", "x$y"]) {
      expect(typeNameOf(text), JSON.stringify(text)).toMatch(/^[A-Za-z][A-Za-z0-9]*$/);
    }
  });
});
