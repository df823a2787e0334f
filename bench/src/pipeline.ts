import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ColdCiRun, coldCiRun } from "./cold-ci.ts";
import { repositoryRoot } from "./locations.ts";
import { measuredNow } from "./measured.ts";
import { median, round } from "./stats.ts";

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
  /** The snapshot's tree was not as the previous run left it (turbo or a test wrote to it). */
  treeChanged?: boolean;
}

export interface PipelineResults {
  measuredAt: string;
  loadAverage: number;
  /** `.ci/run` in a fresh clone with a fresh HOME: what a newcomer's first `pnpm test` costs. */
  coldCi?: ColdCiRun;
  /** The commit measured, in a fresh clone that nobody else works in. */
  commit: string;
  /** `git clone` + `pnpm install --frozen-lockfile --offline` of that snapshot. */
  setupMs: number;
  /**
   * The contract suite alone, vendor after vendor, in older results; each vendor's contract suite
   * is now its `#test` task in the cold suite's run summaries (`coldCi.tasks`), not timed twice.
   */
  contract?: {
    how: string;
    vendors: ContractSuiteRun[];
    totalWallMs: number;
  };
  warmTest: {
    /** The runs before the timed ones, until turbo's cache is settled (a FULL TURBO run). */
    warmups: WarmTestRun[];
    runs: WarmTestRun[];
    /** Median over the runs that found the snapshot unchanged. */
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
function treeFingerprint(root: string): string {
  const git = (...args: string[]) =>
    spawnSync("git", args, { cwd: root, maxBuffer: 1 << 28 }).stdout;
  return createHash("sha256")
    .update(git("rev-parse", "HEAD"))
    .update(git("diff", "HEAD", "--binary"))
    .update(git("ls-files", "--others", "--exclude-standard"))
    .digest("hex");
}

const MAX_WARMUPS = 3;

/**
 * `pnpm test` until a run is fully cached (at most MAX_WARMUPS times), then `timedRuns` more,
 * each checked to have found the tree as the previous run left it.
 */
async function warmTest(root: string, timedRuns: number): Promise<PipelineResults["warmTest"]> {
  let fingerprint = treeFingerprint(root);
  const once = async (label: string): Promise<WarmTestRun> => {
    const before = treeFingerprint(root);
    const run = parseTestRun(await timed("pnpm", ["test"], root));
    const after = treeFingerprint(root);
    run.treeChanged = before !== fingerprint || after !== before;
    fingerprint = after;
    console.log(
      `  pnpm test (${label}): ${run.wallMs} ms, ${run.cached}/${run.total} cached${run.fullTurbo ? ", FULL TURBO" : ""}, exit ${run.exitCode}${run.treeChanged ? ", tree changed" : ""}${run.missed.length > 0 ? `; ran ${run.missed.join(", ")}` : ""}`,
    );
    return run;
  };
  const warmups: WarmTestRun[] = [];
  while (warmups.length < MAX_WARMUPS && !warmups.at(-1)?.fullTurbo) {
    warmups.push(await once(`warm-up ${warmups.length + 1}`));
  }
  const runs: WarmTestRun[] = [];
  for (let index = 0; index < timedRuns; index++) runs.push(await once(`warm ${index + 1}`));
  const unchanged = runs.filter((run) => !run.treeChanged);
  return {
    warmups,
    runs,
    medianWallMs: round(median(unchanged.map((run) => run.wallMs))),
    unchangedRuns: unchanged.length,
  };
}

/**
 * A clone of the committed HEAD in the OS temp dir, installed from the local pnpm store, with a
 * copy of this tree's turbo cache as a head start: others commit and edit in this work tree all
 * the time, and "nothing changed" needs a tree nobody touches.
 */
async function snapshot(): Promise<{ root: string; commit: string; setupMs: number }> {
  const started = performance.now();
  const root = join(mkdtempSync(join(tmpdir(), "patchbay-bench-")), "repo");
  const commit = spawnSync("git", ["rev-parse", "HEAD"], {
    cwd: repositoryRoot,
    encoding: "utf8",
  }).stdout.trim();
  const clone = await timed("git", ["clone", "--quiet", repositoryRoot, root], repositoryRoot);
  if (clone.exitCode !== 0) throw new Error(`git clone failed: ${clone.output}`);
  const install = await timed("pnpm", ["install", "--frozen-lockfile", "--offline"], root);
  if (install.exitCode !== 0) throw new Error(`pnpm install failed in ${root}: ${install.output}`);
  const cache = join(repositoryRoot, ".turbo/cache");
  if (existsSync(cache)) cpSync(cache, join(root, ".turbo/cache"), { recursive: true });
  return { root, commit, setupMs: round(performance.now() - started) };
}

export async function runPipeline({ warmRuns = 3 } = {}): Promise<PipelineResults> {
  const started = measuredNow();
  console.log("  .ci/run in a fresh clone with a fresh HOME (about 10 minutes)");
  const coldCi = await coldCiRun();
  console.log(
    `  cold .ci/run of ${coldCi.commit.slice(0, 7)}: ${coldCi.wallMs} ms, exit ${coldCi.exitCode}; ${coldCi.summary}`,
  );
  const { root, commit, setupMs } = await snapshot();
  console.log(`  snapshot of ${commit.slice(0, 7)} in ${root} (${setupMs} ms)`);
  try {
    const warm = await warmTest(root, warmRuns);
    return { ...started, coldCi, commit, setupMs, warmTest: warm };
  } finally {
    rmSync(join(root, ".."), { recursive: true, force: true });
  }
}
