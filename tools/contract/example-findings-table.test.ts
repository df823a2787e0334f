import { describe, expect, it } from "vitest";
import {
  type ExampleFindings,
  findingLines,
  formatFindingsTable,
} from "./example-findings-table.ts";

const finding = (example: string) => ({
  example,
  at: "#/components/examples/thing/value",
  schema: "#/components/schemas/Thing",
  problems: ["/id must be string", "(body) must have required property 'name'", "third"],
});
const acme: ExampleFindings = {
  vendor: "acme",
  document: "specs/acme.yaml",
  checked: 12,
  findings: [finding("GET /things: 200 example a"), finding("GET /things: 200 example b")],
  skippedCases: 3,
};
const zeta: ExampleFindings = {
  ...acme,
  vendor: "zeta",
  checked: 4,
  findings: [],
  skippedCases: 0,
  documentFindings: [
    'specs/zeta.json:12:20 (#/components/schemas/Thing/properties/expires/anyOf/1/type) type "null", which OpenAPI 3.0 does not have (3.1 does): typed as null',
    "specs/zeta.json:30:9 (#/components/schemas/Owner/nullable) nullable without a type: typed as its subschemas or null",
  ],
  mockAnswerFindings: [
    'POST /things (createThing) Prefer: code=400 → 400: the mock\'s answer, built from the document, contradicts its schema: response.body.instance: Response body property instance must match format "uri"',
  ],
};

describe("the findings table: examples and other defects", () => {
  it("has a row per vendor and a total", () => {
    expect(formatFindingsTable([acme, zeta]).split("\n")).toEqual([
      "vendor  examples checked  disagree with their schema  contract cases skipped  other defects (typed anyway)  mock answers off-schema",
      "------  ----------------  --------------------------  ----------------------  ----------------------------  -----------------------",
      "acme    12                2                           3                       0                             0",
      "zeta    4                 0                           0                       2                             1",
      "total   16                2                           3                       2                             1",
    ]);
  });

  it("names each finding with its document and place, then says where the rest are", () => {
    expect(findingLines(acme, "packages/acme/example-findings.json", 1)).toEqual([
      "acme: GET /things: 200 example a (specs/acme.yaml #/components/examples/thing/value): /id must be string; (body) must have required property 'name'",
      "acme: … 1 more in packages/acme/example-findings.json",
    ]);
    expect(findingLines(zeta, "packages/zeta/example-findings.json", 1)).toEqual([
      'zeta: specs/zeta.json:12:20 (#/components/schemas/Thing/properties/expires/anyOf/1/type) type "null", which OpenAPI 3.0 does not have (3.1 does): typed as null',
      "zeta: … 2 more defects (typed anyway) in packages/zeta/example-findings.json",
    ]);
    expect(findingLines(zeta, "packages/zeta/example-findings.json", 3).at(-1)).toMatch(
      /^zeta: POST \/things \(createThing\) Prefer: code=400 → 400: the mock's answer, built from the document, contradicts its schema: response\.body\.instance/,
    );
  });
});
