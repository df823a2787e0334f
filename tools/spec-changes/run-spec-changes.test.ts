import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runSpecChanges } from "./run-spec-changes.ts";

const fixtures = join(import.meta.dirname, "fixtures");
let repo: string;

function sh(args: string[]): string {
  return execFileSync("git", args, { cwd: repo, encoding: "utf8" }).trim();
}
function put(file: string, text: string): void {
  mkdirSync(dirname(join(repo, file)), { recursive: true });
  writeFileSync(join(repo, file), text);
}
function putFixture(file: string, fixture: string, side: "before" | "after"): void {
  mkdirSync(dirname(join(repo, file)), { recursive: true });
  copyFileSync(join(fixtures, fixture, `${side}.yaml`), join(repo, file));
}
function commit(message: string): void {
  sh(["add", "-A"]);
  sh(["commit", "-q", "-m", message]);
}
function changesets(): string[] {
  try {
    return readdirSync(join(repo, ".changeset"))
      .filter((name) => name.startsWith("spec-"))
      .sort();
  } catch {
    return [];
  }
}
const packageJson = (version: string) =>
  `${JSON.stringify({ name: "@patchbay/datagrid", version }, null, 2)}\n`;

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), "spec-changes-"));
  sh(["init", "-q", "-b", "main"]);
  sh(["config", "user.email", "test@example.com"]);
  sh(["config", "user.name", "test"]);
  sh(["config", "commit.gpgsign", "false"]);
  sh(["config", "tag.gpgsign", "false"]);
  put("README.md", "test repository\n");
  commit("root");
  putFixture("specs/datagrid.yaml", "operation-removed", "before");
  put("packages/datagrid/package.json", packageJson("0.1.0"));
  commit("datagrid");
});

afterEach(() => {
  rmSync(repo, { recursive: true, force: true });
});

