// The GitHub Actions workflows, checked by a workflow linter from npm (@action-validator/cli:
// the SchemaStore workflow schema, compiled to wasm) and against what the project says they do.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const root = join(import.meta.dirname, "..", "..");
const workflowsDir = join(root, ".github", "workflows");
const validator = join(import.meta.dirname, "node_modules", ".bin", "action-validator");
const workflowFiles = readdirSync(workflowsDir)
  .filter((file) => /\.ya?ml$/.test(file))
  .sort();

type Step = {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
};
type Workflow = {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, { steps: Step[] }>;
};
const workflow = (file: string) =>
  parse(readFileSync(join(workflowsDir, file), "utf8")) as Workflow;
const steps = (file: string) => Object.values(workflow(file).jobs).flatMap((job) => job.steps);

function validate(path: string) {
  return spawnSync(validator, [path], { cwd: root, encoding: "utf8" });
}

describe(".github/workflows", () => {
  it("has the three workflows", () => {
    expect(workflowFiles).toEqual(["ci.yml", "release.yml", "sync.yml"]);
  });

  it.each(workflowFiles)("%s passes action-validator", (file) => {
    const result = validate(join(workflowsDir, file));
    expect(result.error).toBeUndefined();
    expect(`${result.stdout}${result.stderr}`).toBe("");
    expect(result.status).toBe(0);
  });

  it("action-validator does fail a broken workflow (so the checks above mean something)", () => {
    const dir = mkdtempSync(join(tmpdir(), "patchbay-workflow-"));
    try {
      const path = join(dir, "broken.yml");
      writeFileSync(
        path,
        "on: pushh\njobs:\n  test:\n    runs-onn: ubuntu-latest\n    steps: []\n",
      );
      const result = validate(path);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain("runs-onn");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("ci.yml runs the README's test command verbatim, on pull requests and pushes", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const commands = [...readme.matchAll(/```sh\n([^\n]+)\n```/g)].map((match) => match[1]);
    const testCommand = commands.find((command) => command?.endsWith("pnpm test"));
    expect(testCommand).toBe("corepack enable pnpm && pnpm install --frozen-lockfile && pnpm test");
    expect(steps("ci.yml").map((step) => step.run)).toContain(testCommand);
    expect(Object.keys(workflow("ci.yml").on)).toEqual(
      expect.arrayContaining(["pull_request", "push"]),
    );
    const cache = steps("ci.yml").find((step) => step.uses?.startsWith("actions/cache@"));
    expect(cache?.with?.path).toBe(".turbo/cache");
  });

  it("release.yml versions and publishes with changesets, with npm provenance", () => {
    const release = workflow("release.yml");
    expect(release.permissions).toMatchObject({
      "id-token": "write",
      contents: "write",
      "pull-requests": "write",
    });
    const changesets = steps("release.yml").find((step) =>
      step.uses?.startsWith("changesets/action@"),
    );
    expect(changesets?.with).toMatchObject({
      version: "pnpm changeset version",
      publish: "pnpm release",
    });
    expect(changesets?.env?.NPM_CONFIG_PROVENANCE).toBe(true);
    const rootScripts = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).scripts;
    expect(rootScripts.release).toMatch(/build.*&& changeset publish$/);
  });

  it("sync.yml runs daily and on demand: specs:sync, then a pull request when something changed", () => {
    const sync = workflow("sync.yml");
    expect(Object.keys(sync.on).sort()).toEqual(["schedule", "workflow_dispatch"]);
    const runs = steps("sync.yml").map((step) => step.run ?? "");
    expect(runs.some((run) => run.startsWith("pnpm specs:sync"))).toBe(true);
    const pullRequest = steps("sync.yml").find((step) =>
      step.uses?.startsWith("peter-evans/create-pull-request@"),
    );
    expect(pullRequest?.with?.["add-paths"]).toContain(".changeset/**");
    const rootScripts = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).scripts;
    expect(rootScripts["specs:sync"]).toBe("tsx tools/specs-sync/cli.ts");
    expect(rootScripts["specs:pull"]).toBe("tsx tools/specs-pull/cli.ts");
  });

  it("pins every action to a release (a version tag or a commit), never a branch", () => {
    const uses = workflowFiles.flatMap((file) =>
      steps(file).flatMap((step) => (step.uses ? [step.uses] : [])),
    );
    expect(uses.length).toBeGreaterThan(5);
    for (const action of uses)
      expect(action).toMatch(/^[\w.-]+\/[\w./-]+@(v\d+(\.\d+){0,2}|[0-9a-f]{40})$/);
  });

  it("never interpolates a workflow input straight into a shell command", () => {
    for (const file of workflowFiles) {
      for (const step of steps(file))
        expect(step.run ?? "").not.toMatch(/\$\{\{\s*(inputs|github\.event)\./);
    }
  });
});
