import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { classify, escalateWithTypeCheck } from "./classify.ts";

interface Expected {
  level: "breaking" | "additive" | "docs-only" | "none";
  /** Each must appear in some change's operation or message. */
  mentions: string[];
  /** When given, the exact number of changes. */
  count?: number;
}

const fixtures = join(import.meta.dirname, "fixtures");
const cases = readdirSync(fixtures, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const read = (name: string, file: string) => readFileSync(join(fixtures, name, file), "utf8");

describe("classify: the corpus (a new folder in fixtures/ is a new case)", () => {
  it("has both OpenAPI 3.0 and 3.1 documents and at least 14 cases", () => {
    const versions = new Set(
      cases.map((name) => String(parse(read(name, "before.yaml")).openapi).slice(0, 3)),
    );
    expect(versions).toEqual(new Set(["3.0", "3.1"]));
    expect(cases.length).toBeGreaterThanOrEqual(14);
  });

  it.each(cases)("%s", (name) => {
    const expected = JSON.parse(read(name, "expected.json")) as Expected;
    const before = parse(read(name, "before.yaml"));
    const after = parse(read(name, "after.yaml"));
    const result = classify(before, after);
    const text = result.changes
      .map((change) => `${change.operation ?? ""} ${change.message}`)
      .join("\n");
    expect({ level: result.level, text }).toMatchObject({ level: expected.level });
    for (const mention of expected.mentions) expect(text).toContain(mention);
    if (expected.count !== undefined) expect(result.changes).toHaveLength(expected.count);
    for (const change of result.changes) expect(change.pointer).toMatch(/^(\/|$)/);
  });

  it("leaves its inputs as they were (the diff library normalises what it is given)", () => {
    const before = parse(read("response-field-made-nullable", "before.yaml"));
    const after = parse(read("response-field-made-nullable", "after.yaml"));
    const snapshot = JSON.stringify([before, after]);
    classify(before, after);
    expect(JSON.stringify([before, after])).toBe(snapshot);
  });

  it("finds no change between a document and itself", () => {
    const document = parse(read("operation-removed", "before.yaml"));
    expect(classify(document, structuredClone(document))).toEqual({ level: "none", changes: [] });
  });
});

describe("escalateWithTypeCheck", () => {
  const additive = classify(
    parse(read("operation-added", "before.yaml")),
    parse(read("operation-added", "after.yaml")),
  );

  it("keeps the classification when the type check passes", () => {
    expect(escalateWithTypeCheck(additive, { ok: true, diagnostics: [] })).toBe(additive);
  });

  it("makes it breaking, with the diagnostics, when the type check fails", () => {
    const escalated = escalateWithTypeCheck(additive, {
      ok: false,
      diagnostics: ["usage.ts(3,7): error TS2339: Property 'status' does not exist"],
    });
    expect(escalated.level).toBe("breaking");
    expect(escalated.changes[0]).toMatchObject({ level: "breaking", kind: "type-check-failed" });
    expect(escalated.changes[0]?.message).toContain("TS2339");
    expect(escalated.changes.slice(1)).toEqual(additive.changes);
  });
});
