// What `pnpm test` prints last, beside its count: which tests failed (vitest's JSON reports) and
// which turbo tasks failed outside vitest (turbo's run summaries).
import { existsSync, readFileSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import { stripVTControlCharacters } from "node:util";

/** The parts of vitest's JSON reporter output read here. */
export interface VitestJsonReport {
  numPassedTests?: number;
  numFailedTests?: number;
  numPendingTests?: number;
  numTodoTests?: number;
  testResults?: {
    name: string;
    status: string;
    message?: string;
    assertionResults?: { fullName: string; status: string; failureMessages?: string[] }[];
  }[];
}

/**
 * `FAIL <file> > <test>: <the failure's first line>` for each failed test, and for a test file
 * that failed with no failed test (a hook that timed out, an import that threw).
 */
export function failedTests(report: VitestJsonReport, root: string): string[] {
  const firstLine = (text: string | undefined) =>
    (text ?? "")
      .split("\n")
      .find((line) => line.trim() !== "")
      ?.trim()
      .slice(0, 300) ?? "";
  const lines: string[] = [];
  for (const suite of report.testResults ?? []) {
    const file = suite.name.startsWith(root) ? suite.name.slice(root.length + 1) : suite.name;
    const failedCases = (suite.assertionResults ?? []).filter((test) => test.status === "failed");
    for (const test of failedCases)
      lines.push(`FAIL ${file} > ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`);
    if (failedCases.length === 0 && suite.status === "failed")
      lines.push(`FAIL ${file}: ${firstLine(suite.message)}`);
  }
  return lines;
}

/** The parts of a turbo run summary (`turbo run --summarize`, .turbo/runs/*.json) read here. */
export interface TurboRunSummary {
  tasks?: { taskId: string; logFile?: string; execution?: { exitCode?: number | null } }[];
}

/** How many of a failed task's diagnostics, and of its last log lines, are shown. */
const LOG_TAIL_LINES = 8;
/** A file and line in a diagnostic: `path/file.ts:9:5` (biome, vitest) or `path/file.ts(9,5)` (tsc). */
const PLACE = /[\w./-]+\.\w+(?::\d+:\d+|\(\d+,\d+\))/;

/**
 * `FAIL <package>#<task> (exit N)`, then the last lines of its log (turbo keeps each task's output
 * in its logFile), for every task of these runs that exited non-zero. A `test` task's own failures
 * are also in `failedTests`; its log's end still says whether vitest ran at all.
 */
export function failedTasks(summaries: readonly TurboRunSummary[], root: string): string[] {
  const lines: string[] = [];
  for (const summary of summaries)
    for (const task of summary.tasks ?? []) {
      const exitCode = task.execution?.exitCode;
      if (exitCode === 0 || exitCode === undefined || exitCode === null) continue;
      lines.push(`FAIL ${task.taskId} (exit ${exitCode})`);
      const log =
        task.logFile && (isAbsolute(task.logFile) ? task.logFile : join(root, task.logFile));
      if (!log || !existsSync(log)) continue;
      // turbo's logs keep the tools' colours
      const logLines = stripVTControlCharacters(readFileSync(log, "utf8"))
        .split("\n")
        .filter((line) => line.trim() !== "" && !line.includes("ELIFECYCLE"));
      // A diagnostic names its place (`src/a.ts:9:5`, `src/a.ts(9,5)`), however far up the log it is
      // (a linter prints its code frames after it); then the log's last lines, its verdict.
      const located = logLines.filter((line) => PLACE.test(line)).slice(0, LOG_TAIL_LINES);
      const tail = logLines.slice(-LOG_TAIL_LINES).filter((line) => !located.includes(line));
      for (const line of [...located, ...tail]) lines.push(`  ${line.slice(0, 300)}`);
    }
  return lines;
}
