// Proves validateDocument accepts what patchbay can generate from and reports, with pointer and
// line, every problem that would otherwise make broken code or a misleading client: versions here,
// structure by Redocly (messages are Redocly's; file, line and pointer are patchbay's).

import type { Json } from "@patchbay/common/json";
import { describe, expect, it } from "vitest";
import { at, documentWith, findingsOf, problemsOf } from "./validate-document.fixture.ts";
import { absoluteBaseUrl, serverUrl } from "./validate-document.ts";

describe("validateDocument", () => {
  it("accepts a complete OpenAPI 3.0 document, and a 3.1 one", async () => {
    expect(await problemsOf(documentWith())).toEqual([]);
    expect(await problemsOf(documentWith((doc) => (doc.openapi = "3.1.0")))).toEqual([]);
  });

  it("refuses Swagger 2.0, a missing openapi field and other versions", async () => {
    expect(await problemsOf({ swagger: "2.0", info: {}, paths: {} })).toEqual([
      expect.objectContaining({
        pointer: "#/swagger",
        line: 1,
        problem: expect.stringContaining("is Swagger 2.0"),
      }),
    ]);
    expect(await problemsOf({ info: { title: "x", version: "1" } })).toEqual([
      expect.objectContaining({
        pointer: "#",
        problem: expect.stringContaining("has no `openapi` field"),
      }),
    ]);
    for (const version of ["2.0", "3.2.0", "3", "4.0.0", 3.1]) {
      const problems = await problemsOf(documentWith((doc) => (doc.openapi = version)));
      expect(problems, String(version)).toEqual([
        expect.objectContaining({
          pointer: "#/openapi",
          problem: expect.stringContaining("has unsupported version"),
        }),
      ]);
    }
  });

  it("needs info.title and info.version strings", async () => {
    const problems = await problemsOf(documentWith((doc) => (doc.info = { title: "Acme" })));
    expect(problems).toEqual([
      expect.objectContaining({
        pointer: "#/info",
        problem: expect.stringContaining("`version` must be present"),
      }),
    ]);
  });

  it("takes any first server OpenAPI allows; refuses a variable with no default", async () => {
    // No servers means "/", and a relative or protocol-relative server is valid: the client then
    // requires `baseUrl` (absoluteBaseUrl) instead of the document being refused.
    expect(await problemsOf(documentWith((doc) => delete doc.servers))).toEqual([]);
    expect(await problemsOf(documentWith((doc) => (doc.servers = [])))).toEqual([]);
    for (const url of ["/v1", "//api.acme.example/v1", "api.acme.example", "ftp://acme.example"])
      expect(await problemsOf(documentWith((doc) => (doc.servers = [{ url }]))), url).toEqual([]);
    expect(await problemsOf(documentWith((doc) => (doc.servers = { url: "/v1" })))).toEqual([
      expect.objectContaining({ pointer: "#/servers", problem: expect.stringContaining("array") }),
    ]);
    for (const server of [
      { url: "https://{tenant}.acme.example" },
      { url: "https://{tenant}.acme.example", variables: { tenant: { enum: ["eu"] } } },
    ]) {
      // Redocly: the variable is undefined (at the URL), or has no `default` (at the variable)
      expect(await problemsOf(documentWith((doc) => (doc.servers = [server]))), server.url).toEqual(
        [
          expect.objectContaining({
            pointer: server.variables ? "#/servers/0/variables/tenant" : "#/servers/0/url",
            problem: expect.stringMatching(
              /`tenant` variable is not defined|`default` must be present/,
            ),
          }),
        ],
      );
    }
    const withVariables = documentWith((doc) => {
      doc.servers = [
        { url: "https://{tenant}.acme.example", variables: { tenant: { default: "eu" } } },
      ];
    });
    expect(await problemsOf(withVariables)).toEqual([]);
  });

  it("the client's default base URL is the first server's, only when absolute", async () => {
    const baseUrlOf = (servers: unknown) => absoluteBaseUrl({ servers });
    expect(baseUrlOf([{ url: "https://api.acme.example/v1/" }])).toBe(
      "https://api.acme.example/v1",
    );
    expect(
      baseUrlOf([{ url: "https://{r}.acme.example", variables: { r: { default: "eu" } } }]),
    ).toBe("https://eu.acme.example");
    for (const servers of [undefined, [], [{ url: "/v1" }], [{ url: "//api.acme.example" }]])
      expect(baseUrlOf(servers), JSON.stringify(servers)).toBeUndefined();
  });

  it("refuses only security schemes OpenAPI does not define, whatever patchbay can send", async () => {
    const doc = documentWith((doc) => {
      Object.assign(at(doc, "components", "securitySchemes"), {
        mtls: { type: "mutualTLS" },
        digest: { type: "http", scheme: "digest" },
        noScheme: { type: "http" },
        key: { type: "apiKey", in: "body", name: "key" },
        basic: { type: "http", scheme: "Basic" },
        oauth: { type: "oauth2", flows: {} },
      });
    });
    // digest is valid (sent through `headers`); mutualTLS is a 3.1 type
    expect((await problemsOf(doc)).map(({ pointer }) => pointer)).toEqual([
      "#/components/securitySchemes/mtls/type",
      "#/components/securitySchemes/noScheme",
      "#/components/securitySchemes/key/in",
    ]);
    const in31 = documentWith((doc) => {
      doc.openapi = "3.1.0";
      Object.assign(at(doc, "components", "securitySchemes"), { mtls: { type: "mutualTLS" } });
    });
    expect(await problemsOf(in31)).toEqual([]);
  });

  it("refuses a security requirement naming an undefined scheme where no alternative can be met, top-level or per operation", async () => {
    const doc = documentWith((doc) => {
      doc.security = [{ tokenAuth: [] }];
      at(doc, "paths", "/things/{thingId}", "get").security = [{ cookieAuth: [], bearerAuth: [] }];
    });
    const problems = await problemsOf(doc);
    expect(problems.map(({ pointer }) => pointer)).toEqual([
      "#/security/0/tokenAuth",
      "#/paths/~1things~1{thingId}/get/security/0/cookieAuth",
    ]);
    expect(problems[0]?.problem).toBe(
      'names security scheme "tokenAuth", which components.securitySchemes does not define',
    );
  });

  it("matches path template names and path parameters both ways, including path-level and $ref'd ones", async () => {
    const doc = documentWith((doc) => {
      const paths = doc.paths as Json;
      paths["/things/{thingId}/parts/{partId}"] = {
        get: {
          parameters: [{ $ref: "#/components/parameters/ThingId" }],
          responses: { "200": { description: "OK" } },
        },
      };
      paths["/orders"] = {
        get: {
          parameters: [{ name: "orderId", in: "path", required: true, schema: { type: "string" } }],
          responses: { "200": { description: "OK" } },
        },
      };
      paths["/empty/{}"] = { get: { responses: { "200": { description: "OK" } } } };
    });
    const problems = await problemsOf(doc);
    expect(problems).toEqual([
      expect.objectContaining({
        pointer: "#/paths/~1things~1{thingId}~1parts~1{partId}/get",
        problem: "has path template {partId} with no matching `in: path` parameter",
      }),
      expect.objectContaining({
        pointer: "#/paths/~1orders/get/parameters",
        problem: 'declares path parameter "orderId", which /orders does not contain',
      }),
      expect.objectContaining({
        pointer: "#/paths/~1empty~1{}/get",
        problem: expect.stringContaining("{}"),
      }),
    ]);
  });

  it("refuses a repeated operationId, a path without a leading slash, a 3.0 document without paths", async () => {
    const doc = documentWith((doc) => {
      const paths = doc.paths as Json;
      paths["/others"] = {
        get: { operationId: "getThing", responses: { "200": { description: "OK" } } },
      };
      paths.things = { get: { operationId: "listThings", responses: {} } };
    });
    expect(await problemsOf(doc)).toEqual([
      expect.objectContaining({
        pointer: "#/paths/things",
        problem: expect.stringContaining("`things` is not expected here"),
      }),
      expect.objectContaining({
        pointer: "#/paths/~1others/get/operationId",
        problem: expect.stringContaining("unique `operationId`"),
      }),
    ]);
    // No operations is allowed (a package with none); in 3.1 `paths` itself is optional.
    expect(await problemsOf(documentWith((doc) => (doc.paths = {})))).toEqual([]);
    expect(await problemsOf(documentWith((doc) => delete doc.paths))).toEqual([
      expect.objectContaining({
        pointer: "#",
        problem: expect.stringContaining("`paths` must be present"),
      }),
    ]);
    const webhooksOnly = documentWith((doc) => {
      doc.openapi = "3.1.0";
      delete doc.paths;
    });
    expect(await problemsOf(webhooksOnly)).toEqual([]);
    const extension = documentWith((doc) => ((doc.paths as Json)["x-context-root"] = "/api"));
    expect(await problemsOf(extension)).toEqual([]);
  });

  it("never refuses a published document for a rule stricter than the generator needs: findings", async () => {
    const thing = (doc: Json) => at(doc, "components", "schemas", "Thing", "properties");
    const cases: [string, (doc: Json) => void, string, string][] = [
      [
        "3.0: nullable beside an anyOf, no type",
        (doc) => {
          thing(doc).owner = { nullable: true, anyOf: [{ type: "string" }, { type: "integer" }] };
        },
        "#/components/schemas/Thing/properties/owner/nullable",
        "nullable without a type: typed as its subschemas or null",
      ],
      [
        "3.1: nullable, which 3.1 does not have",
        (doc) => {
          doc.openapi = "3.1.0";
          thing(doc).nickname = { type: ["string", "null"], nullable: true };
        },
        "#/components/schemas/Thing/properties/nickname/nullable",
        "nullable, which OpenAPI 3.1 does not have",
      ],
      [
        '3.0: 3.1\'s type "null"',
        (doc) => {
          thing(doc).expires = { anyOf: [{ type: "string" }, { type: "null" }] };
        },
        "#/components/schemas/Thing/properties/expires/anyOf/1/type",
        'type "null", which OpenAPI 3.0 does not have',
      ],
      [
        "an alternative security requirement naming an undefined scheme, beside one that can be met",
        (doc) => {
          at(doc, "paths", "/things/{thingId}", "get").security = [
            { bearerAuth: [] },
            { workbenchKey: [] },
          ];
        },
        "#/paths/~1things~1{thingId}/get/security/1/workbenchKey",
        'names security scheme "workbenchKey", which components.securitySchemes does not define: this alternative is left out, the others remain',
      ],
      [
        "a keyword a Schema Object does not have (Airbyte's order)",
        (doc) => {
          thing(doc).name = { type: "string", order: 1 };
        },
        "#/components/schemas/Thing/properties/name/order",
        'keyword "order", which a Schema Object does not have',
      ],
    ];
    for (const [name, edit, pointer, finding] of cases) {
      const doc = documentWith(edit);
      expect(await problemsOf(doc), name).toEqual([]);
      expect(await findingsOf(doc), name).toEqual([
        expect.objectContaining({
          pointer,
          problem: expect.stringMatching(
            new RegExp(`^${finding.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`),
          ),
        }),
      ]);
    }
  });

  it("takes any value in an x- field, and still refuses a malformed schema beside one", async () => {
    const extended = documentWith((doc) => {
      doc["x-webhooks"] = { "x-sdk-exclude": true };
      at(doc, "paths", "/things/{thingId}", "get")["x-codeSamples"] = [
        { lang: "curl", source: { command: "curl https://api.acme.example/v1/things/1" } },
      ];
    });
    expect(await problemsOf(extended)).toEqual([]);
    expect(await findingsOf(extended)).toEqual([]);
    // A property that happens to be named x-… is a schema, checked like any other.
    const named = documentWith((doc) => {
      at(doc, "components", "schemas", "Thing", "properties")["x-request-id"] = {
        type: "strnig",
      };
    });
    expect(await problemsOf(named)).toEqual([
      expect.objectContaining({
        pointer: "#/components/schemas/Thing/properties/x-request-id/type",
        problem: expect.stringContaining("(Redocly rule struct)"),
      }),
    ]);
    // An unknown field outside a schema (here an operation's) is still an error: it may be a
    // misspelt field the client needs, such as a request body.
    const misspelt = documentWith((doc) => {
      at(doc, "paths", "/things/{thingId}", "get").requestbody = { content: {} };
    });
    expect((await problemsOf(misspelt)).map(({ pointer }) => pointer)).toEqual([
      "#/paths/~1things~1{thingId}/get/requestbody",
    ]);
    // nullable with a value that is no boolean is still an error, not a finding.
    const wrong = documentWith((doc) => {
      at(doc, "components", "schemas", "Thing", "properties").id = {
        type: "string",
        nullable: "yes",
      };
    });
    expect((await problemsOf(wrong)).map(({ pointer }) => pointer)).toEqual([
      "#/components/schemas/Thing/properties/id/nullable",
    ]);
  });

  it("reports every problem of a document at once", async () => {
    const doc = documentWith((doc) => {
      doc.servers = [{ url: "https://{tenant}.acme.example" }];
      doc.security = [{ tokenAuth: [] }];
      at(doc, "paths", "/things/{thingId}", "get").operationId = 42;
      (doc.paths as Json)["/more/{id}"] = { get: { responses: { "200": { description: "OK" } } } };
    });
    expect((await problemsOf(doc)).map(({ pointer }) => pointer).sort()).toEqual([
      "#/paths/~1more~1{id}/get",
      "#/paths/~1things~1{thingId}/get/operationId",
      "#/security/0/tokenAuth",
      "#/servers/0/url",
    ]);
  });
});

describe("serverUrl", () => {
  it("fills variables with their defaults and leaves unknown ones", async () => {
    expect(
      serverUrl({
        url: "https://{region}.acme.example/{version}/{unknown}",
        variables: { region: { default: "eu" }, version: { default: "v2", enum: ["v1", "v2"] } },
      }),
    ).toBe("https://eu.acme.example/v2/{unknown}");
    expect(serverUrl({ url: "https://acme.example" })).toBe("https://acme.example");
  });
});
