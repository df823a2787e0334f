// The type check inside `spec:changes`, in a scratch git repository: fixture taken from the
// release tag, compiled against what `pnpm generate` wrote, escalating what the diff missed.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runSpecChangesCommand } from "./command.ts";
import { runSpecChanges } from "./run-spec-changes.ts";
import { createUsageTypeCheck, fixturePath } from "./type-check.ts";
import {
  type DocumentEdit,
  editDocument,
  generatePackage,
  makeScratchRoot,
  removeScratchRoot,
  repoRoot,
  usageFixtureOf,
} from "./type-check-support.ts";

const TAG = "@patchbay/datagrid@0.1.0";
let root: string;
const git = (...args: string[]) =>
  execFileSync("git", args, { cwd: root, encoding: "utf8", stdio: "pipe" }).trim();

beforeEach(async () => {
  root = makeScratchRoot("type-check-repo");
  cpSync(join(repoRoot, "packages", "runtime", "src"), join(root, "packages", "runtime", "src"), {
    recursive: true,
  });
  await generatePackage(root, "datagrid");
  mkdirSync(join(root, "packages", "datagrid", "test"), { recursive: true });
  writeFileSync(join(root, fixturePath("datagrid")), usageFixtureOf("datagrid"));
  git("init", "-q", "-b", "main");
  git("config", "user.email", "test@example.com");
  git("config", "user.name", "test");
  git("config", "commit.gpgsign", "false");
  git("config", "tag.gpgsign", "false");
  git("add", "-A");
  git("commit", "-q", "-m", "release");
  git("tag", TAG);
});
afterEach(() => removeScratchRoot(root));

const removeErrorResponse: DocumentEdit = (document) => {
  delete document.paths["/connections"].post.responses["429"];
};

describe("the usage type check in spec:changes", () => {
  it("escalates a change the diff calls additive when the release's fixture stops compiling", async () => {
    editDocument(root, "datagrid", removeErrorResponse);
    await generatePackage(root, "datagrid");
    const typeCheck = createUsageTypeCheck({ cwd: root });
    const [result] = await runSpecChanges({ cwd: root, vendors: ["datagrid"], typeCheck });

    expect(result).toMatchObject({
      status: "written",
      base: { ref: TAG },
      typeCheck: "failed",
      classification: { level: "breaking" },
      bump: { releaseType: "minor", policy: "0.x policy" },
    });
    expect(result?.line).toContain("breaking (escalated by the type check) → minor");
    expect(typeCheck.outcomes.get("datagrid")).toBe("failed");
    const changeset = readFileSync(join(root, result?.changeset ?? ""), "utf8");
    expect(changeset).toContain('"@patchbay/datagrid": minor');
    expect(changeset).toContain(`${fixturePath("datagrid")}(16,`);
    expect(changeset).toContain(
      "error TS2339: Property 'retryable' does not exist on type 'never'",
    );
  });

  it("keeps an additive change additive when the fixture still compiles", async () => {
    editDocument(root, "datagrid", (document) => {
      document.components.schemas.RedirectURLResponse.properties.expires_at = { type: "string" };
    });
    await generatePackage(root, "datagrid");
    const typeCheck = createUsageTypeCheck({ cwd: root });
    const [result] = await runSpecChanges({ cwd: root, vendors: ["datagrid"], typeCheck });
    expect(result).toMatchObject({ typeCheck: "ok", bump: { releaseType: "patch" } });
    expect(typeCheck.outcomes.get("datagrid")).toBe("ok");
  });

  it("refuses to compile against output generated from an older document", async () => {
    editDocument(root, "datagrid", removeErrorResponse);
    const typeCheck = createUsageTypeCheck({ cwd: root });
    const [result] = await runSpecChanges({ cwd: root, vendors: ["datagrid"], typeCheck });
    expect(result?.status).toBe("failed");
    expect(result?.line).toContain("run pnpm generate first");
    expect(typeCheck.outcomes.get("datagrid")).toBe("not-generated");
  });

  it("passes, with nothing to check, when the base has no fixture", async () => {
    rmSync(join(root, fixturePath("datagrid")));
    git("commit", "-q", "-am", "no fixture");
    editDocument(root, "datagrid", removeErrorResponse);
    await generatePackage(root, "datagrid");
    const typeCheck = createUsageTypeCheck({ cwd: root, base: "HEAD" });
    expect(await typeCheck("datagrid")).toEqual({ ok: true, diagnostics: [] });
    expect(typeCheck.outcomes.get("datagrid")).toBe("no-fixture");
  });

  it("is the command line's default type check", async () => {
    editDocument(root, "datagrid", removeErrorResponse);
    await generatePackage(root, "datagrid");
    // In this process, so the compile shares the library files the tests before it parsed: the
    // command is the CLI's own (cli.ts only passes it process.argv, cwd and console), and
    // run-spec-changes.test.ts spawns the CLI itself.
    const lines: string[] = [];
    const code = await runSpecChangesCommand(["--dry-run"], {
      cwd: root,
      log: (line) => lines.push(line),
      error: (line) => lines.push(line),
    });
    const output = lines.join("\n");
    expect(code, output).toBe(0);
    expect(output).toMatch(
      /datagrid: breaking \(escalated by the type check\) → minor \(0\.x policy\) \.changeset\/spec-datagrid-[0-9a-f]{7}\.md \(dry run: not written\)/,
    );
    expect(output).toContain(
      "type check: the base's usage fixtures against the new client: datagrid failed (escalated to breaking)",
    );
  });
});
