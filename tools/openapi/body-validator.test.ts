import { describe, expect, it } from "vitest";
import { createBodyValidator } from "./body-validator.ts";

const at = "#/paths/~1things/post/responses/200/content/application~1json/schema";
const documentWith = (openapi: string, schema: object, schemas: object = {}) => ({
  openapi,
  info: { title: "T", version: "1" },
  paths: {
    "/things": {
      post: {
        responses: { "200": { description: "ok", content: { "application/json": { schema } } } },
      },
    },
  },
  components: { schemas },
});

describe("createBodyValidator", () => {
  it("resolves the document's $refs where the vendor wrote them", () => {
    const validate = createBodyValidator(
      documentWith(
        "3.1.0",
        { $ref: "#/components/schemas/Thing" },
        {
          Thing: {
            type: "object",
            required: ["id", "state"],
            properties: {
              id: { type: "string", format: "uuid" },
              state: { $ref: "#/components/schemas/State" },
            },
          },
          State: { type: "string", enum: ["on", "off"] },
        },
      ),
    );
    expect(validate(at, { id: "0b7e4c2a-9f13-4d58-a6e1-3c8d2f5b7a90", state: "on" })).toEqual([]);
    expect(validate(at, { id: "not-a-uuid", state: "dim" })).toEqual([
      '/id must match format "uuid"',
      "/state must be equal to one of the allowed values",
    ]);
  });

  it("reads 3.0 `nullable` and 3.1 type lists", () => {
    const nullable30 = createBodyValidator(
      documentWith("3.0.3", { type: "string", nullable: true, example: "x" }),
    );
    expect(nullable30(at, null)).toEqual([]);
    expect(nullable30(at, 1)).toEqual(["(body) must be string"]);
    const nullable31 = createBodyValidator(documentWith("3.1.0", { type: ["string", "null"] }));
    expect(nullable31(at, null)).toEqual([]);
    expect(nullable31(at, 1)).toEqual(["(body) must be string,null"]);
  });

  it("takes OpenAPI's storage formats and names a pointer with no schema", () => {
    const validate = createBodyValidator(
      documentWith("3.0.3", { type: "string", format: "password" }),
    );
    expect(validate(at, "hunter2")).toEqual([]);
    expect(validate("#/paths/~1nothing", {})).toEqual(["no schema at #/paths/~1nothing"]);
  });

  it("reads 3.0's boolean exclusive bounds (Ampersand's problem+json status)", () => {
    const validate = createBodyValidator(
      documentWith("3.0.1", {
        type: "object",
        properties: {
          status: { type: "integer", minimum: 400, maximum: 600, exclusiveMaximum: true },
          retries: { type: "integer", minimum: 0, exclusiveMinimum: false },
        },
      }),
    );
    expect(validate(at, { status: 599, retries: 0 })).toEqual([]);
    expect(validate(at, { status: 600 })).toEqual(["/status must be < 600"]);
    expect(validate(at, { status: 399, retries: -1 })).toEqual([
      "/status must be >= 400",
      "/retries must be >= 0",
    ]);
  });
});
