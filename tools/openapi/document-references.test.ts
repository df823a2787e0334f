// Proves patchbay's own reference checks (document-references.ts), through validateDocument:
// `$ref`s inside specs/ only, never remote, resolving; nesting bounded.
import { describe, expect, it } from "vitest";
import { at, documentWith, problemsOf } from "./validate-document.fixture.ts";

describe("validateDocument: references and depth", () => {
  it("accepts a $ref to a file that exists inside specs/", async () => {
    const doc = documentWith((doc) => {
      at(doc, "components", "schemas").Other = { $ref: "./shared/thing.yaml#/Thing" };
    });
    expect(await problemsOf(doc)).toEqual([]);
  });

  it("refuses dangling, remote and outside-specs references, and missing files", async () => {
    const doc = documentWith((doc) => {
      Object.assign(at(doc, "components", "schemas"), {
        Dangling: { $ref: "#/components/schemas/Nope" },
        Remote: { $ref: "https://example.invalid/schemas.yaml#/Thing" },
        Outside: { $ref: "../secret.yaml#/Secret" },
        Missing: { $ref: "./shared/nope.yaml" },
      });
    });
    const problems = await problemsOf(doc);
    const base = "#/components/schemas";
    expect(problems.map(({ pointer }) => pointer).sort()).toEqual(
      [
        `${base}/Dangling/$ref`,
        `${base}/Missing/$ref`,
        `${base}/Outside/$ref`,
        `${base}/Remote/$ref`,
      ].sort(),
    );
    expect(problems.find(({ pointer }) => pointer === `${base}/Outside/$ref`)?.problem).toContain(
      "points outside specs/",
    );
    expect(problems.find(({ pointer }) => pointer === `${base}/Remote/$ref`)?.problem).toContain(
      "is a remote reference",
    );
    expect(problems.every(({ line }) => typeof line === "number" && line > 1)).toBe(true);
  });

  it("refuses nesting deeper than 200 levels, once", async () => {
    let deep: unknown = "bottom";
    for (let level = 0; level < 250; level++) deep = [deep];
    const problems = await problemsOf(documentWith((doc) => (doc["x-deep"] = deep)));
    expect(problems).toEqual([
      expect.objectContaining({ problem: "nests deeper than 200 levels" }),
    ]);
    expect(problems[0]?.pointer).toBe(`#/x-deep${"/0".repeat(19)}`);
  });
});
