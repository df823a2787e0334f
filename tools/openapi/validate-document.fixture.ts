// The documents validate-document.test.ts and document-references.test.ts check: a valid one,
// changed per test, validated as specs/acme.yaml in a temporary root with a specs/shared/ file.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Json } from "@patchbay/common/json";
import { makeTempDir, removeTempDir } from "@patchbay/common/temp-repo";
import { afterAll } from "vitest";
import { stringify } from "yaml";
import { parseDocumentBytes } from "./load-document.ts";
import { checkDocument } from "./validate-document.ts";

const root = makeTempDir("validate-document");
const specsDir = join(root, "specs");
mkdirSync(join(specsDir, "shared"), { recursive: true });
writeFileSync(join(specsDir, "shared", "thing.yaml"), "Thing:\n  type: object\n");
writeFileSync(join(root, "secret.yaml"), "Secret:\n  type: string\n");
afterAll(() => removeTempDir(root));

/** A valid document, changed by `edit`. */
export function documentWith(edit: (doc: Json) => void = () => {}): Json {
  const doc: Json = {
    openapi: "3.0.3",
    info: { title: "Acme API", version: "1.0.0" },
    servers: [{ url: "https://api.acme.example/v1" }],
    security: [{ bearerAuth: [] }],
    paths: {
      "/things/{thingId}": {
        parameters: [{ $ref: "#/components/parameters/ThingId" }],
        get: {
          operationId: "getThing",
          responses: {
            "200": {
              description: "OK",
              content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } },
            },
          },
        },
      },
    },
    components: {
      parameters: {
        ThingId: { name: "thingId", in: "path", required: true, schema: { type: "string" } },
      },
      securitySchemes: { bearerAuth: { type: "http", scheme: "bearer" } },
      schemas: {
        Thing: {
          type: "object",
          // A property named "$ref" is a property, not a reference.
          properties: { $ref: { type: "string" }, id: { type: "string" } },
        },
      },
    },
  };
  edit(doc);
  return doc;
}
export const at = (doc: Json, ...tokens: string[]) =>
  tokens.reduce<Json>((node, token) => node[token] as Json, doc);
/** The errors validateDocument returns for `doc`, as written to specs/acme.yaml. */
export async function problemsOf(doc: Json) {
  return (await checked(doc)).errors;
}

/** The findings (defects reported, never fatal) checkDocument returns beside them. */
export async function findingsOf(doc: Json) {
  return (await checked(doc)).findings;
}

async function checked(doc: Json) {
  const loaded = parseDocumentBytes(Buffer.from(stringify(doc)), "specs/acme.yaml");
  const { errors, findings } = await checkDocument(loaded, specsDir);
  const plain = (list: typeof errors) =>
    list.map(({ pointer, problem, line }) => ({ pointer, problem, line }));
  return { errors: plain(errors), findings: plain(findings) };
}
