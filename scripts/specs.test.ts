// Proves every vendor document in specs/ is complete enough to mock: every request body and
// response has an example, every example validates against its schema, and Prism serves each
// named example for its status code without a request or response violation.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createInstance, getHttpOperationsFromSpec } from "@stoplight/prism-http";
import { Ajv, type AnySchema } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

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
type LocatedOperation = { path: string; method: string; operation: Operation };

const specsDir = join(import.meta.dirname, "..", "specs");
const vendorDocuments = readdirSync(specsDir)
  .filter((file) => file.endsWith(".yaml") && !file.endsWith(".patchbay.yaml"))
  .sort();
const httpMethods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
// ajv-formats is CommonJS; under ESM interop its default export may arrive wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as (ajv: Ajv) => Ajv;

function loadDocument(file: string): Json {
  return parse(readFileSync(join(specsDir, file), "utf8")) as Json;
}

function operationsOf(document: Json): LocatedOperation[] {
  const paths = document.paths as Record<string, Record<string, Operation | undefined>>;
  return Object.entries(paths).flatMap(([path, item]) =>
    httpMethods.flatMap((method) => {
      const operation = item[method];
      return operation ? [{ path, method, operation }] : [];
    }),
  );
}

function resolveRef<T>(document: Json, node: T): T {
  const ref = (node as { $ref?: string }).$ref;
  if (!ref) return node;
  const target = ref
    .slice(2)
    .split("/")
    .reduce<unknown>((at, key) => (at as Json)[key], document);
  return resolveRef(document, target as T);
}

// Refs resolve because the document's components ride along in each compiled schema.
function createExampleValidator(document: Json) {
  const ajv: Ajv = String(document.openapi).startsWith("3.1")
    ? new Ajv2020({ strict: false, allErrors: true })
    : new Ajv({ strict: false, allErrors: true }); // 3.0: Ajv understands `nullable`
  addFormats(ajv);
  return (schema: Json | undefined, value: unknown): string[] => {
    const validate = ajv.compile({ ...schema, components: document.components } as AnySchema);
    if (validate(value)) return [];
    return (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
  };
}

function examplesOf(media: MediaType | undefined): [string, unknown][] {
  if (!media) return [];
  if (media.examples) return Object.entries(media.examples).map(([name, ex]) => [name, ex.value]);
  return "example" in media ? [["example", media.example]] : [];
}

function mediaOf(document: Json, operation: Operation): [string, MediaType][] {
  const request = Object.entries(operation.requestBody?.content ?? {}).map(
    ([type, media]): [string, MediaType] => [`request ${type}`, media],
  );
  const responses = Object.entries(operation.responses).flatMap(([status, response]) =>
    Object.entries(resolveRef(document, response).content ?? {}).map(
      ([type, media]): [string, MediaType] => [`${status} ${type}`, media],
    ),
  );
  return [...request, ...responses];
}

const silentLogger: object = new Proxy(
  {},
  { get: (_target, key) => (key === "child" ? () => silentLogger : () => undefined) },
);

describe.each(vendorDocuments)("%s", (file) => {
  const document = loadDocument(file);
  const validateExample = createExampleValidator(document);
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
    for (const { operation } of operations) {
      for (const [status, response] of Object.entries(operation.responses)) {
        expect(resolveRef(document, response).content, `${status} has a body`).toBeDefined();
      }
      for (const [where, media] of mediaOf(document, operation)) {
        const examples = examplesOf(media);
        expect(examples.length, `${where} has an example`).toBeGreaterThan(0);
        for (const [name, value] of examples) {
          expect(validateExample(media.schema, value), `${where} example ${name}`).toEqual([]);
        }
      }
      const parameters = (operation.parameters ?? []).map((p) => resolveRef(document, p));
      const headers = Object.values(operation.responses).flatMap((response) =>
        Object.values(resolveRef(document, response).headers ?? {}).map((h) =>
          resolveRef(document, h),
        ),
      );
      for (const { schema, example } of [...parameters, ...headers]) {
        if (example !== undefined) expect(validateExample(schema, example)).toEqual([]);
      }
    }
  });

  it("loads in Prism, which serves every named example without a violation", async () => {
    const httpOperations = await getHttpOperationsFromSpec(join(specsDir, file));
    expect(httpOperations).toHaveLength(operations.length);
    const config = {
      mock: { dynamic: false },
      checkSecurity: true,
      validateRequest: true,
      validateResponse: true,
      errors: false,
      upstreamProxy: undefined,
      isProxy: false,
    } as const;
    const prism = createInstance(config, { logger: silentLogger as never });
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
            { ...config, mock: { dynamic: false, code: Number(status), exampleKey: exampleName } },
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
