import { describe, expect, it } from "vitest";
import { mockAnswersOf } from "./mock-answers.ts";
import { synthesize } from "./synthesize.ts";

const problem = {
  type: "object",
  required: ["error"],
  properties: { error: { type: "string", enum: ["invalid", "not_found"] } },
};
const connection = {
  type: "object",
  required: ["id", "status"],
  properties: {
    id: { type: "string", format: "uuid" },
    status: { type: "string", enum: ["pending", "connected"] },
    secret: { type: "string", writeOnly: true },
  },
};
const document = {
  openapi: "3.1.0",
  info: { title: "t", version: "1" },
  paths: {
    "/connections": {
      post: {
        responses: {
          "201": {
            description: "created",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/Connection" },
                example: { id: "conn_1", status: "pending" },
              },
            },
          },
          "202": { description: "queued", content: { "application/json": { schema: connection } } },
          "4XX": { $ref: "#/components/responses/Problem" },
          default: { $ref: "#/components/responses/Problem" },
        },
      },
      get: {
        responses: {
          "200": {
            description: "text",
            content: { "text/csv": { schema: { type: "string" }, example: "id\nconn_1\n" } },
          },
        },
      },
    },
    "/connections/{id}": {
      delete: { responses: { "204": { description: "gone" } } },
      patch: {
        responses: {
          default: {
            description: "anything",
            content: {
              "application/xml": { schema: { type: "string" } },
              "application/problem+json": { schema: problem },
            },
          },
        },
      },
    },
  },
  components: {
    schemas: { Connection: connection },
    responses: {
      Problem: { description: "problem", content: { "application/json": { schema: problem } } },
    },
  },
};

describe("mockAnswersOf", () => {
  const data = mockAnswersOf(document);
  const operation = (method: string, path: string) =>
    data.operations.find((o) => o.method === method && o.path === path);
  const bodyOf = (method: string, path: string, status: string) => {
    const index = operation(method, path)?.answers[status]?.body;
    return index === undefined ? undefined : data.bodies[index];
  };

  it("lists every operation in the document's order, each with its lowest 2xx", () => {
    expect(data.operations.map((o) => `${o.method} ${o.path} ${o.success}`)).toEqual([
      "get /connections 200",
      "post /connections 201",
      "delete /connections/{id} 204",
      "patch /connections/{id} 200",
    ]);
  });

  it("answers with the document's example, else a value synthesized from the schema", () => {
    expect(bodyOf("post", "/connections", "201")).toEqual({ id: "conn_1", status: "pending" });
    const synthesized = synthesize(document, connection, "response");
    expect("value" in synthesized && synthesized.value).toEqual(
      bodyOf("post", "/connections", "202"),
    );
    // an answer leaves out writeOnly properties
    expect(bodyOf("post", "/connections", "202")).not.toHaveProperty("secret");
    expect(bodyOf("post", "/connections", "202")).toMatchObject({ status: "pending" });
  });

  it("keys ranges and default as the document does, keeping each body once", () => {
    const post = operation("post", "/connections");
    expect(Object.keys(post?.answers ?? {})).toEqual(["201", "202", "4XX", "default"]);
    expect(post?.answers["4XX"]).toEqual(post?.answers.default);
    expect(bodyOf("post", "/connections", "4XX")).toEqual({ error: "invalid" });
    expect(new Set(data.bodies.map((body) => JSON.stringify(body))).size).toBe(data.bodies.length);
  });

  it("keeps the media type: a JSON one where offered, else the first; none without content", () => {
    expect(operation("get", "/connections")?.answers["200"]).toEqual({
      type: "text/csv",
      body: expect.any(Number),
    });
    expect(bodyOf("get", "/connections", "200")).toBe("id\nconn_1\n");
    expect(operation("delete", "/connections/{id}")?.answers["204"]).toEqual({});
    expect(operation("patch", "/connections/{id}")?.answers.default?.type).toBe(
      "application/problem+json",
    );
  });
});
