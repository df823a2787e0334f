// Proves validateDocument accepts what patchbay can generate from and reports, with pointer and
// line, every problem that would otherwise make broken code or a misleading client.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { makeTempDir, removeTempDir } from "@patchbay/common/temp-repo";
import { afterAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { parseDocumentBytes } from "./load-document.ts";
import { absoluteBaseUrl, serverUrl, validateDocument } from "./validate-document.ts";

type Json = Record<string, unknown>;
const root = makeTempDir("validate-document");
const specsDir = join(root, "specs");
mkdirSync(join(specsDir, "shared"), { recursive: true });
writeFileSync(join(specsDir, "shared", "thing.yaml"), "Thing:\n  type: object\n");
writeFileSync(join(root, "secret.yaml"), "Secret:\n  type: string\n");
afterAll(() => removeTempDir(root));

/** A valid document, changed by `edit`. */
function documentWith(edit: (doc: Json) => void = () => {}): Json {
  const doc: Json = {
    openapi: "3.0.3",
    info: { title: "Acme API", version: "1.0.0" },
    servers: [{ url: "https://api.acme.example/v1" }],
    security: [{ bearerAuth: [] }],
    paths: {
      "/things/{thingId}": {
        parameters: [{ $ref: "#/components/parameters/ThingId" }],
        get: {
          operationId: "getThing",
          responses: {
            "200": {
              description: "OK",
              content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } },
            },
          },
        },
      },
    },
    components: {
      parameters: {
        ThingId: { name: "thingId", in: "path", required: true, schema: { type: "string" } },
      },
      securitySchemes: { bearerAuth: { type: "http", scheme: "bearer" } },
      schemas: {
        Thing: {
          type: "object",
          // A property named "$ref" is a property, not a reference.
          properties: { $ref: { type: "string" }, id: { type: "string" } },
        },
      },
    },
  };
  edit(doc);
  return doc;
}
const at = (doc: Json, ...tokens: string[]) =>
  tokens.reduce<Json>((node, token) => node[token] as Json, doc);
/** The messages validateDocument returns for `doc`, as written to specs/acme.yaml. */
function problemsOf(doc: Json) {
  const loaded = parseDocumentBytes(Buffer.from(stringify(doc)), "specs/acme.yaml");
  return validateDocument(loaded, specsDir).map(({ pointer, problem, line }) => ({
    pointer,
    problem,
    line,
  }));
}

