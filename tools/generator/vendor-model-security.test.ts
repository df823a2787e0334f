// Proves the descriptor carries each operation's security (issue 23, point 6): the requirements
// most operations have, as indexes into `auth`, and only the operations whose own differ.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Json } from "@patchbay/common/json";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { renderIndex } from "./render-index.ts";
import { renderReadme } from "./render-readme.ts";
import { modelOf, ok } from "./vendor-model.fixture.ts";
import { buildVendorModel } from "./vendor-model.ts";

const gateFile = join(import.meta.dirname, "fixtures", "sixth-vendor", "gate.yaml");
const gate = () => {
  const bytes = readFileSync(gateFile);
  const document = parse(bytes.toString("utf8")) as Json;
  return buildVendorModel({
    name: "gate",
    specFile: "specs/gate.yaml",
    bytes,
    document,
    sidecar: {},
  });
};

const schemes = {
  basicAuth: { type: "http", scheme: "basic" },
  otherBasic: { type: "http", scheme: "basic" },
  bearerAuth: { type: "http", scheme: "bearer" },
  digest: { type: "http", scheme: "digest" },
  clientId: { type: "apiKey", in: "header", name: "X-Client-Id" },
  secret: { type: "apiKey", in: "header", name: "X-Secret" },
};

describe("buildVendorModel: security per operation", () => {
  it("gate: Basic first at the top level, a Bearer-only operation, two headers together, `security: []`", () => {
    const model = gate();
    expect(model.auth.map((scheme) => ("option" in scheme ? scheme.option : scheme.type))).toEqual([
      "basic",
      "apiKey",
      "clientId",
      "clientSecret",
    ]);
    expect(model.security).toEqual([[0], [1]]);
    expect(model.operationSecurity).toEqual({
      "POST /v1/projects": [[1]],
      "GET /v1/reports": [[2, 3]],
      "GET /v1/health": [],
    });
  });

  it("renders them in the descriptor, one line each", () => {
    expect(renderIndex(gate())).toContain(`  security: [[0], [1]],
  operationSecurity: {
    "POST /v1/projects": [[1]],
    "GET /v1/reports": [[2, 3]],
    "GET /v1/health": [],
  },
  headers: [],
} as const satisfies VendorDescriptor;`);
  });

  it("says in the README which operations send what", () => {
    expect(renderReadme(gate())).toContain(`
- every operation not listed below: \`username\` and \`password\`; or \`apiKey\`
- \`POST /v1/projects\`: \`apiKey\`
- \`GET /v1/reports\`: \`clientId\` and \`clientSecret\`, together
- \`GET /v1/health\`: no credentials
`);
  });

  it("adds nothing per operation where every operation follows the document's security", () => {
    const paths = Object.fromEntries(
      Array.from({ length: 452 }, (_, index) => [
        `/things/${index}`,
        {
          get: { responses: ok },
          post: { security: [{ clientId: [], secret: [] }], responses: ok },
        },
      ]),
    );
    const model = modelOf({
      components: { securitySchemes: schemes },
      security: [{ clientId: [], secret: [] }],
      paths,
    });
    expect(model.security).toEqual([[0, 1]]);
    expect(model.operationSecurity).toEqual({});
    const index = renderIndex(model);
    expect(index).toContain("  security: [[0, 1]],\n  headers: [],");
    expect(index).not.toContain("operationSecurity");
    // schemes only ever sent together are named after themselves, not "the" apiKey (Plaid's)
    expect(model.auth.map((scheme) => ("option" in scheme ? scheme.option : scheme.type))).toEqual([
      "clientId",
      "secret",
    ]);
    expect(renderReadme(model)).toContain("- every operation: `clientId` and `secret`, together");
  });

  it("takes the requirements most operations declare where the document has none at the top level", () => {
    const model = modelOf({
      components: { securitySchemes: schemes },
      paths: {
        "/a": { get: { security: [{ bearerAuth: [] }], responses: ok } },
        "/b": { get: { security: [{ bearerAuth: [] }], responses: ok } },
        "/c": { get: { responses: ok } },
      },
    });
    expect(model.security).toEqual([[0]]);
    expect(model.operationSecurity).toEqual({ "GET /c": [] });
  });

  it("keeps the document's own where it ties, and an optional requirement (`{}`) as []", () => {
    const model = modelOf({
      components: { securitySchemes: schemes },
      security: [{}, { bearerAuth: [] }],
      paths: {
        "/a": { get: { responses: ok } },
        "/b": { get: { security: [{ basicAuth: [] }], responses: ok } },
      },
    });
    expect(model.security).toEqual([[], [0]]);
    expect(model.operationSecurity).toEqual({ "GET /b": [[1]] });
    expect(renderReadme(model)).toContain(
      "- every operation not listed below: `apiKey`, else none (auth is optional)",
    );
  });

  it("sends a second Basic scheme as the first, leaves out what has no option, and an undefined scheme's alternative", () => {
    const model = modelOf({
      components: { securitySchemes: schemes },
      security: [{ basicAuth: [] }],
      paths: {
        "/a": { get: { security: [{ otherBasic: [], basicAuth: [] }], responses: ok } },
        "/b": { get: { security: [{ digest: [], bearerAuth: [] }], responses: ok } },
        "/c": { get: { security: [{ undefinedScheme: [] }, { bearerAuth: [] }], responses: ok } },
        "/d": { get: { security: [{ digest: [] }], responses: ok } },
        "/e": { get: { responses: ok } },
        "/f": { get: { responses: ok } },
      },
    });
    expect(model.auth.map((scheme) => scheme.type)).toEqual(["basic", "bearer"]);
    expect(model.security).toEqual([[0]]);
    expect(model.operationSecurity).toEqual({
      "GET /b": [[1]],
      "GET /c": [[1]],
      "GET /d": [[]],
    });
  });

  it("leaves a document with the plain shapes' README as it was", () => {
    const model = modelOf({
      components: { securitySchemes: schemes },
      security: [{ basicAuth: [] }, { bearerAuth: [] }],
    });
    expect(model.security).toEqual([[0], [1]]);
    expect(renderReadme(model)).not.toContain("Each request sends what its operation's");
  });
});
