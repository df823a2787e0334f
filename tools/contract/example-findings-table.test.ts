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
};

describe("the example findings table", () => {
  it("has a row per vendor and a total", () => {
    expect(formatFindingsTable([acme, zeta]).split("\n")).toEqual([
      "vendor  examples checked  disagree with their schema  contract cases skipped",
      "------  ----------------  --------------------------  ----------------------",
      "acme    12                2                           3",
      "zeta    4                 0                           0",
      "total   16                2                           3",
    ]);
  });

  it("names each finding with its document and place, then says where the rest are", () => {
    expect(findingLines(acme, "packages/acme/example-findings.json", 1)).toEqual([
      "acme: GET /things: 200 example a (specs/acme.yaml #/components/examples/thing/value): /id must be string; (body) must have required property 'name'",
      "acme: … 1 more in packages/acme/example-findings.json",
    ]);
  });
});
