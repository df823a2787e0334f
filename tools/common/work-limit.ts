// Time limits for tests and commands that do heavy work: type-checks, installs, builds, packing,
// generation, programs started and talked to. A limit guards against a hang and is never a check
// of speed, so it is derived from the work, not from one machine: an allowance per step taken,
// each far above what the step costs on a busy 2-core machine (`pnpm bench -- pipeline` records
// the real costs), and the same wherever the suite runs.

/** Per step: about 20 times its cost on an idle 2-core machine, or more. */
export const stepAllowanceMs = {
  /** One TypeScript program: tsc over generated packages, or one usage fixture. */
  typeCheck: 3 * 60_000,
  /** One `pnpm install` or `npm install` from the local store. */
  install: 5 * 60_000,
  /** One package's build (tsup: ESM, CommonJS and declarations). */
  build: 2 * 60_000,
  /** `pnpm pack` of one built package. */
  pack: 60_000,
  /** Generating one vendor's package from its document. */
  generate: 60_000,
  /** Starting a program (a runtime, Chromium, Prism, a spawned CLI) and one exchange with it. */
  process: 60_000,
} as const;

export type WorkStep = keyof typeof stepAllowanceMs;

/** The limit for this much work: the sum of the steps' allowances. */
export function workLimitMs(steps: Partial<Record<WorkStep, number>>): number {
  let total = 0;
  for (const [step, count] of Object.entries(steps) as [WorkStep, number][]) {
    if (!(step in stepAllowanceMs)) throw new RangeError(`workLimitMs: unknown step "${step}"`);
    if (!Number.isInteger(count) || count < 0) {
      throw new RangeError(`workLimitMs: ${step} must be a whole number of steps, got ${count}`);
    }
    total += stepAllowanceMs[step] * count;
  }
  if (total === 0) throw new RangeError("workLimitMs: name at least one step");
  return total;
}
