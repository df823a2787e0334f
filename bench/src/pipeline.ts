import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { repositoryRoot } from "./locations.ts";
import { measuredNow } from "./measured.ts";
import { median, round } from "./stats.ts";
import { packageOf, vendors } from "./subjects.ts";

export interface CommandRun {
  command: string;
  wallMs: number;
  exitCode: number;
  output: string;
}

export interface ContractSuiteRun {
  vendor: string;
  wallMs: number;
  passed: boolean;
}

export interface WarmTestRun {
  wallMs: number;
  exitCode: number;
  /** turbo's `Cached: N cached, M total`. */
  cached: number;
  total: number;
  fullTurbo: boolean;
  /** Tasks turbo ran instead of replaying (`<package>:<task>`). */
  missed: string[];
  /** The closing `N passed, N failed, N skipped` line. */
  summary: string;
  /** Someone changed the work tree (a commit, an edit) since the previous run ended or during this one. */
  treeChanged?: boolean;
}

export interface PipelineResults {
  measuredAt: string;
  loadAverage: number;
  contract: {
    how: string;
    vendors: ContractSuiteRun[];
    /** The five vendors one after another. */
    totalWallMs: number;
  };
  warmTest: {
    /** The run before the timed ones, which fills turbo's cache if it was not already full. */
    warmup: WarmTestRun;
    runs: WarmTestRun[];
    /** Median over the runs with an unchanged tree (over all runs when there is none). */
    medianWallMs: number;
    unchangedRuns: number;
  };
}

function timed(command: string, args: string[], cwd: string): Promise<CommandRun> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) =>
      resolve({
        command: `${command} ${args.join(" ")}`,
        wallMs: round(Number(process.hrtime.bigint() - started) / 1e6),
        exitCode: code ?? 1,
        output,
      }),
    );
  });
}

/**
 * The contract suite alone: each vendor package's vitest on `scripts/contract/contract.test.ts`
 * (where there is no contract suite yet, the vendor packages' whole `test` task, uncached).
 */
async function contractSuite(): Promise<PipelineResults["contract"]> {
  const hasContract = existsSync(join(repositoryRoot, "scripts/contract/contract.test.ts"));
  const results: ContractSuiteRun[] = [];
  for (const vendor of vendors) {
    const run = hasContract
      ? await timed(
          "pnpm",
          ["exec", "vitest", "run", "contract/contract.test.ts"],
          join(repositoryRoot, "packages", vendor),
        )
      : await timed(
          "pnpm",
          [
            "exec",
            "turbo",
            "run",
            "test",
            `--filter=${packageOf(vendor)}`,
            "--force",
            "--output-logs=errors-only",
          ],
          repositoryRoot,
        );
    results.push({ vendor, wallMs: run.wallMs, passed: run.exitCode === 0 });
    console.log(`  contract ${vendor}: ${run.wallMs} ms${run.exitCode === 0 ? "" : " (failed)"}`);
  }
  return {
    how: hasContract
      ? "pnpm exec vitest run contract/contract.test.ts in each packages/<vendor> (Prism start-up included)"
      : "turbo run test --force per vendor package (no scripts/contract yet)",
    vendors: results,
    totalWallMs: results.reduce((sum, run) => sum + run.wallMs, 0),
  };
}

/** Reads every turbo summary in the output (`pnpm test` may run turbo more than once). */
export function parseTestRun(run: CommandRun): WarmTestRun {
  const summaries = [...run.output.matchAll(/Cached:\s+(\d+) cached, (\d+) total/g)];
  const summary = run.output.match(/^\d+ passed, \d+ failed, \d+ skipped$/m)?.[0] ?? "";
  return {
    wallMs: run.wallMs,
    exitCode: run.exitCode,
    cached: summaries.reduce((sum, match) => sum + Number(match[1]), 0),
    total: summaries.reduce((sum, match) => sum + Number(match[2]), 0),
    fullTurbo:
      summaries.length > 0 && (run.output.match(/FULL TURBO/g) ?? []).length === summaries.length,
    missed: [...run.output.matchAll(/^(\S+): cache miss/gm)].map((match) => match[1] as string),
    summary,
  };
}

/** HEAD, the uncommitted changes and the untracked files: what turbo's hashes are made from. */
function treeFingerprint(): string {
  const git = (...args: string[]) =>
    spawnSync("git", args, { cwd: repositoryRoot, maxBuffer: 1 << 28 }).stdout;
  return createHash("sha256")
    .update(git("rev-parse", "HEAD"))
    .update(git("diff", "HEAD", "--binary"))
    .update(git("ls-files", "--others", "--exclude-standard"))
    .digest("hex");
}

/** Attempts stop being started after this long, when others keep changing the tree. */
const TIMED_BUDGET_MS = 10 * 60_000;

/**
 * `pnpm test` once to warm turbo's cache, then again until `timedRuns` runs found the tree as
 * the previous run left it (others work in the same tree), within a time budget.
 */
async function warmTest(timedRuns: number): Promise<PipelineResults["warmTest"]> {
  let fingerprint = treeFingerprint();
  const once = async (label: string): Promise<WarmTestRun> => {
    const before = treeFingerprint();
    const run = parseTestRun(await timed("pnpm", ["test"], repositoryRoot));
    const after = treeFingerprint();
    run.treeChanged = before !== fingerprint || after !== before;
    fingerprint = after;
    console.log(
      `  pnpm test (${label}): ${run.wallMs} ms, ${run.cached}/${run.total} cached${run.fullTurbo ? ", FULL TURBO" : ""}, exit ${run.exitCode}${run.treeChanged ? ", tree changed by others" : ""}${run.missed.length > 0 ? `; ran ${run.missed.join(", ")}` : ""}`,
    );
    return run;
  };
  const warmup = await once("warm-up");
  const runs: WarmTestRun[] = [];
  const started = performance.now();
  const unchanged = () => runs.filter((run) => !run.treeChanged);
  while (
    unchanged().length < timedRuns &&
    runs.length < timedRuns + 3 &&
    performance.now() - started < TIMED_BUDGET_MS
  ) {
    runs.push(await once(`warm ${runs.length + 1}`));
  }
  const counted = unchanged().length > 0 ? unchanged() : runs;
  return {
    warmup,
    runs,
    medianWallMs: round(median(counted.map((run) => run.wallMs))),
    unchangedRuns: unchanged().length,
  };
}

export async function runPipeline({ warmRuns = 3 } = {}): Promise<PipelineResults> {
  const started = measuredNow();
  // Warm `pnpm test` first: the contract runs write contract-results.json, a cached output.
  const warm = await warmTest(warmRuns);
  const contract = await contractSuite();
  return { ...started, contract, warmTest: warm };
}
