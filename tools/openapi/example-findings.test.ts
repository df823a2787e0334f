// Examples that disagree with their own schema are findings, named by one key and a pointer.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Json } from "@patchbay/common/json";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { checkExamples, checkExamplesMeanwhile } from "./example-findings.ts";
import { resolveExampleValue } from "./example-values.ts";

const fixture = parse(
  readFileSync(
    join(import.meta.dirname, "..", "generator", "fixtures", "accepted", "bad-examples.yaml"),
    "utf8",
  ),
) as Json;

/** A 3.0 document whose one response has `schema` and these named examples. */
const responseDoc = (
  schema: Json,
  examples: Record<string, unknown>,
  schemas: Json = {},
): Json => ({
  openapi: "3.0.3",
  info: { title: "T", version: "1" },
  paths: {
    "/t": {
      get: {
        responses: {
          "200": {
            description: "ok",
            content: {
              "application/json": {
                schema,
                examples: Object.fromEntries(
                  Object.entries(examples).map(([name, value]) => [name, { value }]),
                ),
              },
            },
          },
        },
      },
    },
  },
  components: { schemas },
});
const refused = (doc: Json) => checkExamples(doc).findings.map((finding) => finding.example);

describe("checkExamples", () => {
  it("names each refused example, where it is written and why; the others pass", () => {
    const { checked, findings } = checkExamples(fixture);
    expect(checked).toBe(5);
    expect(findings).toEqual([
      {
        example: "POST /things: request example wrong-type",
        at: "#/paths/~1things/post/requestBody/content/application~1json/examples/wrong-type/value",
        schema: "#/paths/~1things/post/requestBody/content/application~1json/schema",
        problems: ["/name must be string"],
      },
      {
        example: "POST /things: 201 example missing-name",
        at: "#/components/examples/thing-without-name/value",
        schema: "#/paths/~1things/post/responses/201/content/application~1json/schema",
        problems: ["(body) must have required property 'name'"],
      },
    ]);
  });

  it("reads OpenAPI 3.0's nullable beside no type (Ajv alone refuses the schema)", () => {
    const schema = { nullable: true, allOf: [{ $ref: "#/components/schemas/N" }] };
    const doc = responseDoc(
      schema,
      { null: null, number: 1, word: "x" },
      { N: { type: "number" } },
    );
    expect(refused(doc)).toEqual(["GET /t: 200 example word"]);
  });

  it("refuses what the generated types refuse: a discriminator's property left out", () => {
    const doc = responseDoc(
      { oneOf: [{ $ref: "#/components/schemas/Cat" }], discriminator: { propertyName: "kind" } },
      { named: { kind: "cat", name: "Tom" }, unnamed: { name: "Tom" } },
      {
        Cat: { type: "object", properties: { kind: { type: "string" }, name: { type: "string" } } },
      },
    );
    expect(refused(doc)).toEqual(["GET /t: 200 example unnamed"]);
  });

  it("refuses an object naming none of an all-optional schema's properties, and null for an untyped object", () => {
    const doc = responseDoc(
      { properties: { a: { type: "string" } } },
      { some: { a: "x", b: 1 }, none: { b: 1 }, empty: {}, null: null },
    );
    expect(refused(doc)).toEqual(["GET /t: 200 example none", "GET /t: 200 example null"]);
  });
});

describe("resolveExampleValue", () => {
  it("replaces $refs to components/examples inside a value, and leaves loops and strangers", () => {
    const doc = {
      components: {
        examples: {
          owner: { value: { email: "a@b.example" } },
          loop: { value: { next: { $ref: "#/components/examples/loop" } } },
        },
      },
    };
    expect(
      resolveExampleValue(doc, [
        { $ref: "#/components/examples/owner" },
        { $ref: "#/components/examples/owner/value/email" },
        { $ref: "#/components/examples/missing" },
        { $ref: "#/components/schemas/Owner" },
      ]),
    ).toEqual([
      { email: "a@b.example" },
      "a@b.example",
      { $ref: "#/components/examples/missing" },
      { $ref: "#/components/schemas/Owner" },
    ]);
    expect(resolveExampleValue(doc, { $ref: "#/components/examples/loop" })).toEqual({
      next: { $ref: "#/components/examples/loop" },
    });
  });

  it("checks one document object once: the generator asks for the type checks and for the README's call", () => {
    const doc = { openapi: "3.0.3", paths: {} };
    expect(checkExamples(doc)).toBe(checkExamples(doc));
    expect(checkExamples({ ...doc })).not.toBe(checkExamples(doc));
  });
});

describe("checkExamplesMeanwhile", () => {
  it("leaves checkExamples(doc) the answer it would have worked out itself", async () => {
    const doc = structuredClone(fixture);
    await checkExamplesMeanwhile(doc);
    const answer = checkExamples(doc);
    expect(answer).toEqual(checkExamples(structuredClone(fixture)));
    expect(answer.findings.length).toBeGreaterThan(0);
  });
});
