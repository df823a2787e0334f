// Proves every vendor document in specs/ is complete enough to mock: every request body and
// response has an example, every example validates against its schema, and Prism serves each
// named example for its status code without a request or response violation.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createInstance, getHttpOperationsFromSpec } from "@stoplight/prism-http";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { createBodyValidator } from "./contract/body-validator.ts";
import { mockConfig } from "./mocks/start-mocks.ts";
import { deref } from "./openapi/examples.ts";
import { pointerOf, resolvePointer } from "./openapi/json-pointer.ts";
import { forEachOperation } from "./openapi/validate-document.ts";
import { listDocuments } from "./openapi/vendor-documents.ts";

type Json = Record<string, unknown>;
type MediaType = {
  schema?: Json;
  example?: unknown;
  examples?: Record<string, { value?: unknown }>;
};
type Parameter = { name: string; in: string; required?: boolean; schema?: Json; example?: unknown };
type Header = { schema?: Json; example?: unknown };
type Response = { headers?: Record<string, Header>; content?: Record<string, MediaType> };
type Operation = {
  operationId?: string;
  summary?: string;
  description?: string;
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, MediaType> };
  responses: Record<string, Response>;
};
type LocatedOperation = { path: string; method: string; operation: Operation; at: string[] };

const specsDir = join(import.meta.dirname, "..", "specs");
const vendorDocuments = listDocuments(join(specsDir, "..")).map((file) =>
  file.slice("specs/".length),
);
function loadDocument(file: string): Json {
  return parse(readFileSync(join(specsDir, file), "utf8")) as Json;
}

function operationsOf(document: Json): LocatedOperation[] {
  const operations: LocatedOperation[] = [];
  forEachOperation(document, (operation, at, method, path) =>
    operations.push({ path, method, operation: operation as Operation, at }),
  );
  return operations;
}

const resolveRef = <T>(document: Json, node: T): T => deref<T>(document, node);

/** Where `pointer`'s node really is, its local `$ref`s followed: the pointer the validator takes. */
function locate(document: Json, pointer: string): string {
  const node = resolvePointer(document, pointer) as { $ref?: unknown } | undefined;
  return typeof node?.$ref === "string" && node.$ref.startsWith("#")
    ? locate(document, node.$ref)
    : pointer;
}

function examplesOf(media: MediaType | undefined): [string, unknown][] {
  if (!media) return [];
  if (media.examples) return Object.entries(media.examples).map(([name, ex]) => [name, ex.value]);
  return "example" in media ? [["example", media.example]] : [];
}

/** Each request and response media type: where it is, its schema's pointer, the media type. */
function mediaOf(
  document: Json,
  { operation, at }: LocatedOperation,
): [string, string, MediaType][] {
  const request = Object.entries(operation.requestBody?.content ?? {}).map(
    ([type, media]): [string, string, MediaType] => [
      `request ${type}`,
      locate(document, `${pointerOf([...at, "requestBody", "content", type])}/schema`),
      media,
    ],
  );
  const responses = Object.entries(operation.responses).flatMap(([status, response]) => {
    const responseAt = locate(document, pointerOf([...at, "responses", status]));
    return Object.entries(resolveRef(document, response).content ?? {}).map(
      ([type, media]): [string, string, MediaType] => [
        `${status} ${type}`,
        locate(document, `${responseAt}${pointerOf(["content", type, "schema"]).slice(1)}`),
        media,
      ],
    );
  });
  return [...request, ...responses];
}

const silentLogger: object = new Proxy(
  {},
  { get: (_target, key) => (key === "child" ? () => silentLogger : () => undefined) },
);

