import { spawn } from "node:child_process";
import { type PullOptions, type PullOutcome, pullSpecs } from "@patchbay/specs-pull/pull-specs";
import { stalePackages } from "./stale-packages.ts";
import { describeStep, type SyncStep, syncSteps } from "./sync-steps.ts";

export type StepStatus = "passed" | "failed" | "skipped";

export interface SyncResult {
  outcomes: PullOutcome[];
  /**
   * The vendors the chain ran for, each with why: updated by this pull, or a document in specs/
   * that is not what its package was generated from (pulled earlier, `pnpm specs:pull <vendor>`).
   */
  regenerated: { vendor: string; why: string }[];
  steps: { step: SyncStep; status: StepStatus; exitCode?: number | null }[];
  /** 0: nothing refused, every step passed. 1: a vendor refused or a step failed. */
  exitCode: 0 | 1;
}

export interface SyncOptions extends PullOptions {
  /** Runs one step and resolves to its exit code; default: spawn it with inherited output. */
  runStep?: (step: SyncStep, root: string) => Promise<number | null>;
  /** Told before each step starts (the CLI prints it). */
  onStep?: (step: SyncStep) => void;
  /** Told when the pull is done, before any step (the CLI prints the table). */
  onPulled?: (outcomes: PullOutcome[]) => void;
  /** Told which vendors the chain runs for, and why, before any step. */
  onRegenerating?: (vendors: SyncResult["regenerated"]) => void;
}

/**
 * `pnpm specs:sync`: pull, then for the vendors that changed regenerate, write the changeset and
 * run their tests. A vendor changed when this pull updated its document, or when its document is
 * not what its package was generated from (a `pnpm specs:pull <vendor>` before the sync, or a new
 * vendor's first document). The chain runs for them even when another vendor was refused (the
 * refusal still makes the exit code 1); it stops at the first failing step.
 */
export async function runSync(options: SyncOptions): Promise<SyncResult> {
  const outcomes = await pullSpecs(options);
  options.onPulled?.(outcomes);
  const updated = outcomes.filter(
    (outcome): outcome is Extract<PullOutcome, { result: "updated" }> =>
      outcome.result === "updated",
  );
  const pulledNow = new Set(updated.map((outcome) => outcome.vendor));
  const stale = stalePackages(options.root, options.vendors);
  const regenerated = [
    ...updated.map((outcome) => ({ vendor: outcome.vendor, why: `${outcome.file} pulled now` })),
    ...stale
      .filter((entry) => !pulledNow.has(entry.vendor))
      .map(({ vendor, why }) => ({ vendor, why })),
  ].sort((a, b) => a.vendor.localeCompare(b.vendor));
  options.onRegenerating?.(regenerated);
  const steps = syncSteps({
    updated: regenerated.map((entry) => entry.vendor),
    // a package to link: a vendor's first document, now or in an earlier pull
    added: [
      ...updated.filter((outcome) => outcome.newDocument).map((outcome) => outcome.vendor),
      ...stale.filter((entry) => entry.added).map((entry) => entry.vendor),
    ],
  });
  const runStep = options.runStep ?? spawnStep;
  const results: SyncResult["steps"] = [];
  let failed = false;
  for (const step of steps) {
    if (failed) {
      results.push({ step, status: "skipped" });
      continue;
    }
    options.onStep?.(step);
    const exitCode = await runStep(step, options.root);
    failed = exitCode !== 0;
    results.push({ step, status: failed ? "failed" : "passed", exitCode });
  }
  const refused = outcomes.some((outcome) => outcome.result === "refused");
  return { outcomes, regenerated, steps: results, exitCode: failed || refused ? 1 : 0 };
}

function spawnStep(step: SyncStep, root: string): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(step.command, step.args, { cwd: root, stdio: "inherit" });
    child.on("error", (error) => {
      console.error(`could not start ${describeStep(step)}: ${error.message}`);
      resolve(null);
    });
    child.on("close", (code) => resolve(code));
  });
}
