// Proves generation is deterministic, that `check` finds exactly the files a spec edit changes
// (API and CLI), and that a package's version and CHANGELOG survive regeneration.
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  fixtureDocuments,
  makeTempDir,
  makeTempRepo,
  type ProcessResult,
  readTree,
  removeTempDir,
  runGenerateCli,
  treeDifferences,
} from "@patchbay/common/temp-repo";
import { vendorOfDocument } from "@patchbay/openapi/vendor-documents";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Document, parseDocument } from "yaml";
import { type GenerateResult, generate } from "./generate.ts";
import { VENDOR_FILES, vendorFilePaths } from "./generated-files.ts";

const vendors = fixtureDocuments().map((file) => vendorOfDocument(file) as string);
/** Every file the generator rendered (relative to the root), sorted. */
const renderedFiles = (result: GenerateResult) =>
  result.vendors.flatMap((vendor) => [...vendor.files.keys()]).sort();
/** Every file on disk under `root`/packages (relative to the root), sorted. */
const filesOnDisk = (root: string) =>
  [...readTree(join(root, "packages")).keys()].map((path) => `packages/${path}`).sort();

const temporary: string[] = [];
/** A copy of a whole temporary root (specs and generated packages). */
function copyRoot(root: string, prefix: string): string {
  const copy = makeTempDir(prefix);
  cpSync(root, copy, { recursive: true });
  temporary.push(copy);
  return copy;
}
/** Edits a YAML document in place, keeping its layout and comments. */
function editDocument(path: string, edit: (document: Document) => void) {
  const document = parseDocument(readFileSync(path, "utf8"));
  edit(document);
  writeFileSync(path, document.toString());
}

let fresh: string;
let first: GenerateResult;
/** `--check` runs on copies of a fresh and an edited root, started early to overlap other tests. */
let cli:
  | {
      upToDate: Promise<ProcessResult>;
      outOfDate: Promise<ProcessResult>;
      root: string;
      before: Map<string, Buffer>;
    }
  | undefined;

beforeAll(async () => {
  fresh = makeTempRepo("generate-fresh");
  temporary.push(fresh);
  first = await generate({ root: fresh });
});
afterAll(async () => {
  await Promise.allSettled([cli?.upToDate, cli?.outOfDate]);
  for (const dir of temporary) removeTempDir(dir);
});

