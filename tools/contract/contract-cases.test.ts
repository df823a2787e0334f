import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Json } from "@patchbay/common/json";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { contractPlan } from "./contract-cases.ts";

// Machinery tests run on fixtures, never on the live specs/: a vendor's document may change freely.
// oauth-redirect.yaml and direct-credentials.yaml are one-operation documents (copies of early
// Datagrid and Chartbrew documents).
const fixtures = join(import.meta.dirname, "fixtures");
const documentOf = (fixture: string): Json =>
  parse(readFileSync(join(fixtures, `${fixture}.yaml`), "utf8")) as Json;
const titles = (doc: Json) =>
  contractPlan("test", doc).operations.map((operation) => ({
    label: operation.label,
    cases: operation.cases.map((contractCase) => contractCase.title),
    uncovered: operation.uncovered,
  }));

/** A document with one operation, its responses and request body as given. */
const tiny = (operation: Json, extra: Json = {}): Json => ({
  openapi: "3.1.0",
  info: { title: "Tiny", version: "1" },
  servers: [{ url: "https://tiny.example.com" }],
  security: [{ bearer: [] }],
  components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
  paths: { "/things": { post: { operationId: "createThing", ...operation } } },
  ...extra,
});
const thingBody = {
  required: true,
  content: {
    "application/json": {
      schema: { type: "object", required: ["name", "kind"], properties: { name: {}, kind: {} } },
      examples: { first: { value: { name: "a", kind: "b" } } },
    },
  },
};
const ok = {
  "201": { description: "ok", content: { "application/json": { example: { id: 1 } } } },
};

