// Proves a broken document stops its own vendor only, over a corpus of broken documents
// (fixtures/broken/cases.json): with the five real documents plus one broken `specs/broken.yaml`,
// generation refuses it naming the file and the place, writes no package for it and leaves
// @patchbay/connect's registry as it was, and generates the good vendors all the same.
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  makeTempDir,
  makeTempRepo,
  type ProcessResult,
  readTree,
  removeTempDir,
  runGenerateCli,
  treeDifferences,
} from "@patchbay/common/temp-repo";
import type { SpecError } from "@patchbay/openapi/spec-error";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { generate, RefusedDocuments } from "./generate.ts";

interface BrokenCase {
  problem: string;
  /** A fragment of the problem's message. */
  message: string;
  line: number;
  pointer?: string;
  writtenByTest?: boolean;
}

const fixturesDir = join(import.meta.dirname, "fixtures");
const brokenDir = join(fixturesDir, "broken");
const { $comment: _comment, ...cases } = JSON.parse(
  readFileSync(join(brokenDir, "cases.json"), "utf8"),
) as Record<string, BrokenCase>;
const caseFiles = Object.keys(cases).sort();

/** The first bytes of a PNG image: NULs on line 3 (after `\r\n` and `\x1a\n`). */
const PNG_BYTES = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
  0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x10, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0xf3, 0xff,
]);
const bytesOf = (file: string): Buffer =>
  cases[file]?.writtenByTest ? PNG_BYTES : readFileSync(join(brokenDir, file));

const temporary: string[] = [];
/**
 * specs/ holds the five real documents and packages/ was generated from them; then one real
 * document is edited and one generated file deleted, so that the good vendors' generation shows
 * in packages/ beside the broken document's refusal.
 */
const GOOD_VENDORS_WRITE = ["packages/chartbrew/README.md", "packages/datagrid/package.json"];
/** What a generation despite a refused document may change: the good vendors' files alone. */
function expectOnlyGoodVendorsWritten(changed: string[]) {
  for (const path of GOOD_VENDORS_WRITE) expect(changed).toContain(path);
  expect(
    changed.filter(
      (path) => !path.startsWith("packages/datagrid/") && path !== "packages/chartbrew/README.md",
    ),
    "the refused vendor's package, the registry and every other file stay as they were",
  ).toEqual([]);
}
let base: string;
let keepGoing: Promise<ProcessResult> | undefined;
let cli:
  | {
      root: string;
      before: Map<string, Buffer>;
      specFileOf: (file: string) => string;
      run: Promise<ProcessResult>;
    }
  | undefined;
function rootFrom(prefix: string): string {
  const root = makeTempDir(prefix);
  cpSync(base, root, { recursive: true });
  temporary.push(root);
  return root;
}
async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

beforeAll(async () => {
  base = makeTempRepo("broken-base");
  temporary.push(base);
  await generate({ root: base });
  const datagrid = join(base, "specs/datagrid.yaml");
  writeFileSync(
    datagrid,
    readFileSync(datagrid, "utf8").replace(/^ {2}version: .+$/m, "  version: 9.9.9"),
  );
  rmSync(join(base, "packages/chartbrew/README.md"));

  // One CLI run over every case (one as specs/broken.yaml, the others as specs/<case>.yaml),
  // started now so that it overlaps the in-process tests.
  const single = "ref-outside-specs.yaml";
  const specFileOf = (file: string) => (file === single ? "specs/broken.yaml" : `specs/${file}`);
  const root = rootFrom("broken-cli");
  for (const file of caseFiles) writeFileSync(join(root, specFileOf(file)), bytesOf(file));
  const before = readTree(root);
  // --write: this run writes the good vendors also where CI is set (generate then checks by default).
  cli = { root, before, specFileOf, run: runGenerateCli(root, ["--write"]) };
  const alone = rootFrom("broken-keep-going");
  writeFileSync(join(alone, "specs/broken.yaml"), bytesOf(caseFiles[0] as string));
  keepGoing = runGenerateCli(alone, ["--keep-going", "--write"]);
});
afterAll(async () => {
  await cli?.run.catch(() => {});
  await keepGoing?.catch(() => {});
  for (const dir of temporary) removeTempDir(dir);
});

