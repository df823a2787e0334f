// The descriptor's formBodies: which operations send a form (no JSON alternative) and how their
// nested properties are written, compactly however many operations a document has.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Json } from "@patchbay/common/json";
import { describe, expect, it } from "vitest";
import { formBodiesOf } from "./form-bodies-model.ts";
import { renderIndex } from "./render-index.ts";
import { renderReadme } from "./render-readme.ts";
import { modelOf, ok } from "./vendor-model.fixture.ts";

// Shaped like Stripe's published document: form bodies everywhere, GET and DELETE ones, one multipart.
const till = JSON.parse(
  readFileSync(join(import.meta.dirname, "fixtures/sixth-vendor/till.json"), "utf8"),
) as Json;

const form = (properties: Json, encoding?: Json) => ({
  content: {
    "application/x-www-form-urlencoded": {
      schema: { type: "object", properties },
      ...(encoding && { encoding }),
    },
  },
});
const json = { content: { "application/json": { schema: { type: "object" } } } };
const operation = (requestBody?: Json) => ({ ...(requestBody && { requestBody }), responses: ok });

describe("formBodiesOf", () => {
  it("lists only the other operations where most bodies are forms, and says the usual style once", () => {
    expect(formBodiesOf(till)).toEqual({
      allExcept: ["POST /v1/files"],
      style: "deepObject",
      properties: { "POST /v1/customers": { tags: "form" } },
    });
  });

  it("lists the form operations where they are fewer, with each property's style from its encoding", () => {
    const doc = {
      paths: {
        "/a": { post: operation(json), put: operation(json), get: operation() },
        "/b": {
          post: operation(
            form(
              {
                name: { type: "string" },
                ids: { type: "array", items: { type: "integer" } },
                piped: { type: "array", items: { type: "string" } },
                spaced: { type: "array", items: { type: "string" } },
                filter: { anyOf: [{ type: "object" }, { type: "string", enum: [""] }] },
                deep: { type: "object" },
              },
              {
                ids: { style: "form", explode: false },
                piped: { style: "pipeDelimited" },
                spaced: { style: "spaceDelimited", explode: true },
                name: { style: "deepObject" },
                deep: { style: "deepObject", explode: true },
              },
            ),
          ),
        },
        // a form beside JSON sends JSON
        "/c": { post: operation({ content: { ...form({}).content, ...json.content } }) },
      },
    };
    expect(formBodiesOf(doc)).toEqual({
      operations: ["POST /b"],
      // two "form" (spaced exploded, filter by default) against one each of the others
      style: "form",
      properties: {
        "POST /b": { ids: "commaDelimited", piped: "pipeDelimited", deep: "deepObject" },
      },
    });
  });

  it("is undefined for a document without form bodies", () => {
    expect(formBodiesOf({ paths: { "/a": { post: operation(json) } } })).toBeUndefined();
  });
});

describe("a form vendor's generated files", () => {
  const model = modelOf(till, {}, "till");

  it("carry formBodies in the descriptor, listing only the operations and properties that differ", () => {
    const index = renderIndex(model);
    expect(index).toContain(`  formBodies: {
    allExcept: [
      "POST /v1/files",
    ],
    style: "deepObject",
    properties: {
      "POST /v1/customers": {
        tags: "form",
      },
    },
  },
  multipartBodies: {
    "POST /v1/files": {},
  },
} as const satisfies VendorDescriptor;`);
    expect(index).toContain(
      "createVendorClient<paths>(descriptor, options, [formBodies, multipartBodies]);",
    );
    expect(renderIndex(modelOf({}))).not.toContain("formBodies");
  });

  it("show the README's example with the form's object and say how it is sent", () => {
    const readme = renderReadme(model);
    expect(readme).toContain(`const { data, error } = await client.POST("/v1/customers", {
  body: {
    email: "jenny.rosen@example.com",`);
    expect(readme).toContain(
      "// The body is sent as application/x-www-form-urlencoded: nested fields in brackets (a[b]=1, a[0]=x).",
    );
  });
});
