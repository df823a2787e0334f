import type { Json } from "@patchbay/common/json";
import { getHttpOperationsFromSpec } from "@stoplight/prism-http";
import { describe, expect, it } from "vitest";
import { loadPrismTransforms, prismOperationsOf } from "./prism-operations.ts";

const transforms = loadPrismTransforms();
const ours = (document: Json) => prismOperationsOf(structuredClone(document), transforms);
const prisms = (document: Json) => getHttpOperationsFromSpec(structuredClone(document));
const ok = (schema: Json) => ({
  description: "ok",
  content: { "application/json": { schema } },
});

describe("prismOperationsOf", () => {
  // What the 9 vendors without recursive schemas get (checked on their documents too): shared
  // schemas, `$ref`s through `$ref`s, `$ref`s with siblings (before and after a plain one to the
  // same schema: the ref parser merges them differently), component parameters, request bodies
  // and responses, and OpenAPI 3.0 keywords http-spec translates (`nullable`).
  it("gives the operations getHttpOperationsFromSpec gives, value for value, where no schema is recursive", async () => {
    const document: Json = {
      openapi: "3.0.3",
      info: { title: "Shared", version: "1" },
      servers: [{ url: "https://shared.example.com" }],
      security: [{ key: [] }],
      paths: {
        "/things/{id}": {
          parameters: [{ $ref: "#/components/parameters/Id" }],
          get: {
            responses: {
              "200": ok({ $ref: "#/components/schemas/Thing", description: "before" }),
              default: { $ref: "#/components/responses/Error" },
            },
          },
          put: {
            requestBody: { $ref: "#/components/requestBodies/Thing" },
            responses: {
              "200": ok({ $ref: "#/components/schemas/Thing" }),
              "201": ok({ $ref: "#/components/schemas/Thing", description: "after" }),
            },
          },
        },
      },
      components: {
        securitySchemes: { key: { type: "apiKey", in: "header", name: "x-key" } },
        parameters: {
          Id: {
            name: "id",
            in: "path",
            required: true,
            schema: { $ref: "#/components/schemas/Id" },
          },
        },
        requestBodies: {
          Thing: {
            required: true,
            content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } },
          },
        },
        responses: { Error: ok({ $ref: "#/components/schemas/Error" }) },
        schemas: {
          Id: { type: "string", pattern: "^t_" },
          Alias: { $ref: "#/components/schemas/Id" },
          Thing: {
            type: "object",
            required: ["id"],
            properties: {
              id: { $ref: "#/components/schemas/Alias" },
              owner: { $ref: "#/components/schemas/Id" },
              note: { type: "string", nullable: true },
              parts: { type: "array", items: { $ref: "#/components/schemas/Part" } },
            },
          },
          Part: { type: "object", properties: { id: { $ref: "#/components/schemas/Id" } } },
          Error: { type: "object", properties: { message: { type: "string" } } },
        },
      },
    };
    expect(ours(document)).toEqual(await prisms(document));
  });

  // Each schema refers to the next one twice and the last back to the first: inlined up to the
  // cycle (getHttpOperationsFromSpec), that is 2^depth copies; Stripe's resources are the same
  // shape, far deeper. Counted, not timed: Prism's own unrolling is shown on the same document.
  it("leaves a recursive schema referred to, each schema bundled once per operation, where Prism copies it along every path", async () => {
    const depth = 10;
    const schemas: Json = {};
    for (let level = 0; level < depth; level++) {
      const next = { $ref: `#/components/schemas/Level${(level + 1) % depth}` };
      schemas[`Level${level}`] = {
        type: "object",
        properties: { left: next, right: next, label: { type: "string", nullable: true } },
      };
    }
    const document: Json = {
      openapi: "3.0.3",
      info: { title: "Recursive", version: "1" },
      paths: {
        "/levels": { get: { responses: { "200": ok({ $ref: "#/components/schemas/Level0" }) } } },
      },
      components: { schemas },
    };
    const copiesOfLabel = (operations: unknown) =>
      JSON.stringify(operations).split('"label"').length - 1;

    expect(copiesOfLabel(await prisms(document))).toBeGreaterThan(2 ** (depth - 1));
    const [operation] = ours(document) as unknown as [Json & { __bundled__: Json }];
    // Level0 inline as the response's schema, and every level once in the bundle.
    expect(copiesOfLabel(operation)).toBe(depth + 1);
    expect(Object.keys(operation.__bundled__).sort()).toEqual(Object.keys(schemas).sort());
    // Translated like the schemas http-spec meets inline (`nullable` is JSON Schema's null type).
    expect(operation.__bundled__.Level1).toMatchObject({
      properties: {
        left: { $ref: "#/__bundled__/Level2" },
        label: { type: ["string", "null"] },
      },
    });
    expect(operation.__bundled__.Level1).not.toHaveProperty("$schema");
  });

  it("fails as the ref parser does on a $ref to nowhere, and on a $ref to itself", () => {
    const document = (schema: Json): Json => ({
      openapi: "3.0.3",
      info: { title: "Bad", version: "1" },
      paths: { "/x": { get: { responses: { "200": ok(schema) } } } },
      components: { schemas: { Self: { $ref: "#/components/schemas/Self" } } },
    });
    expect(() => ours(document({ $ref: "#/components/schemas/Gone" }))).toThrow(
      'Missing $ref pointer "#/components/schemas/Gone". Token "Gone" does not exist.',
    );
    expect(() => ours(document({ $ref: "#/components/schemas/Self" }))).toThrow(/refers to itself/);
    expect(() => ours({ hello: "world" })).toThrow("Unsupported document format");
  });
});
