// The cold suite: `.ci/run` as CI runs it, in a fresh clone with a fresh HOME (no pnpm store, no
// turbo cache, no npm cache), and where its time goes: the slowest turbo tasks and tests.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { cleanEnvironment, run } from "@patchbay/common/run";
import { type DocumentStat, documentStats } from "./document-stats.ts";
import { repositoryRoot } from "./locations.ts";
import { round } from "./stats.ts";

export interface TimedTask {
  task: string;
  ms: number;
  cache: string;
}

export interface TimedTest {
  workspace: string;
  test: string;
  ms: number;
}

export interface ColdCiRun {
  commit: string;
  wallMs: number;
  exitCode: number;
  /** The closing `N passed, N failed, N skipped` line. */
  summary: string;
  loadBefore: number;
  slowestTasks: TimedTask[];
  slowestTests: TimedTest[];
  /** Every task the run summaries name, each once (its longest run), slowest first. */
  tasks?: TimedTask[];
  /** The clone's documents: each vendor's size and operations, for the per-vendor costs. */
  documents?: DocumentStat[];
}

const SHOWN = 5;

/** Every task of every turbo run summary (`--summarize`) in `.turbo/runs`, slowest first. */
export function tasksFromSummaries(summaries: readonly unknown[]): TimedTask[] {
  const tasks: TimedTask[] = [];
  for (const summary of summaries as { tasks?: unknown[] }[]) {
    for (const task of (summary.tasks ?? []) as {
      taskId: string;
      execution?: { startTime: number; endTime: number };
      cache?: { status?: string };
    }[]) {
      if (!task.execution) continue;
      tasks.push({
        task: task.taskId,
        ms: task.execution.endTime - task.execution.startTime,
        cache: task.cache?.status ?? "?",
      });
    }
  }
  return tasks.sort((a, b) => b.ms - a.ms);
}

/** Each task once: where a run summary repeats a task (a later cache hit), the longest run of it. */
export function uniqueTasks(tasks: readonly TimedTask[]): TimedTask[] {
  const byId = new Map<string, TimedTask>();
  for (const task of tasks) {
    const seen = byId.get(task.task);
    if (!seen || task.ms > seen.ms) byId.set(task.task, task);
  }
  return [...byId.values()].sort((a, b) => b.ms - a.ms);
}

/** Every test in the vitest JSON reports (`test-results.json`) under `dirs`, slowest first. */
export function testsFromReports(reports: readonly { workspace: string; report: unknown }[]) {
  const tests: TimedTest[] = [];
  for (const { workspace, report } of reports) {
    for (const file of (report as { testResults?: unknown[] }).testResults ?? []) {
      for (const assertion of (file as { assertionResults?: unknown[] }).assertionResults ?? []) {
        const { fullName, duration } = assertion as { fullName: string; duration?: number };
        tests.push({ workspace, test: fullName, ms: round(duration ?? 0) });
      }
    }
  }
  return tests.sort((a, b) => b.ms - a.ms);
}

/** PATH without the workspace's `node_modules/.bin` folders (which hold pnpm's and turbo's). */
function pathWithoutWorkspaceBins(path: string | undefined): string {
  return (path ?? "")
    .split(delimiter)
    .filter((entry) => entry !== "" && !entry.includes("node_modules"))
    .join(delimiter);
}

function workspaceDirs(root: string): string[] {
  return ["packages", "tools", "examples"]
    .flatMap((top) =>
      existsSync(join(root, top))
        ? readdirSync(join(root, top)).map((name) => join(root, top, name))
        : [],
    )
    .concat(join(root, "bench"));
}

export async function coldCiRun(): Promise<ColdCiRun> {
  const scratch = mkdtempSync(join(tmpdir(), "patchbay-cold-ci-"));
  const root = join(scratch, "repo");
  const home = join(scratch, "home");
  mkdirSync(home);
  try {
    const clone = await run("git", ["clone", "--quiet", repositoryRoot, root]);
    if (clone.code !== 0) throw new Error(`git clone failed: ${clone.output}`);
    const commit = (await run("git", ["rev-parse", "HEAD"], { cwd: root })).stdout.trim();
    const loadBefore = round(loadavg()[0] ?? 0, 2);
    const started = performance.now();
    const ci = await run("bash", [".ci/run"], {
      cwd: root,
      env: cleanEnvironment({
        HOME: home,
        CI: "true",
        PATH: pathWithoutWorkspaceBins(process.env.PATH),
        // run-tests.ts then asks turbo for its run summaries (.turbo/runs/*.json)
        PATCHBAY_TURBO_SUMMARY: "1",
      }),
    });
    const wallMs = round(performance.now() - started);
    const runsDir = join(root, ".turbo", "runs");
    const summaries = existsSync(runsDir)
      ? readdirSync(runsDir)
          .filter((name) => name.endsWith(".json"))
          .map((name) => JSON.parse(readFileSync(join(runsDir, name), "utf8")))
      : [];
    const reports = workspaceDirs(root)
      .filter((dir) => existsSync(join(dir, "test-results.json")))
      .map((dir) => ({
        workspace: dir.slice(root.length + 1),
        report: JSON.parse(readFileSync(join(dir, "test-results.json"), "utf8")),
      }));
    const tasks = uniqueTasks(tasksFromSummaries(summaries));
    return {
      commit,
      wallMs,
      exitCode: ci.code ?? 1,
      summary: ci.output.match(/^\d+ passed, \d+ failed(, \d+ skipped)?$/m)?.[0] ?? "",
      loadBefore,
      slowestTasks: tasks.slice(0, SHOWN),
      slowestTests: testsFromReports(reports).slice(0, SHOWN),
      tasks,
      documents: await documentStats(root),
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
