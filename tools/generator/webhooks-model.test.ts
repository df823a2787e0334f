// The sidecar's `webhooks` checked against the document: every pointer against the schemas the
// sidecar names, every status value the document defines mapped, a JWT's key operation taking the
// kid and answering the JWK; each problem at the sidecar's file:line, naming the field.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Json } from "@patchbay/common/json";
import { makeTempDir, removeTempDir } from "@patchbay/common/temp-repo";
import { readSidecar } from "@patchbay/openapi/sidecar";
import { afterAll, describe, expect, it } from "vitest";
import { resolveWebhooks } from "./webhooks-model.ts";

const dir = makeTempDir("webhooks-model");
afterAll(() => removeTempDir(dir));

const doc: Json = {
  openapi: "3.1.0",
  info: { title: "Acme", version: "1" },
  paths: {
    "/keys/get": {
      post: {
        operationId: "keyGet",
        requestBody: {
          content: {
            "application/json": {
              schema: { type: "object", properties: { key_id: { type: "string" } } },
            },
          },
        },
        responses: {
          "200": {
            description: "ok",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  properties: { key: { type: "object", properties: { x: { type: "string" } } } },
                },
              },
            },
          },
        },
      },
    },
  },
  webhooks: {
    linkEvent: {
      post: {
        requestBody: {
          content: {
            "application/json": {
              schema: {
                type: "object",
                properties: { event: { type: "string" }, link_id: { type: "string" } },
              },
            },
          },
        },
        responses: { "200": { description: "ok" } },
      },
    },
  },
  components: {
    schemas: {
      event: {
        type: "object",
        properties: {
          type: { type: "string" },
          created: { type: "integer" },
          data: { type: "object", properties: { object: { type: "object" } } },
        },
      },
      link: {
        type: "object",
        properties: {
          id: { type: "string" },
          state: { type: "string", enum: ["live", "broken", "paused"] },
        },
      },
    },
  },
};

const resolve = (sidecar: string) => {
  const path = join(dir, "acme.patchbay.yaml");
  writeFileSync(path, sidecar);
  const read = readSidecar(path, "specs/acme.patchbay.yaml");
  if (!read.sidecar.webhooks) throw new Error("no webhooks read");
  return resolveWebhooks(doc, read.sidecar.webhooks, read.errorAt);
};

const hmac = `  signature:
    hmac: { algorithm: sha256, header: Acme-Signature, carries: value, signed: [body], encoding: hex }
`;

describe("the webhooks section, checked against the document", () => {
  it("takes pointers the named schemas have, with an object's own schema below a prefix", () => {
    const { model, problems } = resolve(`webhooks:
  source: https://acme.example.com/docs/webhooks
${hmac}  events:
    schemas: { "": "#/components/schemas/event" }
    type: /type
    occurredAt: { epoch: /created, unit: s }
    states:
      link.updated:
        schemas: { /data/object: "#/components/schemas/link" }
        connectionId: /data/object/id
        status:
          pointer: /data/object/state
          values: { live: connected, broken: authorization_required, paused: pending }
          otherwise: pending
`);
    expect(problems.map((problem) => problem.message)).toEqual([]);
    expect(model?.events.states?.["link.updated"]?.connectionId).toBe("/data/object/id");
  });

  it("refuses a pointer no schema has, a schema the document lacks, and an unmapped value, at their lines", () => {
    const { model, problems } = resolve(`webhooks:
  source: https://acme.example.com/docs/webhooks
${hmac}  events:
    schemas: { "": "#/components/schemas/event" }
    type: /kind
    occurredAt: { epoch: /created, unit: s }
    states:
      link.updated:
        schemas: { /data/object: "#/components/schemas/lnk" }
        connectionId: /data/object/id
        status: connected
      link.broken:
        schemas: { /data/object: "#/components/schemas/link" }
        connectionId: /data/object/identifier
        status:
          pointer: /data/object/state
          values: { live: connected, broken: authorization_required }
          otherwise: pending
`);
    expect(model).toBeUndefined();
    const messages = problems.map((problem) => problem.message);
    expect(messages).toContainEqual(
      expect.stringMatching(
        /^specs\/acme\.patchbay\.yaml:7:\d+ \(#\/webhooks\/events\/type\) reads \/kind, which every event's schema \(#\/components\/schemas\/event\) does not have/,
      ),
    );
    expect(messages).toContainEqual(
      expect.stringMatching(
        /^specs\/acme\.patchbay\.yaml:11:\d+ .*names #\/components\/schemas\/lnk, which the document does not have/,
      ),
    );
    expect(messages).toContainEqual(
      expect.stringMatching(
        /^specs\/acme\.patchbay\.yaml:16:\d+ \(#\/webhooks\/events\/states\/link\.broken\/connectionId\) reads \/data\/object\/identifier, which the link\.broken event's schema \(#\/components\/schemas\/link\) does not have/,
      ),
    );
    expect(messages).toContainEqual(
      expect.stringMatching(
        /states\/link\.broken\/status\) does not map "paused", which the document defines for \/data\/object\/state/,
      ),
    );
  });

  it("reads an OpenAPI 3.1 webhook's body schema by its pointer", () => {
    const sidecar = (id: string) => `webhooks:
  source: https://acme.example.com/docs/webhooks
${hmac}  events:
    schemas: { "": "#/webhooks/linkEvent/post/requestBody/content/application~1json/schema" }
    type: /event
    connectionId: ${id}
`;
    expect(resolve(sidecar("/link_id")).problems).toEqual([]);
    expect(resolve(sidecar("/link")).problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(
        /\(#\/webhooks\/events\/connectionId\) reads \/link, which every event's schema/,
      ),
    ]);
  });

  it("checks a JWT scheme's key operation: the kid in its request body, the JWK in its answer", () => {
    const jwt = (kid: string, jwk: string) => `webhooks:
  source: https://acme.example.com/docs/webhooks
  signature:
    jwt:
      header: Acme-Verification
      alg: ES256
      key: { operation: keyGet, kid: ${kid}, jwk: ${jwk} }
      issuedAt: { claim: iat, maxAge: 300 }
      bodyHash: { claim: body_sha256, algorithm: sha256, encoding: hex }
  events:
    type: /type
`;
    const good = resolve(jwt("/key_id", "/key"));
    expect(good.problems).toEqual([]);
    expect(good.model?.keyOperation).toEqual({ method: "post", path: "/keys/get" });
    const bad = resolve(jwt("/kid", "/jwk")).problems.map((problem) => problem.message);
    expect(bad).toEqual([
      expect.stringMatching(
        /\(#\/webhooks\/signature\/jwt\/key\/kid\) puts the kid at \/kid, which the keyGet request body's schema does not have/,
      ),
      expect.stringMatching(
        /\(#\/webhooks\/signature\/jwt\/key\/jwk\) reads \/jwk, which the keyGet 2xx response schema does not have/,
      ),
    ]);
  });

  it("the schema refuses an HMAC over a timestamp without a tolerance, and pairs without their keys", () => {
    expect(() =>
      resolve(`webhooks:
  source: npm stripe
  signature:
    hmac: { algorithm: sha256, header: S, carries: pairs, signed: [timestamp, body], encoding: hex }
  events: { type: /type }
`),
    ).toThrow(/tolerance|pairs/);
  });
});
