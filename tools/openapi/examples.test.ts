// Proves a call is built from the document's own examples, and that where the document has none,
// the README's placeholders have the schema's shape (and are still reported as missing).
import type { Json } from "@patchbay/common/json";
import { describe, expect, it } from "vitest";
import { exampleCall, placeholderFor } from "./examples.ts";

const doc: Json = {
  components: {
    schemas: {
      Owner: {
        type: "object",
        required: ["email"],
        properties: { email: { type: "string" }, parent: { $ref: "#/components/schemas/Owner" } },
      },
      Loop: {
        type: "object",
        required: ["next"],
        properties: { next: { $ref: "#/components/schemas/Loop" } },
      },
    },
  },
};

describe("placeholderFor", () => {
  it.each([
    [{ type: "string" }, "<id>"],
    [{ type: "integer", minimum: 1 }, 1],
    [{ type: "number" }, 0],
    [{ type: "boolean" }, false],
    [{ type: "array", items: { type: "string" } }, []],
    [{ type: ["null", "string"] }, "<id>"],
    [{ type: "string", enum: ["eu", "us"] }, "eu"],
    [{ type: "string", default: "x" }, "x"],
    [{ type: "string", example: "team_1" }, "team_1"],
    [{ const: 7 }, 7],
    [{ oneOf: [{ type: "integer" }, { type: "string" }] }, 0],
    [
      {
        allOf: [
          { type: "object", required: ["a"], properties: { a: { type: "string" } } },
          { type: "object", required: ["b"], properties: { b: { type: "number" } } },
        ],
      },
      { a: "<a>", b: 0 },
    ],
    [{ $ref: "#/components/schemas/Owner" }, { email: "<email>" }],
  ])("%j → %j", (schema, expected) => {
    expect(placeholderFor(doc, schema, "id")).toEqual(expected);
  });

  it("ends a schema that requires itself, at a bounded depth", () => {
    let value = placeholderFor(doc, { $ref: "#/components/schemas/Loop" }, "loop") as Json;
    let depth = 0;
    while (value && typeof value === "object") {
      value = value.next as Json;
      depth++;
    }
    expect(depth).toBeLessThanOrEqual(10);
  });
});

describe("exampleCall", () => {
  const pathItem = {
    parameters: [{ name: "teamId", in: "path", required: true, schema: { type: "string" } }],
  };
  const operation = {
    parameters: [
      { name: "region", in: "query", required: true, schema: { type: "string" }, example: "eu" },
      { name: "page", in: "query", schema: { type: "integer" } },
    ],
    requestBody: {
      required: true,
      content: { "application/json": { schema: { $ref: "#/components/schemas/Owner" } } },
    },
  };

  it("leaves out what has no example, and says so", () => {
    expect(exampleCall(doc, pathItem, operation)).toEqual({
      params: { query: { region: "eu" } },
      missing: ['path parameter "teamId"', "request body"],
      synthesized: [],
    });
  });

  it("with placeholders, fills only the required values that have no example", () => {
    expect(exampleCall(doc, pathItem, operation, { placeholders: true })).toEqual({
      params: { path: { teamId: "<teamId>" }, query: { region: "eu" } },
      body: { email: "<email>" },
      missing: ['path parameter "teamId"', "request body"],
      synthesized: [],
    });
  });

  it("with a synthesizer, gives what has no example the value it makes, and names it", () => {
    const made: string[] = [];
    const call = exampleCall(doc, pathItem, operation, {
      synthesize: (_schema, what) => {
        made.push(what);
        return what === "request body" ? { problem: "it has a pattern" } : { value: "team_1" };
      },
    });
    expect(made).toEqual(['path parameter "teamId"', "request body"]);
    expect(call).toEqual({
      params: { path: { teamId: "team_1" }, query: { region: "eu" } },
      missing: ["request body (it has a pattern)"],
      synthesized: ['path parameter "teamId"'],
    });
  });
});
