// The project's own goals beyond the issue's: against the official SDKs where the issue compares
// with openapi-fetch, and the generator's and the test pipeline's speed.
import type { BundleResults } from "./bundle-size.ts";
import type { ColdImportResults } from "./cold-import.ts";
import type { GenerationResults } from "./generation-scaling.ts";
import { type Goal, notInRun, notMeasured, sdkPairs, vendorRows } from "./goal-types.ts";
import type { PipelineResults } from "./pipeline.ts";
import { ratio } from "./stats.ts";
import type { ThroughputResults } from "./throughput.ts";

const FIVE_DOCUMENTS_CEILING_MS = 1500;
const LINEAR_EXPONENT_CEILING = 1.15;
const WARM_TEST_CEILING_MS = 3000;
const THROUGHPUT_FLOOR = 0.9;

const fiveDocumentsCase = (generation: GenerationResults) =>
  generation.cases.find((c) => /^\d+ vendor documents$/.test(c.name));
const twoHundredDocumentsCase = (generation: GenerationResults) =>
  generation.cases.find((c) => c.name === "200 synthetic documents");

export function fiveDocumentsGoal(generation: GenerationResults | undefined): Goal {
  const goal = "Generating all five documents takes at most 1.5 s";
  const target = `\`generate({ root })\` of the five vendor documents: median wall time ≤ ${FIVE_DOCUMENTS_CEILING_MS / 1000} s`;
  if (!generation) return notMeasured(goal, target);
  const five = fiveDocumentsCase(generation);
  return {
    source: "issue",
    goal,
    target,
    measured: five
      ? five.ok
        ? `${(five.wallMs / 1000).toFixed(2)} s wall (CPU ${(five.cpuMs / 1000).toFixed(2)} s)`
        : `failed: ${five.error}`
      : "not measured in this run",
    met: five === undefined ? null : five.ok && five.wallMs <= FIVE_DOCUMENTS_CEILING_MS,
  };
}

export function twoHundredDocumentsGoal(generation: GenerationResults | undefined): Goal {
  const goal = "200 documents scale linearly";
  const target = `200 documents generate; k ≤ ${LINEAR_EXPONENT_CEILING} in wall time ∝ size^k over 5 → 50 → 200 documents`;
  if (!generation) return notMeasured(goal, target);
  const twoHundred = twoHundredDocumentsCase(generation);
  return {
    source: "issue",
    goal,
    target,
    measured: `k = ${generation.sameMixWallExponent} over 5 → 50 → 200 documents; 200 documents ${twoHundred ? (twoHundred.ok ? `${(twoHundred.wallMs / 1000).toFixed(2)} s` : `failed: ${twoHundred.error}`) : "not measured"}`,
    met:
      twoHundred === undefined
        ? null
        : twoHundred.ok && generation.sameMixWallExponent <= LINEAR_EXPONENT_CEILING,
  };
}

export function bundleGoal(bundle: BundleResults | undefined): Goal {
  const goal =
    "Each `@patchbay/<vendor>` create-connection bundle is smaller than its official SDK's";
  const target = "min+gz < the official SDK's, for every vendor that has one";
  if (!bundle) return notMeasured(goal, target);
  const gzip = (subject: string) => bundle.sizes.find((s) => s.subject === subject)?.gzipBytes;
  const pairs = sdkPairs(gzip);
  return {
    source: "project",
    goal,
    target,
    measured: pairs
      .map((p) => `${p.vendor} ${p.ours} B vs ${p.theirs} B (${ratio(p.ours, p.theirs)}×)`)
      .join("; "),
    met: pairs.every((p) => p.ours !== undefined && p.theirs !== undefined && p.ours < p.theirs),
  };
}

export function coldImportGoal(cold: ColdImportResults | undefined): Goal {
  const goal = "Cold import is faster than the official SDK's";
  const target =
    "median `import()` and `require()` time < the official SDK's, for every vendor that has one";
  if (!cold) return notMeasured(goal, target);
  const of = (subject: string) => cold.modules.find((m) => m.subject === subject);
  const pairs = sdkPairs(of);
  return {
    source: "project",
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

export function throughputGoal(throughput: ThroughputResults | undefined): Goal {
  const goal = "Throughput within ~10% of openapi-fetch alone";
  const target = `req/s ≥ ${THROUGHPUT_FLOOR}× openapi-fetch's (median of same-round ratios), every \`@patchbay/<vendor>\``;
  if (!throughput) return notMeasured(goal, target);
  const rows = vendorRows(throughput);
  return {
    source: "project",
    goal,
    target,
    measured: `${rows
      .map(
        (r) =>
          `${r.vendor} ${r.row?.requestsPerSecondVsOpenapiFetch}× (rounds ${r.row?.requestsPerSecondVsOpenapiFetchRange?.join("–")})`,
      )
      .join("; ")}${notInRun(rows.missing)}`,
    met: rows.every(
      (r) => r.row !== undefined && r.row.requestsPerSecondVsOpenapiFetch >= THROUGHPUT_FLOOR,
    ),
  };
}
export function generationGoal(generation: GenerationResults | undefined): Goal {
  const goal = "Generation time roughly linear in total document size";
  const target = `every case generates; k ≤ ${LINEAR_EXPONENT_CEILING} in wall time ∝ size^k, over all cases and over the same-mix series`;
  if (!generation) return notMeasured(goal, target);
  const failed = generation.cases.filter((c) => !c.ok);
  return {
    source: "project",
    goal,
    target,
    measured: `k = ${generation.wallExponent} all cases (CPU ${generation.cpuExponent}); ${generation.sameMixWallExponent} over 5 → 50 → 200 documents${failed.length > 0 ? `; failed: ${failed.map((c) => c.name).join(", ")}` : ""}`,
    met:
      failed.length === 0 &&
      generation.wallExponent <= LINEAR_EXPONENT_CEILING &&
      generation.sameMixWallExponent <= LINEAR_EXPONENT_CEILING,
  };
}

export function warmTestGoal(pipeline: PipelineResults | undefined): Goal {
  const goal = "A warm `pnpm test` takes at most 3 s";
  const target = `nothing changed, in a fresh clone after the warm-up: every timed run FULL TURBO and passing, median ≤ ${WARM_TEST_CEILING_MS} ms`;
  if (!pipeline) return notMeasured(goal, target);
  const { runs, medianWallMs } = pipeline.warmTest;
  const counted = runs.filter((run) => !run.treeChanged);
  const describe = (run: (typeof runs)[number]) =>
    `${run.cached}/${run.total} cached${run.fullTurbo ? " FULL TURBO" : ""}${run.treeChanged ? " (tree changed)" : ""}`;
  return {
    source: "issue",
    goal,
    target,
    measured: `${Math.round(medianWallMs)} ms median of ${counted.length}; ${runs.map(describe).join(", ")}`,
    met:
      counted.length === runs.length &&
      runs.every((run) => run.fullTurbo && run.exitCode === 0) &&
      medianWallMs <= WARM_TEST_CEILING_MS,
  };
}
