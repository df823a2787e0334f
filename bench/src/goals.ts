import type { BundleResults } from "./bundle-size.ts";
import type { ColdImportResults } from "./cold-import.ts";
import type { GenerationResults } from "./generation-scaling.ts";
import type { PipelineResults } from "./pipeline.ts";
import { ratio } from "./stats.ts";
import { officialSdks, packageOf, vendors, vendorsWithSdk } from "./subjects.ts";
import type { ThroughputResults } from "./throughput.ts";

export interface Results {
  bundle?: BundleResults;
  coldImport?: ColdImportResults;
  throughput?: ThroughputResults;
  generation?: GenerationResults;
  pipeline?: PipelineResults;
}

export interface Goal {
  goal: string;
  target: string;
  measured: string;
  /** `null` when the measurement it needs was not run. */
  met: boolean | null;
}

const RUNTIME_BUDGET_BYTES = 1536;
const THROUGHPUT_FLOOR = 0.9;
const LINEAR_EXPONENT_CEILING = 1.15;
const WARM_TEST_CEILING_MS = 10_000;

const notMeasured = (goal: string, target: string): Goal => ({
  goal,
  target,
  measured: "not measured in this run",
  met: null,
});

/** Every goal of the bench, judged from whatever results there are. */
export function evaluateGoals(results: Results): Goal[] {
  return [
    bundleGoal(results.bundle),
    runtimeGoal(results.bundle),
    coldImportGoal(results.coldImport),
    throughputGoal(results.throughput),
    cpuGoal(results.throughput),
    generationGoal(results.generation),
    warmTestGoal(results.pipeline),
  ];
}

function bundleGoal(bundle: BundleResults | undefined): Goal {
  const goal =
    "Each `@patchbay/<vendor>` create-connection bundle is smaller than its official SDK's";
  const target = "min+gz < the official SDK's, for every vendor that has one";
  if (!bundle) return notMeasured(goal, target);
  const gzip = (subject: string) => bundle.sizes.find((s) => s.subject === subject)?.gzipBytes;
  const pairs = vendorsWithSdk.map((vendor) => ({
    vendor,
    ours: gzip(packageOf(vendor)),
    theirs: gzip(officialSdks[vendor].name),
  }));
  return {
    goal,
    target,
    measured: pairs
      .map((p) => `${p.vendor} ${p.ours} B vs ${p.theirs} B (${ratio(p.ours, p.theirs)}×)`)
      .join("; "),
    met: pairs.every((p) => p.ours !== undefined && p.theirs !== undefined && p.ours < p.theirs),
  };
}

function runtimeGoal(bundle: BundleResults | undefined): Goal {
  const goal = "The runtime adds little over openapi-fetch alone";
  const target = `≤ ${RUNTIME_BUDGET_BYTES} B (1.5 KiB) min+gz, same create-connection call and descriptor`;
  if (!bundle) return notMeasured(goal, target);
  const added = bundle.runtimeOverOpenapiFetchBytes;
  return {
    goal,
    target,
    measured: `+${added} B (${(added / 1024).toFixed(2)} KiB)`,
    met: added <= RUNTIME_BUDGET_BYTES,
  };
}

function coldImportGoal(cold: ColdImportResults | undefined): Goal {
  const goal = "Cold import is faster than the official SDK's";
  const target =
    "median `import()` and `require()` time < the official SDK's, for every vendor that has one";
  if (!cold) return notMeasured(goal, target);
  const of = (subject: string) => cold.modules.find((m) => m.subject === subject);
  const pairs = vendorsWithSdk.map((vendor) => ({
    vendor,
    ours: of(packageOf(vendor)),
    theirs: of(officialSdks[vendor].name),
  }));
  return {
    goal,
    target,
    measured: pairs
      .map(
        (p) =>
          `${p.vendor} import() ${p.ours?.importMs} vs ${p.theirs?.importMs} ms, require() ${p.ours?.requireMs} vs ${p.theirs?.requireMs} ms`,
      )
      .join("; "),
    met: pairs.every(
      (p) =>
        p.ours !== undefined &&
        p.theirs !== undefined &&
        p.ours.importMs < p.theirs.importMs &&
        p.ours.requireMs < p.theirs.requireMs,
    ),
  };
}

