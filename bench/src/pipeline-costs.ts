// Each vendor's cost in the cold suite, from turbo's run summaries (no second timing): its package's
// build, type-check, tests (the contract suite) and package lint, and its share of the one
// generation task; then how each step grows with the document's number of operations.
import { type TimedTask, uniqueTasks } from "./cold-ci.ts";
import type { DocumentStat } from "./document-stats.ts";
import { linearFit, logLogSlope, round } from "./stats.ts";

/** The generation task (every document at once; `pnpm generate` runs as --check in CI). */
export const GENERATE_TASK = "//#generate:packages";

/** The steps of a vendor package in the pipeline, and the turbo task each one is. */
export const PIPELINE_STEPS = [
  { step: "generate", task: GENERATE_TASK },
  { step: "build", task: "build" },
  { step: "typecheck", task: "typecheck" },
  { step: "contract", task: "test" },
  { step: "lint:package", task: "lint:package" },
] as const;
export type Step = (typeof PIPELINE_STEPS)[number]["step"];

export interface VendorCost extends DocumentStat {
  /** Milliseconds of each step; absent where the summaries have no such task for the vendor. */
  steps: Partial<Record<Step, number>>;
  totalMs: number;
}

export interface StepGrowth {
  step: Step;
  /** Vendors the fit is over. */
  vendors: number;
  /** Least-squares line over the vendors: ms = fixedMs + perHundredOperationsMs · operations / 100. */
  perHundredOperationsMs: number;
  fixedMs: number;
  /** Share of the step's variance between vendors that the line explains. */
  r2: number;
  /** k in ms ∝ operations^k (log-log fit): 1 linear, 0 flat. */
  exponent: number;
  /** The same line over the document's size: ms = fixed + perMegabyteMs · bytes / 10⁶ (older results have none). */
  perMegabyteMs?: number;
  r2Bytes?: number;
}

export interface PipelineCosts {
  generateTaskMs?: number;
  /** What the generation task's time is shared out by. */
  generationBasis: "cpu" | "bytes";
  /** Sorted by operations, fewest first. */
  vendors: VendorCost[];
  growth: StepGrowth[];
}

/**
 * Each document's vendor's step costs from the cold suite's tasks: `@patchbay/<vendor>#<task>`,
 * and a share of the one generation task, in proportion to `generationCpuMs` (each document's
 * own generation, measured alone) when it has every vendor, else to the document's bytes.
 */
export function pipelineCosts(
  tasks: readonly TimedTask[],
  documents: readonly DocumentStat[],
  generationCpuMs?: ReadonlyMap<string, number>,
): PipelineCosts {
  const byId = new Map(uniqueTasks(tasks).map((task) => [task.task, task.ms]));
  const generateTaskMs = byId.get(GENERATE_TASK);
  const byCpu =
    generationCpuMs !== undefined &&
    documents.every((d) => (generationCpuMs.get(d.vendor) ?? Number.NaN) > 0);
  const weight = (d: DocumentStat) => (byCpu ? (generationCpuMs.get(d.vendor) as number) : d.bytes);
  const totalWeight = documents.reduce((sum, d) => sum + weight(d), 0);
  const vendors = documents
    .map((document): VendorCost => {
      const steps: Partial<Record<Step, number>> = {};
      for (const { step, task } of PIPELINE_STEPS) {
        const ms =
          task === GENERATE_TASK
            ? generateTaskMs === undefined || totalWeight === 0
              ? undefined
              : (generateTaskMs * weight(document)) / totalWeight
            : byId.get(`@patchbay/${document.vendor}#${task}`);
        if (ms !== undefined) steps[step] = round(ms);
      }
      const totalMs = Object.values(steps).reduce((sum, ms) => sum + ms, 0);
      return { ...document, steps, totalMs };
    })
    .sort((a, b) => a.operations - b.operations || a.vendor.localeCompare(b.vendor));
  return {
    ...(generateTaskMs !== undefined && { generateTaskMs }),
    generationBasis: byCpu ? "cpu" : "bytes",
    vendors,
    growth: PIPELINE_STEPS.map(({ step }) => growthOf(step, vendors)),
  };
}

function growthOf(step: Step, vendors: readonly VendorCost[]): StepGrowth {
  const measured = vendors.filter((v) => v.steps[step] !== undefined);
  const points = measured.map((v) => ({ x: v.operations, y: v.steps[step] as number }));
  const { intercept, slope, r2 } = linearFit(points);
  const bySize = linearFit(measured.map((v) => ({ x: v.bytes / 1e6, y: v.steps[step] as number })));
  return {
    step,
    vendors: points.length,
    perHundredOperationsMs: round(slope * 100),
    fixedMs: round(intercept),
    r2: round(r2, 2),
    exponent: round(logLogSlope(points), 2),
    perMegabyteMs: round(bySize.slope),
    r2Bytes: round(bySize.r2, 2),
  };
}