describe("runSpecChanges in a git repository", () => {
  it("reads documents as the generator does: an alias bomb is refused at its file and line, nothing written", async () => {
    sh(["tag", "@patchbay/datagrid@0.1.0"]);
    const levels = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"];
    for (let level = 1; level <= 9; level++)
      levels.push(
        `a${level}: &a${level} [${Array(9)
          .fill(`*a${level - 1}`)
          .join(", ")}]`,
      );
    put("specs/datagrid.yaml", `openapi: 3.0.3\n${levels.join("\n")}\n`);
    const [result] = await runSpecChanges({ cwd: repo });
    expect(result?.status).toBe("failed");
    expect(result?.line).toMatch(
      /^datagrid: failed: specs\/datagrid\.yaml:3:10 cannot be read: Excessive alias count/,
    );
    expect(changesets()).toEqual([]);
  });

  it("writes one changeset for a change, and none more when run again", async () => {
    sh(["tag", "@patchbay/datagrid@0.1.0"]);
    putFixture("specs/datagrid.yaml", "operation-removed", "after");

    const [first] = await runSpecChanges({ cwd: repo });
    expect(first).toMatchObject({
      vendor: "datagrid",
      status: "written",
      base: { ref: "@patchbay/datagrid@0.1.0" },
      bump: { releaseType: "minor", policy: "0.x policy" },
    });
    expect(first?.line).toMatch(
      /^datagrid: breaking → minor \(0\.x policy\) \.changeset\/spec-datagrid-[0-9a-f]{7}\.md$/,
    );
    expect(changesets()).toHaveLength(1);
    const text = readFileSync(join(repo, first?.changeset ?? ""), "utf8");
    expect(text).toContain('"@patchbay/datagrid": minor');
    expect(text).toContain("`DELETE /connections/{connection_id}`: operation removed");

    const [second] = await runSpecChanges({ cwd: repo });
    expect(second).toMatchObject({ status: "already-written", changeset: first?.changeset });
    expect(second?.line).toMatch(/\(already written\)$/);
    expect(changesets()).toHaveLength(1);

    commit("spec change and its changeset");
    const [third] = await runSpecChanges({ cwd: repo });
    expect(third?.status).toBe("already-written");
    expect(changesets()).toHaveLength(1);
  });

  it("replaces its own earlier changeset when the document changes again, and removes it when the change is undone", async () => {
    sh(["tag", "@patchbay/datagrid@0.1.0"]);
    putFixture("specs/datagrid.yaml", "secondary-server-added", "after");
    const [docs] = await runSpecChanges({ cwd: repo });
    expect(docs).toMatchObject({ status: "written", bump: { releaseType: "patch" } });
    commit("deprecate");

    putFixture("specs/datagrid.yaml", "operation-removed", "after");
    const [breaking] = await runSpecChanges({ cwd: repo });
    expect(breaking).toMatchObject({
      status: "written",
      bump: { releaseType: "minor" },
      removed: [docs?.changeset],
    });
    expect(changesets()).toEqual([breaking?.changeset?.slice(".changeset/".length)]);

    putFixture("specs/datagrid.yaml", "operation-removed", "before");
    const [undone] = await runSpecChanges({ cwd: repo });
    expect(undone).toMatchObject({ status: "unchanged", removed: [breaking?.changeset] });
    expect(changesets()).toEqual([]);
  });

  it("keeps changesets already in the base commit", async () => {
    putFixture("specs/datagrid.yaml", "secondary-server-added", "after");
    const [earlier] = await runSpecChanges({ cwd: repo, base: "HEAD" });
    commit("deprecate, with its changeset");
    putFixture("specs/datagrid.yaml", "operation-removed", "after");
    const [later] = await runSpecChanges({ cwd: repo, base: "HEAD" });
    expect(later).toMatchObject({ status: "written", removed: [] });
    expect(changesets()).toHaveLength(2);
    expect(changesets()).toContain(earlier?.changeset?.slice(".changeset/".length));
  });

  it("falls back to HEAD~1 without a release tag, and writes nothing on a dry run", async () => {
    putFixture("specs/datagrid.yaml", "response-field-added", "after");
    commit("new response field");
    const [result] = await runSpecChanges({ cwd: repo, dryRun: true });
    expect(result).toMatchObject({
      status: "would-write",
      base: { ref: "HEAD~1" },
      classification: { level: "additive" },
      bump: { releaseType: "patch" },
    });
    expect(result?.line).toMatch(/\(dry run: not written\)$/);
    expect(changesets()).toEqual([]);
  });

  it("writes nothing for a formatting-only change", async () => {
    putFixture("specs/datagrid.yaml", "reformatted-only", "after");
    const [result] = await runSpecChanges({ cwd: repo, base: "HEAD" });
    expect(result?.status).toBe("no-api-change");
    expect(changesets()).toEqual([]);
  });

  it("escalates through an injected type check, only where the spec diff is not already breaking", async () => {
    putFixture("specs/datagrid.yaml", "secondary-server-added", "after");
    const checked: string[] = [];
    const [result] = await runSpecChanges({
      cwd: repo,
      base: "HEAD",
      typeCheck: (vendor) => {
        checked.push(vendor);
        return { ok: false, diagnostics: ["usage.ts(1,1): error TS2305"] };
      },
    });
    expect(checked).toEqual(["datagrid"]);
    expect(result).toMatchObject({
      status: "written",
      typeCheck: "failed",
      classification: { level: "breaking" },
      bump: { releaseType: "minor" },
    });
    expect(result?.line).toContain("breaking (escalated by the type check) → minor");
    expect(readFileSync(join(repo, result?.changeset ?? ""), "utf8")).toContain("TS2305");
  });

  it("reports a new document as a new package, and a deleted one, without a changeset", async () => {
    putFixture("specs/polytomic.yaml", "operation-added", "after");
    rmSync(join(repo, "specs/datagrid.yaml"));
    const results = await runSpecChanges({ cwd: repo, base: "HEAD" });
    expect(results.map((result) => [result.vendor, result.status])).toEqual([
      ["datagrid", "deleted"],
      ["polytomic", "new-package"],
    ]);
    expect(results[1]?.line).toBe(
      "polytomic: new document since HEAD → new package @patchbay/polytomic, first released at 0.1.0; no changeset",
    );
    expect(changesets()).toEqual([]);
  });

  it("writes a first-release changeset for a new package still at 0.0.0", async () => {
    putFixture("specs/polytomic.yaml", "operation-added", "after");
    put("packages/polytomic/package.json", packageJson("0.0.0"));
    const [result] = await runSpecChanges({ cwd: repo, base: "HEAD", vendors: ["polytomic"] });
    expect(result).toMatchObject({ status: "written", bump: { releaseType: "minor" } });
    expect(readFileSync(join(repo, result?.changeset ?? ""), "utf8")).toContain("First release");
    const [again] = await runSpecChanges({ cwd: repo, base: "HEAD", vendors: ["polytomic"] });
    expect(again?.status).toBe("already-written");
  });

  it("reads the document as the generator does: .yaml or .json, with its overlay applied on each side", async () => {
    const before = readFileSync(join(fixtures, "operation-removed", "before.yaml"), "utf8");
    rmSync(join(repo, "specs/datagrid.yaml"));
    put("specs/datagrid.json", JSON.stringify(parse(before), null, 2));
    const [moved] = await runSpecChanges({ cwd: repo, base: "HEAD" });
    expect(moved).toMatchObject({ vendor: "datagrid", status: "no-api-change" });

    put(
      "specs/datagrid.overlay.yaml",
      [
        "overlay: 1.0.0",
        "info: { title: patchbay additions, version: 1.0.0 }",
        "actions:",
        "  - target: $.paths['/connections/{connection_id}'].delete",
        "    remove: true",
        "",
      ].join("\n"),
    );
    const [overlaid] = await runSpecChanges({ cwd: repo, base: "HEAD" });
    expect(overlaid).toMatchObject({ status: "written", bump: { releaseType: "minor" } });
    const text = readFileSync(join(repo, overlaid?.changeset ?? ""), "utf8");
    expect(text).toContain("Regenerated from `specs/datagrid.json`");
    expect(text).toContain("`DELETE /connections/{connection_id}`: operation removed");
    commit("datagrid.json and its overlay");

    // the same document and overlay at the base: nothing changed
    const [same] = await runSpecChanges({ cwd: repo, base: "HEAD" });
    expect(same?.status).toBe("unchanged");
    // an overlay change alone is a change of the API the package is generated from
    rmSync(join(repo, "specs/datagrid.overlay.yaml"));
    const [restored] = await runSpecChanges({ cwd: repo, base: "HEAD", dryRun: true });
    expect(restored).toMatchObject({
      status: "would-write",
      classification: { level: "additive" },
    });
  });

  it("refuses a base that names no commit", async () => {
    await expect(runSpecChanges({ cwd: repo, base: "no-such-ref" })).rejects.toThrow(/no-such-ref/);
  });

  it("prints one line per vendor from the command line", () => {
    putFixture("specs/datagrid.yaml", "server-url-changed", "after");
    const cli = join(import.meta.dirname, "cli.ts");
    const tsx = join(import.meta.dirname, "../../node_modules/.bin/tsx");
    const output = execFileSync(tsx, [cli, "--base", "HEAD", "--dry-run", "--verbose"], {
      cwd: repo,
      encoding: "utf8",
    });
    expect(output).toContain("base HEAD (--base): datagrid");
    expect(output).toMatch(
      /datagrid: additive → patch \(0\.x policy\) \.changeset\/spec-datagrid-[0-9a-f]{7}\.md \(dry run: not written\)/,
    );
    expect(output).toContain("default server URL changed");
    expect(output).toContain("type check: not wired");
  });
});
