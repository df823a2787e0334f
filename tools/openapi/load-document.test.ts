// Proves a document is read safely and every problem in it can be pointed at by line.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { makeTempDir, removeTempDir } from "@patchbay/common/temp-repo";
import { afterAll, describe, expect, it } from "vitest";
import { loadDocument, parseDocumentBytes } from "./load-document.ts";
import { SpecError } from "./spec-error.ts";

const FILE = "specs/acme.yaml";
const parse = (text: string) => parseDocumentBytes(Buffer.from(text), FILE);
/** The SpecError parsing `input` throws. */
function parseError(input: string | Buffer): SpecError {
  try {
    parseDocumentBytes(typeof input === "string" ? Buffer.from(input) : input, FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(SpecError);
    return error as SpecError;
  }
  throw new Error("expected the document to be refused");
}

const DOCUMENT = `openapi: 3.0.3
info:
  title: Acme API
  version: 1.0.0
paths:
  /things/{id}:
    get:
      parameters:
        - name: id
          in: path
        - name: a/b~c
          in: query
      responses:
        '200':
          description: OK
components:
  schemas:
    Thing: {type: object}
`;

describe("parseDocumentBytes: locations", () => {
  const loaded = parse(DOCUMENT);

  it("keeps the file name and the exact bytes (what the hash is taken of) beside the parsed document", () => {
    expect(loaded.file).toBe(FILE);
    expect(loaded.bytes.toString()).toBe(DOCUMENT);
    expect((loaded.document.info as { title: string }).title).toBe("Acme API");
  });

  it.each([
    ["#", 1, 1, "the document"],
    ["#/openapi", 1, 10, "a scalar: its value"],
    ["#/info", 2, 1, "a mapping: its key"],
    ["#/info/version", 4, 12, "a scalar: its value"],
    ["#/paths/~1things~1{id}", 6, 3, "a mapping: its key"],
    ["#/paths/~1things~1{id}/get", 7, 5, "a mapping: its key"],
    ["#/paths/~1things~1{id}/get/parameters", 9, 9, "a list: its first item"],
    ["#/paths/~1things~1{id}/get/parameters/0", 9, 11, "a list item: the item"],
    ["#/paths/~1things~1{id}/get/parameters/1", 11, 11, "a list item: the item"],
    ["#/paths/~1things~1{id}/get/parameters/1/name", 11, 17, "a scalar: its value"],
    ["#/paths/~1things~1{id}/get/responses/200", 14, 9, "a quoted key"],
    ["#/components/schemas/Thing", 18, 5, "a flow mapping: its key"],
    ["#/components/schemas/Thing/type", 18, 19, "a scalar in a flow mapping"],
  ])("%s is at line %i, column %i (%s)", (pointer, line, column) => {
    expect(loaded.locate(pointer)).toEqual({ line, column });
  });

  it("decodes ~1 and ~0 in pointer tokens", () => {
    const text = "openapi: 3.0.3\npaths:\n  /a~b/c:\n    x:\n      y: 1\n";
    expect(parse(text).locate("#/paths/~1a~0b~1c/x")).toEqual({ line: 4, column: 5 });
  });

  it("falls back to the nearest existing parent for a pointer that names nothing", () => {
    expect(loaded.locate("#/paths/~1things~1{id}/get/security")).toEqual({ line: 7, column: 5 });
    expect(loaded.locate("#/servers")).toEqual({ line: 1, column: 1 });
    expect(loaded.locate("#/paths/~1things~1{id}/get/parameters/7")).toEqual({
      line: 9,
      column: 9,
    });
    expect(loaded.locate("#/info/version/deeper")).toEqual({ line: 4, column: 12 });
  });

  it("locates inside JSON documents too", () => {
    const json =
      '{\n  "openapi": "3.1.0",\n  "info": {\n    "title": "Acme",\n    "version": "1"\n  }\n}\n';
    expect(parse(json).locate("#/info")).toEqual({ line: 3, column: 3 });
    expect(parse(json).locate("#/info/version")).toEqual({ line: 5, column: 16 });
  });

  it("errorAt formats file:line:column (pointer) problem", () => {
    const error = loaded.errorAt("#/info/version", "must be a string");
    expect(error).toBeInstanceOf(SpecError);
    expect(error).toMatchObject({ file: FILE, line: 4, column: 12, pointer: "#/info/version" });
    expect(error.message).toBe("specs/acme.yaml:4:12 (#/info/version) must be a string");
  });
});

describe("parseDocumentBytes: refusals, each with its line", () => {
  it("an empty file", () => {
    const error = parseError("");
    expect(error.message).toBe("specs/acme.yaml:1:1 is empty: expected an OpenAPI 3.x document");
  });

  it("a binary file, at its first NUL", () => {
    const error = parseError(Buffer.from("openapi: 3.0.3\ninfo: \0\0"));
    expect(error.problem).toContain("is a binary file");
    expect([error.line, error.column]).toEqual([2, 7]);
  });

  it("a YAML syntax error", () => {
    const error = parseError("openapi: 3.0.3\ninfo:\n  title: [Acme\n  version: 1\n");
    expect(error.problem).toMatch(/^is not valid YAML: /);
    expect(error.line).toBeGreaterThanOrEqual(3);
  });

  it("a duplicate key, at the second one", () => {
    const error = parseError("openapi: 3.0.3\ninfo: {}\nopenapi: 3.1.0\n");
    expect(error.problem).toBe("is not valid YAML: Map keys must be unique");
    expect([error.line, error.column]).toEqual([3, 1]);
  });

  it("a duplicate key in a JSON document (read by JSON.parse, which keeps either), at the second one", () => {
    for (const [text, at] of [
      ['{\n  "openapi": "3.0.3",\n  "info": {},\n  "openapi": "3.1.0"\n}\n', [4, 3]],
      // the same key spelled with an escape
      ['{"openapi": "3.0.3", "info": {"title": "a", "\\u0074itle": "b"}}', [1, 45]],
    ] as const) {
      const error = parseError(text);
      expect(error.problem).toBe("is not valid YAML: Map keys must be unique");
      expect([error.line, error.column]).toEqual(at);
    }
  });

  it("JSON that is not valid JSON, or nests deeper than 200 levels, is read as YAML was", () => {
    // a trailing comma: YAML's flow mapping takes it
    expect(parse('{"openapi": "3.0.3", "info": {},}').document).toEqual({
      openapi: "3.0.3",
      info: {},
    });
    const deep = `{"openapi": "3.0.3", "x-deep": ${"[".repeat(300)}${"]".repeat(300)}}`;
    expect(parse(deep).locate(`#/x-deep${"/0".repeat(250)}`)).toEqual({ line: 1, column: 282 });
    expect(parseError('["openapi"]').message).toBe(
      "specs/acme.yaml:1:1 is not an OpenAPI document: its top level must be a mapping",
    );
  });

  it("a list, a scalar or nothing at the top level", () => {
    for (const text of ["- openapi: 3.0.3\n", "just text\n", "# only a comment\n"]) {
      const error = parseError(text);
      expect(error.message).toBe(
        "specs/acme.yaml:1:1 is not an OpenAPI document: its top level must be a mapping",
      );
    }
  });

  it("a billion-laughs alias bomb, quickly, at its first alias", () => {
    const lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"];
    for (let level = 1; level <= 9; level++) {
      lines.push(
        `a${level}: &a${level} [${Array(9)
          .fill(`*a${level - 1}`)
          .join(", ")}]`,
      );
    }
    const started = performance.now();
    const error = parseError(`openapi: 3.0.3\n${lines.join("\n")}\n`);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(error.problem).toContain("Excessive alias count");
    expect([error.line, error.column]).toEqual([3, 10]);
  });

  describe("what aliases expand to: every value and character, counted each time it appears", () => {
    const MiB = 1024 * 1024;
    const big = `x-big: &s ${"z".repeat(MiB)}\n`;
    const uses = (count: number, alias: string) =>
      Array.from({ length: count }, (_, i) => `x-use${i}: ${alias}\n`).join("");
    const LIMIT = "expands to more than 20971520 values and characters through YAML aliases";

    it("19 copies of a 1 MiB string (19.9 M characters) are read", () => {
      const loaded = parse(`openapi: 3.0.3\n${big}${uses(18, "*s")}`);
      expect(loaded.document["x-use17"]).toHaveLength(MiB);
    });

    it("20 copies (20.97 M characters, just past 20 MiB) are refused, at the first alias", () => {
      const error = parseError(`openapi: 3.0.3\n${big}${uses(19, "*s")}`);
      expect(error.problem).toContain(LIMIT);
      expect([error.line, error.column]).toEqual([3, 9]);
    });

    it("a shared part inside a shared part counts once per path to it (2 × 10 = 20 copies)", () => {
      const pair = "x-pair: &p [*s, *s]\n";
      // 1 + 2 + 2 × 8 = 19 copies of the string: read
      expect(() => parse(`openapi: 3.0.3\n${big}${pair}${uses(8, "*p")}`)).not.toThrow();
      // 1 + 2 + 2 × 9 = 21 copies: refused, though only 11 aliases are written
      expect(parseError(`openapi: 3.0.3\n${big}${pair}${uses(9, "*p")}`).problem).toContain(LIMIT);
    });
  });

  it("but a few aliases are fine", () => {
    const loaded = parse("openapi: 3.0.3\nx-a: &a {type: string}\nx-b: *a\nx-c: *a\n");
    expect(loaded.document["x-c"]).toEqual({ type: "string" });
  });
});

describe("loadDocument", () => {
  const dir = makeTempDir("load-document");
  afterAll(() => removeTempDir(dir));

  it("reads a file and names it by the path it is given", () => {
    const path = join(dir, "acme.yaml");
    writeFileSync(path, DOCUMENT);
    const loaded = loadDocument(path, FILE);
    expect(loaded.file).toBe(FILE);
    expect(loaded.errorAt("#/paths", "x").message).toBe("specs/acme.yaml:5:1 (#/paths) x");
  });
});

describe("parseDocumentBytes with yamlCheck: background", () => {
  const background = (text: string) =>
    parseDocumentBytes(Buffer.from(text), FILE, { yamlCheck: "background" });

  it("reads YAML as the YAML parser does (core schema scalars, quoted or not), checked meanwhile", async () => {
    const text = `${DOCUMENT}x-scalars: [0o17, 0x1F, 1_000, 0b1, 1e3, .inf, ~, True, yes, '12', "0o17", 2024-01-01]\n`;
    const loaded = background(text);
    expect(loaded.checked).toBeInstanceOf(Promise);
    await loaded.checked;
    expect(loaded.document).toEqual(parse(text).document);
    expect(loaded.document["x-scalars"]).toEqual([
      15,
      31,
      "1_000",
      "0b1",
      1000,
      Number.POSITIVE_INFINITY,
      null,
      true,
      "yes",
      "12",
      "0o17",
      "2024-01-01",
    ]);
    expect(loaded.locate("#/info/version")).toEqual({ line: 4, column: 12 });
  });

  it("refuses, through `checked`, what js-yaml takes and the YAML parser does not", async () => {
    // the quoted string's second line is indented less than its key
    const loaded = background(`${DOCUMENT}x-note:\n  text: "two\nlines"\n`);
    // The refusal may come before the caller awaits it: no unhandled rejection meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const error = await loaded.checked?.then(
      () => undefined,
      (refusal: unknown) => refusal,
    );
    expect(error).toBeInstanceOf(SpecError);
    expect((error as SpecError).problem).toBe('is not valid YAML: Missing closing "quote');
    expect((error as SpecError).line).toBe(20);
  });

  it("leaves aliases, directives and js-yaml's refusals to the YAML parser, at once", () => {
    for (const text of [
      `${DOCUMENT}x-a: &a {b: 1}\nx-b: *a\n`,
      `%YAML 1.2\n---\n${DOCUMENT}`,
      "openapi: 3.0.3\ninfo: {}\nopenapi: 3.1.0\n",
    ]) {
      let loaded: ReturnType<typeof background> | undefined;
      try {
        loaded = background(text);
      } catch (error) {
        expect(error).toBeInstanceOf(SpecError);
      }
      expect(loaded?.checked).toBeUndefined();
    }
    expect(() => background("openapi: 3.0.3\ninfo: {}\nopenapi: 3.1.0\n")).toThrow(
      "specs/acme.yaml:3:1 is not valid YAML: Map keys must be unique",
    );
  });
});