describe("the broken-document corpus", () => {
  it("has at least 12 cases, and a document for every case that is not written by the test", () => {
    expect(caseFiles.length).toBeGreaterThanOrEqual(12);
    const stored = readdirSync(brokenDir)
      .filter((file) => file.endsWith(".yaml"))
      .sort();
    expect(stored).toEqual(caseFiles.filter((file) => !cases[file]?.writtenByTest));
    for (const file of caseFiles) {
      expect(cases[file]?.message, file).toBeTruthy();
      expect(cases[file]?.line, file).toBeGreaterThan(0);
    }
  });

  it("control: the document every case breaks generates, and generation here would write", async () => {
    const root = rootFrom("broken-control");
    cpSync(join(fixturesDir, "control.yaml"), join(root, "specs/broken.yaml"));
    const { changed } = await generate({ root });
    expect(changed).toContain("packages/broken/src/index.ts");
    expect(changed).toContain("packages/datagrid/package.json");
    expect(changed).toContain("packages/chartbrew/README.md");
  });
});

describe.each(caseFiles)("specs/broken.yaml = %s", (file) => {
  const expected = cases[file] as BrokenCase;

  it(`is refused with "${expected.message}" at line ${expected.line}, the good vendors generated, no network`, async () => {
    const root = rootFrom("broken-case");
    writeFileSync(join(root, "specs/broken.yaml"), bytesOf(file));
    const before = readTree(root);
    const fetchSpy = vi
      .spyOn(globalThis, "fetch")
      .mockRejectedValue(new Error("generator tests must not use the network"));
    let error: unknown;
    try {
      error = await failureOf(generate({ root }));
    } finally {
      fetchSpy.mockRestore();
    }
    expect(fetchSpy).not.toHaveBeenCalled();

    expect(error).toBeInstanceOf(RefusedDocuments);
    const refusal = error as RefusedDocuments;
    expect(refusal.refused).toEqual(["specs/broken.yaml"]);
    const errors = refusal.errors;
    expect(errors.map((problem: SpecError) => problem.file)).toEqual(["specs/broken.yaml"]);
    const [problem] = errors as [SpecError];
    expect(problem.line).toBe(expected.line);
    expect(problem.pointer).toBe(expected.pointer);
    expect(problem.problem).toContain(expected.message);
    const where = `specs/broken.yaml:${expected.line}`;
    expect((error as Error).message).toContain(
      expected.pointer ? `${where}:${problem.column} (${expected.pointer})` : where,
    );

    const changed = treeDifferences(before, readTree(root));
    expectOnlyGoodVendorsWritten(changed);
    expect(refusal.result.changed.sort()).toEqual(changed);
  });
});

describe("check", () => {
  it("refuses every broken document at once, naming each with its line, and writes nothing", async () => {
    const root = rootFrom("broken-check");
    for (const file of caseFiles) writeFileSync(join(root, "specs", file), bytesOf(file));
    const before = readTree(root);
    const error = await failureOf(generate({ root, check: true }));
    expect(error).toBeInstanceOf(RefusedDocuments);
    // what a generation would write for the good vendors, which check only names
    expect((error as RefusedDocuments).result.changed).toEqual(
      expect.arrayContaining(GOOD_VENDORS_WRITE),
    );
    const errors = (error as RefusedDocuments).errors;
    expect(errors.map(({ file }) => file).sort()).toEqual(caseFiles.map((file) => `specs/${file}`));
    for (const problem of errors) {
      expect(problem.line, problem.message).toBe(cases[problem.file.replace("specs/", "")]?.line);
    }
    expect(treeDifferences(before, readTree(root))).toEqual([]);
  });
});

describe("the CLI", () => {
  it("exits 1 naming every broken document and its line, and generates the good vendors", async () => {
    if (!cli) throw new Error("the CLI run was not started");
    const { root, before, specFileOf } = cli;
    const { code, stdout, stderr } = await cli.run;

    expect(code, stderr).toBe(1);
    expect(stderr).toMatch(
      /^Refused specs\/.+: their packages are left as they were, and so is @patchbay\/connect's registry\.$/m,
    );
    expect(stdout).toContain("file(s) written for the vendors not refused");
    for (const file of caseFiles) {
      const expected = cases[file] as BrokenCase;
      const line = stderr.split("\n").find((text) => text.startsWith(`${specFileOf(file)}:`));
      expect(line, `${file} in:\n${stderr}`).toBeDefined();
      expect(line).toContain(`${specFileOf(file)}:${expected.line}`);
      if (expected.pointer) expect(line).toContain(`(${expected.pointer})`);
      expect(line).toContain(expected.message);
    }
    expectOnlyGoodVendorsWritten(treeDifferences(before, readTree(root)));
  });

  it("with --keep-going (the test pipeline's generation) exits 0, still naming the refusal", async () => {
    if (!keepGoing) throw new Error("the --keep-going run was not started");
    const { code, stderr } = await keepGoing;
    expect(code, stderr).toBe(0);
    expect(stderr).toContain("Refused specs/broken.yaml: its package is left as it was");
    expect(stderr).toContain("specs/broken.yaml:");
  });
});
