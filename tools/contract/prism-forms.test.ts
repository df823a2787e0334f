// What Prism 5.12 makes of form bodies as the runtime writes them (encodeFormBody, with each
// property's style from the document's `encoding`), sent to a real Prism mock: where it reads
// bracket notation, and that prismFormLimit and prismMissesRemoved predict each of its refusals.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Json } from "@patchbay/common/json";
import { makeTempDir } from "@patchbay/common/temp-repo";
import { type MockServers, startMocks } from "@patchbay/mocks/start-mocks";
import { formPropertyStyles } from "@patchbay/openapi/form-bodies";
import { encodeFormBody } from "@patchbay/runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prismFormLimit, prismMissesRemoved } from "./prism-forms.ts";

const deep = { style: "deepObject", explode: true };
const answer = {
  "200": { description: "ok", content: { "application/json": { example: { id: "x_1" } } } },
};
const form = (schema: Json, encoding: Json) => ({
  required: true,
  content: { "application/x-www-form-urlencoded": { schema, encoding } },
});
const customerBody = form(
  {
    type: "object",
    required: ["email"],
    additionalProperties: false,
    properties: {
      email: { type: "string" },
      count: { type: "integer" },
      flag: { type: "boolean" },
      address: {
        type: "object",
        required: ["line1"],
        properties: {
          line1: { type: "string" },
          zip: { type: "integer" },
          geo: { type: "object", properties: { lat: { type: "number" } } },
        },
      },
      metadata: { type: "object", additionalProperties: { type: "string" } },
      // Stripe's way of letting "" clear an object
      shipping: {
        anyOf: [
          { type: "object", properties: { city: { type: "string" } } },
          { type: "string", enum: [""] },
        ],
      },
      expand: { type: "array", items: { type: "string" } },
      items: {
        type: "array",
        items: { type: "object", properties: { price: { type: "string" } } },
      },
      tags: { type: "array", items: { type: "string" } },
      labels: { type: "array", items: { type: "string" } },
      extra: { type: "object", properties: { note: { type: "string" } } },
    },
  },
  {
    address: deep,
    metadata: deep,
    shipping: deep,
    expand: deep,
    items: deep,
    labels: { style: "form", explode: true },
  },
);
const settingsBody = form(
  {
    type: "object",
    required: ["options"],
    properties: { name: { type: "string" }, options: { type: "object" } },
  },
  { options: deep },
);
const document: Json = {
  openapi: "3.0.3",
  info: { title: "Forms", version: "1" },
  servers: [{ url: "https://forms.example" }],
  paths: {
    "/customers": { post: { requestBody: customerBody, responses: answer } },
    "/settings": { post: { requestBody: settingsBody, responses: answer } },
    "/search": {
      get: {
        requestBody: form({ type: "object", properties: { q: { type: "string" } } }, {}),
        responses: answer,
      },
    },
  },
};
const media = (body: Json) =>
  body.content && (body.content as Json)["application/x-www-form-urlencoded"];

let root: string;
let mocks: MockServers;
beforeAll(async () => {
  root = makeTempDir("prism-forms");
  mkdirSync(join(root, "specs"));
  writeFileSync(join(root, "specs/forms.json"), JSON.stringify(document));
  mocks = await startMocks({ root, vendors: ["forms"] });
});
afterAll(async () => {
  await mocks?.close();
  rmSync(root, { recursive: true, force: true });
});

const bodies: Record<string, Json> = { "/customers": customerBody, "/settings": settingsBody };

/** Prism's status and the request violations it names, for `body` written as the runtime writes it. */
async function send(path: string, body: Json) {
  const styles = formPropertyStyles(document, media(bodies[path] as Json));
  const response = await fetch(`${mocks.urls.forms}${path}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: encodeFormBody("forms", body, (name) => styles.get(name) ?? "form"),
  });
  const answered = (await response.json()) as {
    validation?: { location?: string[]; message: string }[];
  };
  return {
    status: response.status,
    violations: (answered.validation ?? []).map(
      (violation) => `${(violation.location ?? []).join(".")}: ${violation.message}`,
    ),
  };
}
const limit = (body: Json, path = "/customers") =>
  prismFormLimit(document, "post", media(bodies[path] as Json), body, true);

const address = { line1: "1 Main St" };

describe("Prism 5.12 and form bodies in bracket notation", () => {
  it("reads nested objects, indexed arrays of values and explicit form arrays: a valid body is accepted", async () => {
    const body = {
      email: "a@b.c",
      count: 5,
      flag: true,
      address: { line1: "1 Main St", zip: 94107, geo: { lat: 37.7 } },
      metadata: { order_id: "6735" },
      expand: ["customer", "invoice"],
      labels: ["vip", "eu"],
      shipping: "",
    };
    expect(limit(body)).toBeUndefined();
    expect(await send("/customers", body)).toEqual({ status: 200, violations: [] });
  });

  it("checks what it reads in brackets against the schema, nested fields included", async () => {
    const body = { email: "a@b.c", address: { line1: "x", zip: "nope" as unknown as number } };
    expect(await send("/customers", body)).toMatchObject({
      status: 422,
      violations: ["body.address.zip: Request body property address.zip must be integer"],
    });
  });

  it("builds an absent deepObject object from its schema and misses its required fields: predicted", async () => {
    const body = { email: "a@b.c" };
    expect(limit(body)).toMatch(/builds address from its schema though the body leaves it out/);
    expect((await send("/customers", body)).status).toBe(422);
  });

  it("answers 415 to an array of objects in bracket notation: predicted", async () => {
    const body = { email: "a@b.c", address, items: [{ price: "p_1" }] };
    expect(limit(body)).toMatch(/415 to an array of objects \(items\)/);
    expect(await send("/customers", body)).toMatchObject({ status: 415 });
  });

  it("refuses an array property without an encoding entry, however it is sent: predicted", async () => {
    const body = { email: "a@b.c", address, tags: ["x", "y"] };
    expect(limit(body)).toMatch(/tags, which has no encoding entry, as one plain field/);
    expect(await send("/customers", body)).toMatchObject({
      status: 422,
      violations: ["body.tags: Request body property tags must be array"],
    });
  });

  it("does not see a nested value under a schema without a type, nor an object without an encoding entry (accepted unchecked)", async () => {
    const body = { email: "a@b.c", address, shipping: { city: "Paris" }, extra: { note: "x" } };
    expect(limit(body)).toBeUndefined();
    expect(await send("/customers", body)).toEqual({ status: 200, violations: [] });
  });

  it("sees a removed required value, but not a removed required deepObject object: predicted", async () => {
    expect(prismMissesRemoved(document, "post", media(customerBody), "email")).toBeUndefined();
    expect(await send("/customers", { address })).toMatchObject({ status: 422 });
    expect(prismMissesRemoved(document, "post", media(settingsBody), "options")).toMatch(
      /builds the deepObject object options from its schema though the body leaves it out/,
    );
    expect(await send("/settings", { name: "x" })).toEqual({ status: 200, violations: [] });
  });

  it("does not look in a GET's query string for its body", () => {
    const get = media(((document.paths as Json)["/search"] as Json).get as Json);
    expect(prismFormLimit(document, "get", get, { q: "x" }, true)).toMatch(/the query string/);
    expect(prismFormLimit(document, "get", get, { q: "x" }, false)).toBeUndefined();
    expect(prismMissesRemoved(document, "get", get, "q")).toMatch(/query string/);
  });
});