describe.each(vendorDocuments)("%s", (file) => {
  const document = loadDocument(file);
  // schemas by pointer, the whole document in Ajv: every local `$ref` resolves where it was written
  const validateExample = createBodyValidator(document);
  const operations = operationsOf(document);

  it("has exactly one operation with an operationId, summary and description", () => {
    expect(operations).toHaveLength(1);
    for (const { operation } of operations) {
      expect(operation.operationId).toBeTruthy();
      expect(operation.summary).toBeTruthy();
      expect(operation.description).toBeTruthy();
    }
  });

  it("has an example for every body and response, and every example validates", () => {
    for (const located of operations) {
      const { operation, at } = located;
      for (const [status, response] of Object.entries(operation.responses)) {
        expect(resolveRef(document, response).content, `${status} has a body`).toBeDefined();
      }
      for (const [where, schemaAt, media] of mediaOf(document, located)) {
        const examples = examplesOf(media);
        expect(examples.length, `${where} has an example`).toBeGreaterThan(0);
        for (const [name, value] of examples) {
          expect(validateExample(schemaAt, value), `${where} example ${name}`).toEqual([]);
        }
      }
      // parameters and response headers, each where its `$ref`s lead
      const parameters = (operation.parameters ?? []).map((_, index) =>
        locate(document, pointerOf([...at, "parameters", index])),
      );
      const headers = Object.entries(operation.responses).flatMap(([status, response]) => {
        const responseAt = locate(document, pointerOf([...at, "responses", status]));
        return Object.keys(resolveRef(document, response).headers ?? {}).map((name) =>
          locate(document, `${responseAt}${pointerOf(["headers", name]).slice(1)}`),
        );
      });
      for (const holderAt of [...parameters, ...headers]) {
        const { example } = resolvePointer(document, holderAt) as Header;
        if (example !== undefined)
          expect(validateExample(`${holderAt}/schema`, example), holderAt).toEqual([]);
      }
    }
  });

  it("loads in Prism, which serves every named example without a violation", async () => {
    const httpOperations = await getHttpOperationsFromSpec(join(specsDir, file));
    expect(httpOperations).toHaveLength(operations.length);
    const prism = createInstance(mockConfig, { logger: silentLogger as never });
    const usesBearer = JSON.stringify(document.components).includes('"scheme":"bearer"');
    const authorization = usesBearer
      ? "Bearer test-token"
      : `Basic ${Buffer.from("user:pass").toString("base64")}`;

    for (const { path, method, operation } of operations) {
      const headers: Record<string, string> = { "content-type": "application/json", authorization };
      let requestPath = path;
      for (const parameter of (operation.parameters ?? []).map((p) => resolveRef(document, p))) {
        const schema = resolveRef(document, parameter.schema ?? {});
        const value = String(parameter.example ?? (schema.enum as unknown[] | undefined)?.[0]);
        if (parameter.in === "path")
          requestPath = requestPath.replace(`{${parameter.name}}`, value);
        if (parameter.in === "header" && parameter.required) headers[parameter.name] = value;
      }
      const requestExamples = examplesOf(operation.requestBody?.content?.["application/json"]);

      for (const [status, response] of Object.entries(operation.responses)) {
        const json = resolveRef(document, response).content?.["application/json"];
        for (const [exampleName, exampleValue] of examplesOf(json)) {
          const request =
            requestExamples.find(([name]) => name === exampleName) ?? requestExamples[0];
          const result = await prism.request(
            { method: method as "post", url: { path: requestPath }, headers, body: request?.[1] },
            httpOperations,
            // what a `Prefer: code=..., example=...` header selects on Prism's HTTP server
            {
              ...mockConfig,
              mock: { dynamic: false, code: Number(status), exampleKey: exampleName },
            },
          )();
          if (result._tag === "Left") throw result.left;
          const { output, validations } = result.right;
          expect(validations.input, `${status} ${exampleName}: request`).toEqual([]);
          expect(validations.output, `${status} ${exampleName}: response`).toEqual([]);
          expect(output.statusCode).toBe(Number(status));
          expect(output.body).toEqual(exampleValue);
        }
      }
    }
  });
});