function throughputGoal(throughput: ThroughputResults | undefined): Goal {
  const goal = "Throughput within ~10% of openapi-fetch alone";
  const target = `req/s ≥ ${THROUGHPUT_FLOOR}× openapi-fetch's (median of same-round ratios), every \`@patchbay/<vendor>\``;
  if (!throughput) return notMeasured(goal, target);
  const rows = vendors.map((vendor) => ({
    vendor,
    row: throughput.rows.find((r) => r.client === packageOf(vendor)),
  }));
  return {
    goal,
    target,
    measured: rows
      .map(
        (r) =>
          `${r.vendor} ${r.row?.requestsPerSecondVsOpenapiFetch}× (rounds ${r.row?.requestsPerSecondVsOpenapiFetchRange?.join("–")})`,
      )
      .join("; "),
    met: rows.every(
      (r) => r.row !== undefined && r.row.requestsPerSecondVsOpenapiFetch >= THROUGHPUT_FLOOR,
    ),
  };
}

function cpuGoal(throughput: ThroughputResults | undefined): Goal {
  const goal = "CPU per call not worse than the official SDK's";
  const target = "client CPU µs/call ≤ 1.00× the official SDK's (median of same-round ratios)";
  if (!throughput) return notMeasured(goal, target);
  const rows = vendorsWithSdk.map((vendor) => ({
    vendor,
    row: throughput.rows.find((r) => r.client === packageOf(vendor)),
  }));
  return {
    goal,
    target,
    measured: rows
      .map(
        (r) =>
          `${r.vendor} ${r.row?.cpuUsPerCall} µs, ${r.row?.cpuVsOfficialSdk}× ${officialSdks[r.vendor].name}`,
      )
      .join("; "),
    met: rows.every((r) => r.row?.cpuVsOfficialSdk !== undefined && r.row.cpuVsOfficialSdk <= 1),
  };
}

function generationGoal(generation: GenerationResults | undefined): Goal {
  const goal = "Generation time roughly linear in total document size";
  const target = `every case generates; k ≤ ${LINEAR_EXPONENT_CEILING} in wall time ∝ size^k, over all cases and over the same-mix series`;
  if (!generation) return notMeasured(goal, target);
  const failed = generation.cases.filter((c) => !c.ok);
  return {
    goal,
    target,
    measured: `k = ${generation.wallExponent} all cases (CPU ${generation.cpuExponent}); ${generation.sameMixWallExponent} over 5 → 50 → 200 documents${failed.length > 0 ? `; failed: ${failed.map((c) => c.name).join(", ")}` : ""}`,
    met:
      failed.length === 0 &&
      generation.wallExponent <= LINEAR_EXPONENT_CEILING &&
      generation.sameMixWallExponent <= LINEAR_EXPONENT_CEILING,
  };
}

function warmTestGoal(pipeline: PipelineResults | undefined): Goal {
  const goal = "A warm `pnpm test` with nothing changed takes seconds (fully cached)";
  const target = `in a fresh clone after the warm-up: every timed run FULL TURBO and passing, median < ${WARM_TEST_CEILING_MS / 1000} s`;
  if (!pipeline) return notMeasured(goal, target);
  const { runs, medianWallMs } = pipeline.warmTest;
  const counted = runs.filter((run) => !run.treeChanged);
  const describe = (run: (typeof runs)[number]) =>
    `${run.cached}/${run.total} cached${run.fullTurbo ? " FULL TURBO" : ""}${run.treeChanged ? " (tree changed)" : ""}`;
  return {
    goal,
    target,
    measured: `${(medianWallMs / 1000).toFixed(1)} s median of ${counted.length}; ${runs.map(describe).join(", ")}`,
    met:
      counted.length === runs.length &&
      runs.every((run) => run.fullTurbo && run.exitCode === 0) &&
      medianWallMs < WARM_TEST_CEILING_MS,
  };
}
