import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import {
  CONTRACT_RESULTS_FILE,
  type ContractResults,
  formatCoverageTable,
  isComplete,
} from "@patchbay/contract/coverage-table";
import {
  EXAMPLE_FINDINGS_FILE,
  type ExampleFindings,
  findingLines,
  formatFindingsTable,
} from "@patchbay/contract/example-findings-table";
import {
  failureLines,
  formatMatrix,
  MATRIX_RESULTS_FILE,
} from "@patchbay/runtime-matrix/matrix-table";
import {
  failedTasks,
  failedTests,
  type TurboRunSummary,
  type VitestJsonReport,
} from "./failed-tests.ts";

/**
 * `pnpm test`: the whole turbo pipeline (spec lint, generation check in CI, lint, import cycles, type-check,
 * tests, package lint), then the contract suite's coverage table for every vendor, the examples
 * each vendor's document gives that its own schemas refuse (example-findings.json), and one plain
 * line counting every vitest test in the workspace. Each package's vitest writes
 * test-results.json (and each vendor's contract-results.json), which turbo caches and restores
 * with the task, so both are printed after a cache hit too.
 */
const root = join(import.meta.dirname, "..", "..");

const workspaceDirs = () =>
  ["packages", "examples", "tools"]
    .filter((dir) => existsSync(join(root, dir)))
    .flatMap((dir) => readdirSync(join(root, dir)).map((name) => join(root, dir, name)))
    .concat([join(root, "bench")]);

for (const dir of workspaceDirs()) {
  rmSync(join(dir, "test-results.json"), { force: true });
  rmSync(join(dir, CONTRACT_RESULTS_FILE), { force: true });
  rmSync(join(dir, EXAMPLE_FINDINGS_FILE), { force: true });
  rmSync(join(dir, MATRIX_RESULTS_FILE), { force: true });
}

// Generation and the packages' build first, on their own. A vendor package's tests do not wait
// for generation inside the pipeline (their turbo hash would then follow every document), so they
// must find fresh packages; and the build is the heavy step many tests share: the release's
// consumer test builds a copy of the repository from this build's turbo cache, not a second time.
// turbo writes a run summary (.turbo/runs/*.json, about 1.4 MB) of each run: the tasks that failed
// outside vitest (a type-check, a lint) are named from it at the end, and it is removed then, unless
// PATCHBAY_TURBO_SUMMARY=1 keeps it: `pnpm bench -- pipeline` reads each task's time from them.
const runsDir = join(root, ".turbo", "runs");
const summariesBefore = new Set(existsSync(runsDir) ? readdirSync(runsDir) : []);
const firstPhase = spawnSync(
  "turbo",
  ["run", "build", "--filter=./packages/*", "--output-logs=errors-only", "--summarize"],
  { stdio: "inherit", cwd: root },
);
const tasks = ["lint:specs", "lint", "lint:cycles", "typecheck", "test", "lint:package"];
const turbo =
  firstPhase.status === 0
    ? spawnSync("turbo", ["run", ...tasks, "--continue", "--summarize", ...process.argv.slice(2)], {
        stdio: "inherit",
        cwd: root,
      })
    : firstPhase;
const summaryFiles = (existsSync(runsDir) ? readdirSync(runsDir) : [])
  .filter((name) => name.endsWith(".json") && !summariesBefore.has(name))
  .map((name) => join(runsDir, name));
const newSummaries = summaryFiles.map(
  (file) => JSON.parse(readFileSync(file, "utf8")) as TurboRunSummary,
);
if (process.env.PATCHBAY_TURBO_SUMMARY !== "1")
  for (const file of summaryFiles) rmSync(file, { force: true });

let passed = 0;
let failed = 0;
let skipped = 0;
/** Each failed test (or test file that failed outside a test), for the list before the summary. */
const failures: string[] = [];
for (const dir of workspaceDirs()) {
  const file = join(dir, "test-results.json");
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, "utf8")) as VitestJsonReport;
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  failures.push(...failedTests(report, root));
}
let status = turbo.status ?? 1;

// The contract suite, every vendor package (one generated from a document) in one table.
const filtered = process.argv.slice(2).some((arg) => arg === "-F" || arg.startsWith("--filter"));
const contract: ContractResults[] = [];
const exampleFindings: { result: ExampleFindings; file: string }[] = [];
const missingResults: string[] = [];
for (const dir of workspaceDirs()) {
  const manifest = join(dir, "package.json");
  if (!existsSync(manifest) || !JSON.parse(readFileSync(manifest, "utf8")).patchbay?.generatedFrom)
    continue;
  const file = join(dir, CONTRACT_RESULTS_FILE);
  if (existsSync(file)) contract.push(JSON.parse(readFileSync(file, "utf8")));
  else if (!filtered) missingResults.push(dir.slice(root.length + 1));
  const findings = join(dir, EXAMPLE_FINDINGS_FILE);
  if (existsSync(findings))
    exampleFindings.push({
      result: JSON.parse(readFileSync(findings, "utf8")),
      file: findings.slice(root.length + 1),
    });
}
if (contract.length > 0 || missingResults.length > 0) {
  console.log(`\nContract suite (every operation of every document in specs/, against Prism):`);
  if (contract.length > 0) console.log(formatCoverageTable(contract));
  for (const result of contract) for (const line of result.uncovered) console.log(line);
  for (const result of contract)
    for (const line of result.skippedOperations ?? []) console.log(line);
  for (const result of contract) for (const line of result.limitedCases ?? []) console.log(line);
  for (const dir of missingResults) console.log(`${dir}: the contract suite did not run`);
  // A vendor's vitest run fails on its own already; this also catches a vendor that never ran.
  if (missingResults.length > 0 || !contract.every(isComplete)) status ||= 1;
}
// Examples that disagree with their own schema: the vendor's words, reported and never fatal.
if (exampleFindings.length > 0) {
  console.log(
    `\nThe documents' defects, typed anyway (examples their own schemas refuse, and what else the generator reads past; reported, not failures):`,
  );
  console.log(formatFindingsTable(exampleFindings.map(({ result }) => result)));
  for (const { result, file } of exampleFindings)
    for (const line of findingLines(result, file)) console.log(line);
}
// The runtime matrix (tools/runtime-matrix): the packed packages on every runtime, one table.
const matrixFile = join(root, "tools", "runtime-matrix", MATRIX_RESULTS_FILE);
if (existsSync(matrixFile)) {
  const matrix = JSON.parse(readFileSync(matrixFile, "utf8"));
  console.log(`\nRuntime matrix (the packed packages, one program on each runtime):`);
  console.log(formatMatrix(matrix));
  if (failureLines(matrix).length > 0) status ||= 1;
}
// A pipeline failure outside vitest (lint, type-check, generation check) counts as one failure.
if (status !== 0 && failed === 0) failed = 1;
// Last, beside the count: a log read from its end (a CI excerpt) still names what failed.
const failedTaskLines = failedTasks(newSummaries, root);
if (failedTaskLines.length > 0) {
  console.log(`\nFailed turbo tasks, each with the end of its log:`);
  for (const line of failedTaskLines) console.log(line);
}
if (failures.length > 0) {
  console.log(`\nFailed tests (${failures.length}):`);
  for (const line of failures) console.log(line);
}
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(status);
