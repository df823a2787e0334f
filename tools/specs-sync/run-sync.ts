import { spawn } from "node:child_process";
import { type PullOptions, type PullOutcome, pullSpecs } from "@patchbay/specs-pull/pull-specs";
import { describeStep, type SyncStep, syncSteps } from "./sync-steps.ts";

export type StepStatus = "passed" | "failed" | "skipped";

export interface SyncResult {
  outcomes: PullOutcome[];
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
}

/**
 * `pnpm specs:sync`: pull, then for the vendors that changed regenerate, write the changeset and
 * run their tests. The chain runs for the updated vendors even when another vendor was refused
 * (the refusal still makes the exit code 1); it stops at the first failing step.
 */
export async function runSync(options: SyncOptions): Promise<SyncResult> {
  const outcomes = await pullSpecs(options);
  options.onPulled?.(outcomes);
  const updated = outcomes.filter((outcome) => outcome.result === "updated");
  const steps = syncSteps({
    updated: updated.map((outcome) => outcome.vendor),
    added: updated.filter((outcome) => outcome.newDocument).map((outcome) => outcome.vendor),
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
  return { outcomes, steps: results, exitCode: failed || refused ? 1 : 0 };
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
