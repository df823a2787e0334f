import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

/**
 * `pnpm test`: the whole turbo pipeline (spec lint, generation check in CI, lint, type-check,
 * tests, package lint), then one plain line counting every vitest test in the workspace.
 * Each package's vitest writes test-results.json, which turbo caches and restores with the task.
 */
const root = join(import.meta.dirname, "..");
const workspaceDirs = () =>
  ["packages", "examples"]
    .filter((dir) => existsSync(join(root, dir)))
    .flatMap((dir) => readdirSync(join(root, dir)).map((name) => join(root, dir, name)))
    .concat([join(root, "scripts"), join(root, "bench")]);

for (const dir of workspaceDirs()) rmSync(join(dir, "test-results.json"), { force: true });

const tasks = ["lint:specs", "lint", "typecheck", "test", "lint:package"];
const turbo = spawnSync("turbo", ["run", ...tasks, ...process.argv.slice(2)], {
  stdio: "inherit",
  cwd: root,
});

let passed = 0;
let failed = 0;
let skipped = 0;
for (const dir of workspaceDirs()) {
  const file = join(dir, "test-results.json");
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, "utf8"));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}
const status = turbo.status ?? 1;
// A pipeline failure outside vitest (lint, type-check, generation check) counts as one failure.
if (status !== 0 && failed === 0) failed = 1;
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(status);
