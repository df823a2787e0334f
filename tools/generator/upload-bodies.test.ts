// Upload bodies: the descriptor's multipartBodies / binaryBodies (which operations, each part's
// encoding, the media type sent), the encodings createClient passes, and the types of their files.
import { join } from "node:path";
import type { Json } from "@patchbay/common/json";
import { describe, expect, it } from "vitest";
import { renderIndex } from "./render-index.ts";
import { renderReadme } from "./render-readme.ts";
import { renderSchema } from "./render-schema.ts";
import { uploadBodiesOf } from "./upload-bodies-model.ts";
import { modelOf, ok } from "./vendor-model.fixture.ts";

const body = (content: Json) => ({ requestBody: { required: true, content }, responses: ok });
const binary = { type: "string", format: "binary" };

const doc: Json = {
  openapi: "3.1.0",
  info: { title: "Acme API", version: "1" },
  servers: [{ url: "https://api.acme.example" }],
  paths: {
    "/files": {
      post: body({
        "multipart/form-data": {
          schema: {
            type: "object",
            required: ["file"],
            properties: {
              file: binary,
              pages: { type: "array", items: binary },
              meta: { type: "object" },
              expand: { type: "array", items: { type: "string" } },
              avatar: { type: "string", contentMediaType: "image/png" },
              encoded: { type: "string", contentEncoding: "base64" },
            },
          },
          encoding: { meta: { contentType: "application/json" }, expand: { style: "deepObject" } },
        },
      }),
    },
    "/shared": {
      post: {
        servers: [{ url: "https://files.acme.example/" }],
        ...body({ "multipart/form-data": { schema: { $ref: "#/components/schemas/Doc" } } }),
        responses: {
          "200": {
            description: "OK",
            content: { "application/json": { schema: { $ref: "#/components/schemas/Doc" } } },
          },
        },
      },
    },
    "/objects/{key}": {
      parameters: [{ name: "key", in: "path", required: true, schema: { type: "string" } }],
      put: body({ "application/octet-stream": {} }),
      post: body({ "image/*": { schema: binary } }),
      patch: body({
        "application/json": { schema: { type: "object" } },
        "multipart/form-data": {},
      }),
    },
  },
  components: {
    schemas: {
      Doc: { type: "object", properties: { content: binary, title: { type: "string" } } },
    },
  },
};

describe("uploadBodiesOf", () => {
  it("lists multipart operations with their parts' encodings, binary ones with the media type sent, none that offers JSON", () => {
    expect(uploadBodiesOf(doc)).toEqual({
      multipartBodies: {
        "POST /files": { meta: "application/json", expand: "deepObject" },
        "POST /shared": {},
      },
      binaryBodies: {
        "PUT /objects/{key}": "application/octet-stream",
        "POST /objects/{key}": "application/octet-stream",
      },
      uploadServers: { "POST /shared": "https://files.acme.example/" },
    });
  });

  it("is absent from a document without uploads", () => {
    expect(uploadBodiesOf({ paths: { "/a": { post: body({ "application/json": {} }) } } })).toEqual(
      {},
    );
  });

  it("puts them in the descriptor, and createClient passes the runtime's encodings", () => {
    const index = renderIndex(modelOf(doc));
    expect(index).toContain('  multipartBodies: {\n    "POST /files": {');
    expect(index).toContain(
      '  binaryBodies: {\n    "PUT /objects/{key}": "application/octet-stream",',
    );
    expect(index).toContain(
      "createVendorClient<paths>(descriptor, options, [multipartBodies, binaryBodies]);",
    );
  });
});

describe("the README's uploads section", () => {
  it("lists the multipart and binary operations before the operations table, and none where there are none", () => {
    const readme = renderReadme(modelOf(doc));
    expect(readme).toContain("## Uploads\n\n- `POST /files`: `multipart/form-data`\n");
    expect(readme).toContain("- `PUT /objects/{key}`: bytes, sent as `application/octet-stream`");
    expect(readme.indexOf("## Uploads")).toBeLessThan(readme.indexOf("## Operations"));
    expect(readme).toContain(
      "- `POST /shared`: `multipart/form-data` (served at `https://files.acme.example/`, its own server in the document: pass it as the call's `baseUrl`)",
    );
    expect(renderReadme(modelOf({}))).not.toContain("## Uploads");
  });
});

describe("the types of upload bodies", () => {
  it("binary parts of request bodies are files, a multipart body also a FormData; a response's binary stays a string", async () => {
    const schema = await renderSchema(
      { specFile: "specs/acme.yaml", headers: [] },
      doc,
      join(import.meta.dirname, "fixtures/acme.yaml"),
    );
    const files = "Blob | ReadableStream<Uint8Array> | Uint8Array";
    expect(schema).toContain(`file: ${files};`);
    expect(schema).toContain(`pages?: (${files})[];`);
    expect(schema).toContain(`avatar?: ${files};`);
    expect(schema).toContain("encoded?: string;");
    // the shared component keeps its type (the response's); the request's copy takes files
    expect(schema).toMatch(/Doc: \{[^}]*content\?: string;/);
    expect(schema).toContain(`content?: ${files};`);
    expect(schema).toContain("} | FormData;");
    expect(schema).toContain(
      '"application/octet-stream": Blob | ReadableStream<Uint8Array> | Uint8Array | ArrayBuffer | string;',
    );
  });
});
