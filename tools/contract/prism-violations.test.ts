import { describe, expect, it } from "vitest";
import { prismViolations } from "./prism-violations.ts";

describe("Prism's sl-violations header", () => {
  it("reads the JSON array Prism sends, and nothing where it sends none", () => {
    const violations = [
      { location: ["request", "body"], message: "must have required property 'name'" },
    ];
    expect(prismViolations(JSON.stringify(violations))).toEqual(violations);
    expect(prismViolations(null)).toEqual([]);
    expect(prismViolations("")).toEqual([]);
  });

  it("keeps Prism's bare text past its limit as one violation of no known place, never a SyntaxError", () => {
    expect(prismViolations("Too many violations!")).toEqual([
      { location: ["(Prism did not say where)"], message: "Too many violations!" },
    ]);
  });
});
