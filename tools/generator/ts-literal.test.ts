// Proves tsLiteral writes JSON-like values as TypeScript that evaluates back to the same value,
// laid out the way the formatter keeps it (so generated files are byte-stable).
import { describe, expect, it } from "vitest";
import { tsLiteral } from "./ts-literal.ts";

/** Evaluates a literal as JavaScript (TypeScript's object/array/string literal syntax is the same). */
const evaluate = (literal: string): unknown => new Function(`return (${literal});`)();

describe("tsLiteral", () => {
  it("writes scalars as JSON", () => {
    expect(tsLiteral("a")).toBe('"a"');
    expect(tsLiteral(42)).toBe("42");
    expect(tsLiteral(-1.5)).toBe("-1.5");
    expect(tsLiteral(true)).toBe("true");
    expect(tsLiteral(null)).toBe("null");
  });

  it("writes empty containers on one line", () => {
    expect(tsLiteral({})).toBe("{}");
    expect(tsLiteral([])).toBe("[]");
  });

  it("indents two spaces per level with trailing commas, quoting only keys that are not identifiers", () => {
    const value = {
      vendor: "acme",
      "x-trace-id": 1,
      $ok: true,
      _also: null,
      "3d": "x",
      class: "reserved words are fine as property names",
      nested: { list: [1, { "my.key": "v" }], empty: [] },
    };
    expect(tsLiteral(value)).toBe(`{
  vendor: "acme",
  "x-trace-id": 1,
  $ok: true,
  _also: null,
  "3d": "x",
  class: "reserved words are fine as property names",
  nested: {
    list: [
      1,
      {
        "my.key": "v",
      },
    ],
    empty: [],
  },
}`);
  });

  it("continues from the indent it is given", () => {
    expect(tsLiteral({ a: [1] }, "    ")).toBe("{\n      a: [\n        1,\n      ],\n    }");
  });

  it("leaves out undefined properties", () => {
    expect(tsLiteral({ a: undefined, b: 1 })).toBe("{\n  b: 1,\n}");
    expect(tsLiteral({ a: undefined })).toBe("{}");
  });

  it("escapes strings and keys so awkward text round-trips", () => {
    const value = {
      quote: 'say "hi"',
      backslash: "C:\\path\\",
      newline: "a\nb\tc",
      closer: "*/ and </script>",
      unicode: "Ünïcode 日本語 😀",
      separators: "\u2028\u2029",
      'key with "quotes"': 1,
      Ünïcode: 2,
      "": 3,
    };
    expect(evaluate(tsLiteral(value))).toEqual(value);
    expect(tsLiteral({ Ünïcode: 2 })).toBe('{\n  "Ünïcode": 2,\n}');
  });

  it("round-trips examples shaped like real request bodies", () => {
    const values: unknown[] = [
      { connector_id: "google_drive", connection_provider_id: null },
      {
        params: { path: { provider: "notion" } },
        body: { redirectUrl: "https://app.example.com/callback", tags: ["a", "b"] },
      },
      [[["deep"]], { "a.b": { "c-d": [0, -0.25, 1e21, false] } }],
    ];
    for (const value of values) expect(evaluate(tsLiteral(value))).toEqual(value);
  });

  it("keeps a key named __proto__ a property of that name, not the object's prototype", () => {
    // as a document's body example reads, once parsed: an own property called __proto__
    const value = JSON.parse('{"__proto__": {"polluted": true}, "name": "x"}');
    const literal = tsLiteral(value);
    expect(literal).toContain('["__proto__"]: {');
    const made = evaluate(literal) as Record<string, unknown>;
    expect(Object.getPrototypeOf(made)).toBe(Object.prototype);
    expect(Object.hasOwn(made, "__proto__")).toBe(true);
    expect(made).toEqual(value);
  });

  it("is stable: the same value always gives the same bytes, in key order", () => {
    const value = { b: 1, a: [2, { d: 3, c: 4 }] };
    expect(tsLiteral(value)).toBe(tsLiteral(structuredClone(value)));
    expect(tsLiteral(value).indexOf("b:")).toBeLessThan(tsLiteral(value).indexOf("a:"));
  });
});