describe("contractPlan", () => {
  it("derives an OAuth-redirect document's cases from its examples and responses", () => {
    expect(titles(documentOf("oauth-redirect"))).toEqual([
      {
        label: "POST /connections (Connection.createConnection)",
        cases: [
          "valid request (request example google-drive, Prefer example=google-drive) → 200",
          "valid request (request example custom-oauth-provider, Prefer example=google-drive) → 200",
          "Prefer: code=429, example=rate-limited → 429, retried 2×",
          "no credentials → 401",
          "required body field connector_id removed → 422",
        ],
        uncovered: [],
      },
    ]);
  });

  it("expects each documented example back, with its schema's location in the document", () => {
    const [operation] = contractPlan("oauth-redirect", documentOf("oauth-redirect")).operations;
    const rateLimited = operation?.cases.find((contractCase) => contractCase.expect.status === 429);
    expect(rateLimited?.request.headers).toEqual({ Prefer: "code=429, example=rate-limited" });
    expect(rateLimited?.expect).toMatchObject({
      attempts: 3,
      schema: "#/paths/~1connections/post/responses/429/content/application~1json/schema",
      example: { name: "rate-limited", value: { error: "rate_limit_exceeded" } },
    });
    const anonymous = operation?.cases.find((contractCase) => !contractCase.request.credentials);
    expect(anonymous?.expect).toEqual({ status: 401, attempts: 1 }); // Prism makes this one up
  });

  it("covers a new operation with examples with no test edit", () => {
    const doc = documentOf("direct-credentials");
    const before = contractPlan("direct-credentials", doc).operations;
    const paths = doc.paths as Record<string, Json>;
    paths["/team/{team_id}/connections/{connection_id}/test"] = {
      post: {
        operationId: "testConnection",
        parameters: [
          {
            name: "team_id",
            in: "path",
            required: true,
            schema: { type: "string" },
            example: "42",
          },
          {
            name: "connection_id",
            in: "path",
            required: true,
            schema: { type: "string" },
            example: "187",
          },
        ],
        responses: {
          "200": { description: "ok", content: { "application/json": { example: { ok: true } } } },
          "404": {
            description: "gone",
            content: { "application/json": { example: { message: "no" } } },
          },
        },
      },
    };
    const after = contractPlan("direct-credentials", doc).operations;
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)?.cases.map((contractCase) => contractCase.title)).toEqual([
      "valid request (from the examples) → 200",
      "Prefer: code=404 → 404",
      "no credentials → 401",
    ]);
  });

  /** A required JSON request body of this schema, with no example. */
  const requiredBody = (schema: object) => ({
    required: true,
    content: { "application/json": { schema } },
  });

  it("synthesizes what the document gives no example for from the schema, property examples first, the same every time", () => {
    const doc = tiny({
      parameters: [{ name: "id", in: "query", required: true, schema: { type: "string" } }],
      requestBody: requiredBody({
        type: "object",
        required: ["name"],
        properties: {
          name: { type: "string", example: "lamp" },
          count: { type: "integer", minimum: 2 },
          id: { type: "string", readOnly: true },
        },
      }),
      responses: ok,
    });
    const [plan] = contractPlan("test", doc).operations;
    expect(plan?.uncovered).toEqual([]);
    expect(plan?.synthesized).toEqual(['query parameter "id"', "request body"]);
    const valid = plan?.cases.find((contractCase) => contractCase.kind === "valid request");
    expect(valid?.title).toBe(
      'valid request (synthesized from the schema: query parameter "id", request body) → 201',
    );
    // the property's example, the minimum, no readOnly property in a request
    expect(valid?.request.body).toEqual({ name: "lamp", count: 2 });
    expect(valid?.request.params.query).toEqual({ id: "string" });
    expect(contractPlan("test", doc)).toEqual(contractPlan("test", doc));
  });

  it("fills a format the sampler does not know (Plaid's `format: url`) with a value Ajv accepts", () => {
    const body = {
      required: true,
      content: {
        "application/json": {
          schema: {
            type: "object",
            required: ["webhook", "hooks"],
            properties: {
              webhook: { type: "string", format: "url" },
              hooks: { type: "array", items: { type: "string", format: "url" } },
            },
          },
        },
      },
    };
    const plan = contractPlan("test", tiny({ requestBody: body, responses: ok })).operations[0];
    expect(plan?.uncovered).toEqual([]);
    expect(plan?.cases[0]?.request.body).toEqual({
      webhook: "https://example.com/hook",
      hooks: ["https://example.com/hook"],
    });
  });

  it("leaves an operation uncovered, saying why, where a synthesized value does not satisfy its schema", () => {
    const doc = tiny({
      requestBody: requiredBody({
        type: "object",
        required: ["code"],
        properties: { code: { type: "string", pattern: "^[A-Z]{3}$" } },
      }),
      responses: ok,
    });
    const [plan] = contractPlan("test", doc).operations;
    expect(plan?.cases).toEqual([]);
    expect(plan?.uncovered).toEqual([
      'example for the request body (a value synthesized from its schema does not satisfy it: /code must match pattern "^[A-Z]{3}$")',
    ]);
  });

  it("covers a multipart-only body: its cases, and its parts checked by a loopback server", () => {
    const form = tiny({
      requestBody: {
        required: true,
        content: {
          "multipart/form-data": {
            schema: {
              type: "object",
              required: ["file"],
              properties: { file: { type: "string", format: "binary" }, tag: { type: "string" } },
            },
            example: { file: "x", tag: "user_123" },
          },
        },
      },
      responses: { ...ok, "422": { description: "invalid" } },
    });
    const [plan] = contractPlan("test", form).operations;
    expect(plan?.skipped).toBeUndefined();
    expect(plan?.upload).toEqual({
      kind: "multipart",
      type: "multipart/form-data",
      files: { file: "one" },
    });
    expect(plan?.cases.map((contractCase) => contractCase.kind)).toEqual([
      "valid request",
      "parts checked",
      "documented response",
      "no credentials",
      "required field removed",
    ]);
    expect(plan?.cases[1]?.request.body).toEqual({ file: "x", tag: "user_123" });
  });

  it("covers a binary body and synthesizes an upload body the document gives no example for", () => {
    const doc = tiny({
      requestBody: {
        required: true,
        content: { "application/octet-stream": { schema: { type: "string", format: "binary" } } },
      },
      responses: ok,
    });
    const [plan] = contractPlan("test", doc).operations;
    expect(plan?.uncovered).toEqual([]);
    expect(plan?.upload).toEqual({ kind: "binary", type: "application/octet-stream", files: {} });
    expect(plan?.cases.map((contractCase) => contractCase.kind)).toEqual([
      "valid request",
      "no credentials",
    ]);
  });

  /** A form body (Stripe's way): deepObject for its nested properties, as the document says. */
  const formBody = (schema: object, extra: object = {}) => ({
    required: true,
    content: {
      "application/x-www-form-urlencoded": {
        schema,
        encoding: {
          address: { style: "deepObject", explode: true },
          items: { style: "deepObject" },
        },
        ...extra,
      },
    },
  });
  const customer = {
    type: "object",
    required: ["email", "address"],
    properties: {
      email: { type: "string", example: "jenny@example.com" },
      address: { type: "object", properties: { line1: { type: "string" } } },
      items: {
        type: "array",
        items: { type: "object", properties: { price: { type: "string" } } },
      },
    },
  };

  it("builds a form body from its example, and removes each required field Prism can see missing", () => {
    const doc = tiny({
      requestBody: formBody(customer, {
        example: { email: "a@b.c", address: { line1: "1 Main St" } },
      }),
      responses: ok,
    });
    const [plan] = contractPlan("test", doc).operations;
    expect(plan?.skipped).toBeUndefined();
    expect(
      plan?.cases.map((contractCase) => [contractCase.title, contractCase.limit ?? "runs"]),
    ).toEqual([
      ["valid request (from the examples) → 201", "runs"],
      ["no credentials → 401", "runs"],
      ["required body field email removed → 422", "runs"],
      [
        "required body field address removed → 422",
        "Prism 5.12 builds the deepObject object address from its schema though the body leaves it out, so it never sees it missing",
      ],
    ]);
    expect(plan?.cases[0]?.request.body).toEqual({
      email: "a@b.c",
      address: { line1: "1 Main St" },
    });
  });

  it("synthesizes a form body without an example, preferring one the mock can judge", () => {
    const doc = tiny({ requestBody: formBody(customer), responses: ok });
    const [plan] = contractPlan("test", doc).operations;
    expect(plan?.synthesized).toEqual(["request body"]);
    // the fuller value holds an array of objects Prism answers 415 to: the required fields alone
    expect(plan?.cases[0]?.request.body).toEqual({ email: "jenny@example.com", address: {} });
    expect(
      plan?.cases.every(
        (contractCase) => contractCase.kind === "required field removed" || !contractCase.limit,
      ),
    ).toBe(true);
  });

  it("does not run the removal of a form's only field: Prism takes the empty body for none", () => {
    const doc = tiny({
      requestBody: formBody(
        { type: "object", required: ["invoice"], properties: { invoice: { type: "string" } } },
        { example: { invoice: "in_1" } },
      ),
      responses: ok,
    });
    const [plan] = contractPlan("test", doc).operations;
    expect(
      plan?.cases.find((contractCase) => contractCase.kind === "required field removed")?.limit,
    ).toBe(
      'Prism 5.12 takes the empty form body left for no body at all ("Body parameter is required"), so it never names invoice missing',
    );
  });

  // Stripe's GET /v1/checkout/sessions: Prism 5.12 builds the absent `customer_details` from its
  // schema and answers 422 for its missing `email` (as it does a form's deepObject field).
  it("names the limit of the mock where an optional deepObject query object it builds anyway requires properties", () => {
    const withQuery = (schema: Json) =>
      tiny({
        parameters: [{ name: "details", in: "query", style: "deepObject", explode: true, schema }],
        responses: ok,
      });
    const [limited] = contractPlan(
      "test",
      withQuery({ type: "object", required: ["email"], properties: { email: { type: "string" } } }),
    ).operations;
    expect(new Set(limited?.cases.map((contractCase) => contractCase.limit))).toEqual(
      new Set([
        "Prism 5.12 cannot judge this query: it builds details from its schema though the request leaves it out, and then misses its required email",
      ]),
    );
    const [runs] = contractPlan(
      "test",
      withQuery({ type: "object", properties: { email: { type: "string" } } }),
    ).operations;
    expect(runs?.cases.map((contractCase) => contractCase.limit)).toEqual([undefined, undefined]);
  });

  it("names the limit of the mock where it cannot judge a form body: the case is not run, and not a failure", () => {
    const withItems = tiny({
      requestBody: formBody(customer, {
        example: { email: "a@b.c", address: {}, items: [{ price: "p_1" }] },
      }),
      responses: ok,
    });
    const [plan] = contractPlan("test", withItems).operations;
    expect(plan?.uncovered).toEqual([]);
    expect(new Set(plan?.cases.map((contractCase) => contractCase.limit))).toEqual(
      new Set([
        "Prism 5.12 cannot judge this form body: it answers 415 to an array of objects (items) in bracket notation: it expects JSON texts there",
        "Prism 5.12 builds the deepObject object address from its schema though the body leaves it out, so it never sees it missing",
      ]),
    );
    // A GET's form fields go in the query string: Prism wants the body the document requires.
    const get = tiny({});
    get.paths = {
      "/things": {
        get: {
          requestBody: formBody(
            { type: "object", properties: { q: { type: "string" } } },
            { example: { q: "x" } },
          ),
          responses: ok,
        },
      },
    };
    const [getPlan] = contractPlan("test", get).operations;
    expect(getPlan?.cases[0]?.limit).toBe(
      "Prism 5.12 cannot judge this form body: a GET carries no body, so the runtime sends the fields in the query string, and Prism asks for the body the document requires",
    );
  });

  it("skips an operation Prism routes to a later template equal but for the parameter's name", () => {
    const doc = tiny({ responses: ok });
    const get = { responses: ok };
    doc.paths = { "/things/{kind}": { delete: get, get }, "/things/{id}": { delete: get } };
    const plans = contractPlan("test", doc).operations;
    const byLabel = (label: string) => plans.find((plan) => plan.label === label);
    const [byKind, getByKind, byId] = [
      "DELETE /things/{kind}",
      "GET /things/{kind}",
      "DELETE /things/{id}",
    ].map(byLabel);
    expect(byKind?.skipped).toBe(
      "Prism cannot tell it from DELETE /things/{id} (the same template but for the parameter's name) and routes both there",
    );
    expect(getByKind?.skipped).toBeUndefined();
    expect(byId?.skipped).toBeUndefined();
  });

  it("expects Prism's answer to an invalid request: 422, else a documented 400, else default", () => {
    const statusFor = (responses: Json) =>
      contractPlan("t", tiny({ requestBody: thingBody, responses: { ...ok, ...responses } }))
        .operations[0]?.cases.filter(
          (contractCase) => contractCase.kind === "required field removed",
        )
        .map((contractCase) => [contractCase.expect.status, contractCase.expect.violatedField]);
    expect(statusFor({})).toEqual([
      [422, "name"],
      [422, "kind"],
    ]);
    expect(statusFor({ "400": { description: "bad" } })?.[0]).toEqual([400, "name"]);
    expect(
      statusFor({ "400": { description: "bad" }, "4XX": { description: "any" } })?.[0],
    ).toEqual([422, "name"]);
    expect(statusFor({ default: { description: "any" } })?.[0]).toEqual([422, "name"]);
  });

  it("forces ranges and default with a status the document does not list", () => {
    const doc = tiny({
      requestBody: thingBody,
      responses: {
        ...ok,
        "4XX": { description: "client" },
        "400": { description: "x" },
        default: { description: "d" },
      },
    });
    expect(titles(doc)[0]?.cases.filter((title) => title.startsWith("Prefer"))).toEqual([
      "Prefer: code=400 → 400",
      "Prefer: code=401 → 401",
      "Prefer: code=500 → 500",
    ]);
  });

  it("asks for no 401 where the operation needs no credentials", () => {
    const open = tiny({ requestBody: thingBody, responses: ok, security: [] });
    const optional = tiny({
      requestBody: thingBody,
      responses: ok,
      security: [{}, { bearer: [] }],
    });
    for (const doc of [open, optional]) {
      expect(titles(doc)[0]?.cases).not.toContain("no credentials → 401");
    }
  });

  it("sends no credential-carrying parameter without credentials, and says why a 401 cannot be shown where an alternative names an undefined scheme", () => {
    const keyed = {
      security: [{ key: [] }],
      components: { securitySchemes: { key: { type: "apiKey", in: "header", name: "x-api-key" } } },
    };
    const parameters = [
      {
        name: "X-Api-Key",
        in: "header",
        required: true,
        schema: { type: "string" },
        example: "sk_1",
      },
      { name: "X-Trace", in: "header", required: true, schema: { type: "string" }, example: "t1" },
    ];
    const plan = contractPlan(
      "test",
      tiny({ requestBody: thingBody, responses: ok, parameters }, keyed),
    ).operations[0];
    const cases = new Map(plan?.cases.map((contractCase) => [contractCase.kind, contractCase]));
    expect(cases.get("valid request")?.request.params.header).toEqual({
      "X-Api-Key": "sk_1",
      "X-Trace": "t1",
    });
    const anonymous = cases.get("no credentials");
    expect(anonymous?.request).toMatchObject({
      credentials: false,
      params: { header: { "X-Trace": "t1" } },
    });
    expect(anonymous?.skip).toBeUndefined();

    const unchecked = contractPlan(
      "test",
      tiny({
        requestBody: thingBody,
        responses: ok,
        security: [{ bearer: [] }, { workbench: [] }],
      }),
    ).operations[0]?.cases.find((contractCase) => contractCase.kind === "no credentials");
    expect(unchecked?.skip).toBe(
      "an alternative of its security names workbench, which the document does not define, so the mock lets a request without credentials through",
    );
  });

  it("skips a case whose answer Prism builds from a schema example the schema refuses, naming it", () => {
    const doc = tiny({
      requestBody: thingBody,
      responses: {
        "200": {
          description: "ok",
          content: {
            "application/json": {
              schema: {
                type: "object",
                required: ["data"],
                properties: {
                  data: { type: "array", items: { type: "object", required: ["id"] } },
                },
                example: { data: [{ name: "fragment" }] },
              },
            },
          },
        },
      },
    });
    const valid = contractPlan("test", doc).operations[0]?.cases[0];
    expect(valid?.skip).toMatch(
      /^built on POST \/things: 200 example schema example, which its schema refuses \(.*\/data\/0 must have required property 'id'\)$/,
    );
  });

  it("expects no body from a 204, whatever content the document declares for it", () => {
    const doc = tiny({
      requestBody: thingBody,
      responses: {
        "204": {
          description: "No content",
          content: { "application/json": { schema: { type: "object" }, example: {} } },
        },
      },
    });
    const valid = contractPlan("test", doc).operations[0]?.cases[0];
    expect(valid?.expect).toEqual({ status: 204, attempts: 1, bodyless: true });
    // an error the document declares without content (Fivetran's 401s) has no body to type either
    const contentless = contractPlan(
      "test",
      tiny({
        requestBody: thingBody,
        responses: { ...ok, "401": { description: "Unauthorized" } },
      }),
    ).operations[0]?.cases.find((contractCase) => contractCase.kind === "no credentials");
    expect(contentless?.expect).toEqual({ status: 401, attempts: 1, bodyless: true });
  });

  it("plans maxRetries + 1 attempts for 429 and 503 only, as the runtime retries them for any method", () => {
    const doc = tiny({
      requestBody: thingBody,
      responses: {
        ...ok,
        "429": { description: "slow" },
        "503": { description: "down" },
        "502": { description: "bad" },
      },
    });
    const attempts = contractPlan("t", doc, { maxRetries: 3 })
      .operations[0]?.cases.filter((contractCase) => contractCase.kind === "documented response")
      .map((contractCase) => [contractCase.expect.status, contractCase.expect.attempts]);
    expect(attempts).toEqual([
      [429, 4],
      [502, 1],
      [503, 4],
    ]);
  });
});
