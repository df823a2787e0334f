// Maintainer's check (not in `pnpm test`): GitHub's published REST description, dropped whole into
// a scratch copy's specs/, generates, installs, builds and type-checks; its example findings are
// reported, not fatal. Prints each step's time and peak memory.
//   pnpm --filter @patchbay/real-documents real:github [--keep] [--package @octokit/openapi@<version>]
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { copyRepository } from "@patchbay/common/copy-repository";
import { formatTable } from "@patchbay/common/text-table";
import { findingLines, formatFindingsTable } from "@patchbay/contract/example-findings-table";
import { checkExamples } from "@patchbay/openapi/example-findings";
import { unpackedNpmPackage } from "./npm-package.ts";
import { type TimedRun, timed } from "./timed.ts";

const root = join(import.meta.dirname, "..", "..");
const { values } = parseArgs({
  options: {
    keep: { type: "boolean", default: false },
    package: { type: "string", default: "@octokit/openapi@23.0.2" },
  },
});
const cacheDir = join(root, "tools", ".tmp", "real-documents");
const octokit = unpackedNpmPackage(values.package as string, cacheDir);
const source = join(octokit, "generated", "api.github.com.json");

const workDir = mkdtempSync(join(tmpdir(), "patchbay-github-"));
const repo = copyRepository(root, join(workDir, "repo"), "working-tree").dir;
copyFileSync(source, join(repo, "specs", "github.json"));
const tsx = join(root, "node_modules", ".bin", "tsx");

const steps: [string, () => TimedRun][] = [
  ["generate", () => timed(tsx, ["tools/generator/cli.ts", "--root", repo, "github"], root)],
  ["pnpm install", () => timed("pnpm", ["install", "--offline", "--no-frozen-lockfile"], repo)],
  ["build runtime", () => timed("pnpm", ["--filter", "@patchbay/runtime", "build"], repo)],
  ["build", () => timed("pnpm", ["--filter", "@patchbay/github", "build"], repo)],
  ["type-check", () => timed("pnpm", ["--filter", "@patchbay/github", "typecheck"], repo)],
];
const rows: Record<string, string>[] = [];
let failed: string | undefined;
for (const [name, step] of steps) {
  const run = step();
  rows.push({
    step: name,
    result: run.ok ? "ok" : "FAILED",
    time: `${run.seconds.toFixed(1)}s`,
    "peak memory": run.peakMb === undefined ? "" : `${run.peakMb} MB`,
  });
  if (!run.ok) {
    failed = `${name} failed:\n${run.output.split("\n").slice(-40).join("\n")}`;
    break;
  }
}

const document = JSON.parse(readFileSync(source, "utf8"));
const examples = checkExamples(document);
const operations = Object.values(document.paths as Record<string, object>).reduce(
  (sum: number, item) => sum + Object.keys(item).filter((key) => key !== "parameters").length,
  0,
);
console.log(
  `\n${values.package}: ${(readFileSync(source).length / 1e6).toFixed(1)} MB, ${operations} operations, OpenAPI ${document.openapi}`,
);
console.log(formatTable(rows));
const findings = {
  vendor: "github",
  document: "specs/github.json",
  checked: examples.checked,
  findings: examples.findings,
  skippedCases: 0,
};
console.log(`\nExamples checked against their own schemas (reported, not fatal):`);
console.log(formatFindingsTable([findings]));
const findingsFile = join(cacheDir, "github-example-findings.json");
writeFileSync(findingsFile, `${JSON.stringify(findings, null, 2)}\n`);
for (const line of findingLines(findings, findingsFile, 10)) console.log(line);
if (failed) console.error(`\n${failed}`);
if (values.keep) console.log(`\nscratch copy kept: ${repo}`);
else rmSync(workDir, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