describe("generate", () => {
  it("writes every file of the generated-file list for every vendor into an empty packages/, and nothing else", () => {
    expect(vendors).toHaveLength(5);
    expect(first.vendors.map((vendor) => vendor.model.name)).toEqual(vendors);
    expect([...first.changed].sort()).toEqual(renderedFiles(first));
    for (const vendor of vendors) {
      for (const file of [
        "README.md",
        "package.json",
        "src/index.ts",
        "src/schema.ts",
        "tsconfig.json",
      ])
        expect(first.changed).toContain(`packages/${vendor}/${file}`);
    }
    expect(renderedFiles(first)).toEqual(vendors.flatMap(vendorFilePaths).sort());
    expect(
      first.changed.every((path) =>
        vendors.some((vendor) => path.startsWith(`packages/${vendor}/`)),
      ),
    ).toBe(true);
    // Nothing else: no staging files left behind.
    expect(filesOnDisk(fresh)).toEqual(renderedFiles(first));
  });

  it("starts every generated file with the do-not-edit header naming its document", () => {
    const tree = readTree(join(fresh, "packages"));
    for (const vendor of vendors) {
      const header = `Generated from specs/${vendor}.yaml by tools/generator; do not edit`;
      // package.json has no comment line: it names its document in `patchbay.generatedFrom`.
      const withHeader = VENDOR_FILES.map(({ path }) => path).filter(
        (path) => path !== "package.json",
      );
      for (const file of ["README.md", "src/index.ts", "src/schema.ts", "tsconfig.json"])
        expect(withHeader).toContain(file);
      for (const file of withHeader) {
        const firstLine = tree.get(`${vendor}/${file}`)?.toString("utf8").split("\n")[0];
        expect(firstLine, `${vendor}/${file}`).toContain(header);
      }
      const manifest = JSON.parse(tree.get(`${vendor}/package.json`)?.toString("utf8") ?? "{}");
      expect(manifest.name).toBe(`@patchbay/${vendor}`);
      expect(manifest.patchbay.generatedFrom).toBe(`specs/${vendor}.yaml`);
      expect(manifest.patchbay.specSha256).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it("is deterministic: generating again changes no byte anywhere in the root", async () => {
    const before = readTree(fresh);
    const again = await generate({ root: fresh });
    expect(again.changed).toEqual([]);
    expect(treeDifferences(before, readTree(fresh))).toEqual([]);
  });

  it("does not depend on where the repository is: another root gets byte-identical packages", async () => {
    const elsewhere = makeTempRepo("generate-elsewhere");
    temporary.push(elsewhere);
    await generate({ root: elsewhere });
    const here = readTree(join(fresh, "packages"));
    const there = readTree(join(elsewhere, "packages"));
    expect(there.size).toBe(here.size);
    expect(treeDifferences(here, there)).toEqual([]);
  });

  it("generates only the vendors named, and refuses a name with no document", async () => {
    const root = makeTempRepo("generate-one");
    temporary.push(root);
    const result = await generate({ root, vendors: ["datagrid"] });
    expect(result.vendors.map((vendor) => vendor.model.name)).toEqual(["datagrid"]);
    expect([...result.changed].sort()).toEqual(renderedFiles(result));
    expect(filesOnDisk(root)).toEqual(renderedFiles(result));
    expect(result.changed.every((path) => path.startsWith("packages/datagrid/"))).toBe(true);
    expect(result.changed).toContain("packages/datagrid/src/index.ts");
    await expect(generate({ root, vendors: ["datagrid", "nosuchvendor"] })).rejects.toThrow(
      /No document in specs\/ for nosuchvendor/,
    );
  });
});

describe("check", () => {
  let edited: string;
  /** The files a real generation changes after the edit: the oracle `check` must match. */
  let expectedDiffering: string[];

  beforeAll(async () => {
    edited = copyRoot(fresh, "check-edited");
    // A new version (package.json, README) and a new schema (schema.ts).
    editDocument(join(edited, "specs/datagrid.yaml"), (document) => {
      document.setIn(["info", "version"], "9.9.9");
      document.setIn(["components", "schemas", "PatchbayTestOnly"], { type: "string" });
    });
    const cliRoot = copyRoot(edited, "check-cli");
    const cliBefore = readTree(cliRoot);
    cli = {
      upToDate: runGenerateCli(copyRoot(fresh, "check-cli-fresh"), ["--check"]),
      outOfDate: runGenerateCli(cliRoot, ["--check"]),
      root: cliRoot,
      before: cliBefore,
    };
    const regenerated = copyRoot(edited, "check-oracle");
    await generate({ root: regenerated });
    expectedDiffering = treeDifferences(
      readTree(join(edited, "packages")),
      readTree(join(regenerated, "packages")),
    ).map((path) => `packages/${path}`);
  });

  it("passes on a fresh generation and writes nothing", async () => {
    const before = readTree(fresh);
    const result = await generate({ root: fresh, check: true });
    expect(result.changed).toEqual([]);
    expect(result.vendors).toHaveLength(5);
    expect(treeDifferences(before, readTree(fresh))).toEqual([]);
  });

  it("after a spec edit, names exactly the files a generation would change, and writes nothing", async () => {
    // The edit touches the version (package.json, README) and the schemas (schema.ts).
    expect(expectedDiffering).toEqual(
      expect.arrayContaining([
        "packages/datagrid/README.md",
        "packages/datagrid/package.json",
        "packages/datagrid/src/schema.ts",
      ]),
    );
    expect(expectedDiffering.every((path) => path.startsWith("packages/datagrid/"))).toBe(true);
    const before = readTree(edited);
    const result = await generate({ root: edited, check: true });
    expect([...result.changed].sort()).toEqual(expectedDiffering);
    expect(treeDifferences(before, readTree(edited))).toEqual([]);
  });

  it("names a generated file that was deleted or edited by hand", async () => {
    const root = copyRoot(fresh, "check-tampered");
    rmSync(join(root, "packages/chartbrew/src/index.ts"));
    writeFileSync(join(root, "packages/supermemory/README.md"), "# edited by hand\n");
    const result = await generate({ root, check: true });
    expect([...result.changed].sort()).toEqual([
      "packages/chartbrew/src/index.ts",
      "packages/supermemory/README.md",
    ]);
  });

  it("CLI --check exits 0 when up to date, and 1 naming every differing file when not", async () => {
    if (!cli) throw new Error("the CLI runs were not started");
    const { root, before } = cli;
    const [upToDate, outOfDate] = await Promise.all([cli.upToDate, cli.outOfDate]);
    expect(upToDate.code, upToDate.stderr).toBe(0);
    expect(upToDate.stdout).toMatch(/up to date/);
    expect(upToDate.stderr).not.toContain("packages/");

    expect(outOfDate.code, outOfDate.stderr).toBe(1);
    expect(outOfDate.stderr).toContain("Generated output is out of date");
    const named = outOfDate.stderr
      .split("\n")
      .filter((line) => line.startsWith("  packages/"))
      .map((line) => line.trim())
      .sort();
    expect(named).toEqual(expectedDiffering);
    expect(treeDifferences(before, readTree(root))).toEqual([]);
  });
});

describe("version and CHANGELOG", () => {
  it("survive regeneration, and check still passes", async () => {
    const root = copyRoot(fresh, "version");
    const manifestPath = join(root, "packages/datagrid/package.json");
    const changelogPath = join(root, "packages/datagrid/CHANGELOG.md");
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
    expect(manifest.version).toBe("0.1.0");
    manifest.version = "1.4.2";
    writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
    const changelog = "# @patchbay/datagrid\n\n## 1.4.2\n\n### Patch Changes\n\n- Retry on 503.\n";
    writeFileSync(changelogPath, changelog);
    const manifestBytes = readFileSync(manifestPath);

    const result = await generate({ root });
    expect(result.changed).toEqual([]);
    expect(readFileSync(manifestPath).equals(manifestBytes)).toBe(true);
    expect(readFileSync(changelogPath, "utf8")).toBe(changelog);
    expect((await generate({ root, check: true })).changed).toEqual([]);

    // A spec change rewrites package.json, still keeping the version; CHANGELOG is never touched.
    editDocument(join(root, "specs/datagrid.yaml"), (document) => {
      document.setIn(["info", "version"], "9.9.9");
    });
    const afterEdit = await generate({ root });
    expect(afterEdit.changed).toContain("packages/datagrid/package.json");
    const rewritten = JSON.parse(readFileSync(manifestPath, "utf8"));
    expect(rewritten.version).toBe("1.4.2");
    expect(rewritten.patchbay.specVersion).toBe("9.9.9");
    expect(readFileSync(changelogPath, "utf8")).toBe(changelog);
    expect((await generate({ root, check: true })).changed).toEqual([]);
  });
});