describe("validateDocument", () => {
  it("accepts a complete OpenAPI 3.0 document, and a 3.1 one", () => {
    expect(problemsOf(documentWith())).toEqual([]);
    expect(problemsOf(documentWith((doc) => (doc.openapi = "3.1.0")))).toEqual([]);
  });

  it("accepts a $ref to a file that exists inside specs/", () => {
    const doc = documentWith((doc) => {
      at(doc, "components", "schemas").Other = { $ref: "./shared/thing.yaml#/Thing" };
    });
    expect(problemsOf(doc)).toEqual([]);
  });

  it("refuses Swagger 2.0, a missing openapi field and other versions", () => {
    expect(problemsOf({ swagger: "2.0", info: {}, paths: {} })).toEqual([
      expect.objectContaining({
        pointer: "#/swagger",
        line: 1,
        problem: expect.stringContaining("is Swagger 2.0"),
      }),
    ]);
    expect(problemsOf({ info: { title: "x", version: "1" } })).toEqual([
      expect.objectContaining({
        pointer: "#",
        problem: expect.stringContaining("has no `openapi` field"),
      }),
    ]);
    for (const version of ["2.0", "3.2.0", "3", "4.0.0", 3.1]) {
      const problems = problemsOf(documentWith((doc) => (doc.openapi = version)));
      expect(problems, String(version)).toEqual([
        expect.objectContaining({
          pointer: "#/openapi",
          problem: expect.stringContaining("has unsupported version"),
        }),
      ]);
    }
  });

  it("needs info.title and info.version strings", () => {
    const problems = problemsOf(documentWith((doc) => (doc.info = { title: "Acme" })));
    expect(problems).toEqual([
      expect.objectContaining({
        pointer: "#/info",
        problem: expect.stringContaining("info.version"),
      }),
    ]);
  });

  it("refuses dangling, remote and outside-specs references, and missing files", () => {
    const doc = documentWith((doc) => {
      Object.assign(at(doc, "components", "schemas"), {
        Dangling: { $ref: "#/components/schemas/Nope" },
        Remote: { $ref: "https://example.invalid/schemas.yaml#/Thing" },
        Outside: { $ref: "../secret.yaml#/Secret" },
        Missing: { $ref: "./shared/nope.yaml" },
      });
    });
    const problems = problemsOf(doc);
    const base = "#/components/schemas";
    expect(problems.map(({ pointer }) => pointer).sort()).toEqual(
      [
        `${base}/Dangling/$ref`,
        `${base}/Missing/$ref`,
        `${base}/Outside/$ref`,
        `${base}/Remote/$ref`,
      ].sort(),
    );
    expect(problems.find(({ pointer }) => pointer === `${base}/Outside/$ref`)?.problem).toContain(
      "points outside specs/",
    );
    expect(problems.find(({ pointer }) => pointer === `${base}/Remote/$ref`)?.problem).toContain(
      "is a remote reference",
    );
    expect(problems.every(({ line }) => typeof line === "number" && line > 1)).toBe(true);
  });

  it("takes any first server OpenAPI allows; refuses a variable with no default", () => {
    // No servers means "/", and a relative or protocol-relative server is valid: the client then
    // requires `baseUrl` (absoluteBaseUrl) instead of the document being refused.
    expect(problemsOf(documentWith((doc) => delete doc.servers))).toEqual([]);
    expect(problemsOf(documentWith((doc) => (doc.servers = [])))).toEqual([]);
    for (const url of ["/v1", "//api.acme.example/v1", "api.acme.example", "ftp://acme.example"])
      expect(problemsOf(documentWith((doc) => (doc.servers = [{ url }]))), url).toEqual([]);
    expect(problemsOf(documentWith((doc) => (doc.servers = { url: "/v1" })))).toEqual([
      expect.objectContaining({ pointer: "#/servers", problem: "must be a list of servers" }),
    ]);
    for (const server of [
      { url: "https://{tenant}.acme.example" },
      { url: "https://{tenant}.acme.example", variables: { tenant: { enum: ["eu"] } } },
    ]) {
      expect(problemsOf(documentWith((doc) => (doc.servers = [server]))), server.url).toEqual([
        expect.objectContaining({
          pointer: "#/servers/0/url",
          problem: expect.stringContaining("needs a `default`"),
        }),
      ]);
    }
    const withVariables = documentWith((doc) => {
      doc.servers = [
        { url: "https://{tenant}.acme.example", variables: { tenant: { default: "eu" } } },
      ];
    });
    expect(problemsOf(withVariables)).toEqual([]);
  });

  it("the client's default base URL is the first server's, only when absolute", () => {
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

  it("refuses only security schemes OpenAPI does not define, whatever patchbay can send", () => {
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
    expect(problemsOf(doc).map(({ pointer }) => pointer)).toEqual([
      "#/components/securitySchemes/mtls/type",
      "#/components/securitySchemes/noScheme",
      "#/components/securitySchemes/key",
    ]);
    const in31 = documentWith((doc) => {
      doc.openapi = "3.1.0";
      Object.assign(at(doc, "components", "securitySchemes"), { mtls: { type: "mutualTLS" } });
    });
    expect(problemsOf(in31)).toEqual([]);
  });

  it("refuses a security requirement naming an undefined scheme, top-level or per operation", () => {
    const doc = documentWith((doc) => {
      doc.security = [{ bearerAuth: [] }, { tokenAuth: [] }];
      at(doc, "paths", "/things/{thingId}", "get").security = [{ cookieAuth: [] }];
    });
    const problems = problemsOf(doc);
    expect(problems.map(({ pointer }) => pointer)).toEqual([
      "#/security/1/tokenAuth",
      "#/paths/~1things~1{thingId}/get/security/0/cookieAuth",
    ]);
    expect(problems[0]?.problem).toContain('names security scheme "tokenAuth"');
  });

  it("matches path template names and path parameters both ways, including path-level and $ref'd ones", () => {
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
    const problems = problemsOf(doc);
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

  it("refuses a repeated operationId, a path without a leading slash, an operation without responses, a 3.0 document without paths", () => {
    const doc = documentWith((doc) => {
      const paths = doc.paths as Json;
      paths["/others"] = {
        get: { operationId: "getThing", responses: { "200": { description: "OK" } } },
      };
      paths.things = { get: { operationId: "listThings", responses: {} } };
    });
    expect(problemsOf(doc)).toEqual([
      expect.objectContaining({
        pointer: "#/paths/~1others/get/operationId",
        problem: 'repeats operationId "getThing" (already used by GET /things/{thingId})',
      }),
      expect.objectContaining({ pointer: "#/paths/things", problem: "must start with '/'" }),
      expect.objectContaining({
        pointer: "#/paths/things/get/responses",
        problem: "needs at least one response",
      }),
    ]);
    // No operations is allowed (a package with none); in 3.1 `paths` itself is optional.
    expect(problemsOf(documentWith((doc) => (doc.paths = {})))).toEqual([]);
    expect(problemsOf(documentWith((doc) => delete doc.paths))).toEqual([
      expect.objectContaining({
        pointer: "#",
        problem: "has no `paths`, which OpenAPI 3.0 requires (`paths: {}` when there are none)",
      }),
    ]);
    const webhooksOnly = documentWith((doc) => {
      doc.openapi = "3.1.0";
      delete doc.paths;
    });
    expect(problemsOf(webhooksOnly)).toEqual([]);
    const extension = documentWith((doc) => ((doc.paths as Json)["x-context-root"] = "/api"));
    expect(problemsOf(extension)).toEqual([]);
  });

  it("reports every problem of a document at once", () => {
    const doc = documentWith((doc) => {
      doc.servers = [{ url: "https://{tenant}.acme.example" }];
      doc.security = [{ tokenAuth: [] }];
      at(doc, "paths", "/things/{thingId}", "get").operationId = 42;
      (doc.paths as Json)["/more/{id}"] = { get: { responses: { "200": { description: "OK" } } } };
    });
    expect(problemsOf(doc).map(({ pointer }) => pointer)).toEqual([
      "#/servers/0/url",
      "#/security/0/tokenAuth",
      "#/paths/~1more~1{id}/get",
    ]);
  });

  it("refuses nesting deeper than 200 levels, once", () => {
    let deep: unknown = "bottom";
    for (let level = 0; level < 250; level++) deep = [deep];
    const problems = problemsOf(documentWith((doc) => (doc["x-deep"] = deep)));
    expect(problems).toEqual([
      expect.objectContaining({ problem: "nests deeper than 200 levels" }),
    ]);
    expect(problems[0]?.pointer).toBe(`#/x-deep${"/0".repeat(19)}`);
  });
});

describe("serverUrl", () => {
  it("fills variables with their defaults and leaves unknown ones", () => {
    expect(
      serverUrl({
        url: "https://{region}.acme.example/{version}/{unknown}",
        variables: { region: { default: "eu" }, version: { default: "v2", enum: ["v1", "v2"] } },
      }),
    ).toBe("https://eu.acme.example/v2/{unknown}");
    expect(serverUrl({ url: "https://acme.example" })).toBe("https://acme.example");
  });
});
