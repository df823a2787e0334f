import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createConnectionExample, operationExample } from "./operation-example.ts";

const document = `openapi: 3.1.0
info: { title: Acme, version: "1" }
servers: [{ url: "https://api.acme.example" }]
paths:
  /search:
    post:
      operationId: search
      requestBody:
        content:
          application/json: { example: { q: "first POST, not the create call" } }
      responses: { "200": { description: ok } }
  /teams/{team_id}/links:
    post:
      operationId: createLink
      parameters:
        - { name: team_id, in: path, required: true, schema: { type: string }, example: "7" }
      requestBody:
        required: true
        content:
          application/json: { schema: { type: object } }
      responses: { "201": { description: created } }
  /uploads:
    post:
      operationId: upload
      requestBody:
        required: true
        content:
          application/json: {}
      responses: { "201": { description: created } }
`;
const overlay = `overlay: 1.0.0
info: { title: Acme additions, version: "1" }
actions:
  - target: $.paths['/teams/{team_id}/links'].post.requestBody.content['application/json']
    update: { example: { provider: notion } }
`;
const sidecar = `connections:
  create: createLink
  start: { status: pending }
`;

describe("createConnectionExample / operationExample", () => {
  const root = mkdtempSync(join(tmpdir(), "operation-example-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, "specs"));
  writeFileSync(join(root, "specs/acme.yaml"), document);
  writeFileSync(join(root, "specs/acme.overlay.yaml"), overlay);
  writeFileSync(join(root, "specs/acme.patchbay.yaml"), sidecar);
  writeFileSync(join(root, "specs/plain.yaml"), document);

  it("finds the operation the sidecar declares (not the first POST), with the examples of the document and its overlay", async () => {
    expect(await createConnectionExample("acme", root)).toEqual({
      method: "post",
      path: "/teams/{team_id}/links",
      input: { params: { path: { team_id: "7" } }, body: { provider: "notion" } },
    });
  });

  it("is undefined for a vendor whose sidecar declares no connections", async () => {
    expect(await createConnectionExample("plain", root)).toBeUndefined();
  });

  it("synthesizes from the schema what has no example (as the contract suite does), and refuses what has neither, naming the file and what is missing", async () => {
    expect(
      await operationExample("plain", { method: "post", path: "/teams/{team_id}/links" }, root),
    ).toEqual({ params: { path: { team_id: "7" } }, body: {} });
    await expect(
      operationExample("plain", { method: "post", path: "/uploads" }, root),
    ).rejects.toThrow(
      "specs/plain.yaml: POST /uploads has no example for request body (it has no schema to synthesize a value from)",
    );
    await expect(operationExample("nope", { method: "post", path: "/x" }, root)).rejects.toThrow(
      "No document in specs/ for nope",
    );
  });
});
