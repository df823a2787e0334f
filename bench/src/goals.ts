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
  /** `issue`: one of the goals the project's issue sets; `project`: a goal of the project beyond the issue. */
  source: "issue" | "project";
  goal: string;
  target: string;
  measured: string;
  /** `null` when the measurement it needs was not run. */
  met: boolean | null;
}

// The issue's goals.
const BUNDLE_BUDGET_BYTES = 4096;
const COLD_IMPORT_CEILING_MS = 6;
const FIVE_DOCUMENTS_CEILING_MS = 1500;
const LINEAR_EXPONENT_CEILING = 1.15;
const WARM_TEST_CEILING_MS = 3000;
// The project's own goals beyond the issue.
const RUNTIME_BUDGET_BYTES = 1536;
const THROUGHPUT_FLOOR = 0.9;

const notMeasured = (goal: string, target: string): Goal => ({
  source: "issue",
  goal,
  target,
  measured: "not measured in this run",
  met: null,
});

const beyondIssue = (goal: Goal): Goal => ({ ...goal, source: "project" });

/**
 * Every goal of the bench, judged from whatever results there are: the issue's six goals first,
 * then the project's own goals beyond the issue (`source: "project"`).
 */
export function evaluateGoals(results: Results): Goal[] {
  return [
    issueBundleGoal(results.bundle),
    issueColdImportGoal(results.coldImport),
    issueThroughputGoal(results.throughput),
    fiveDocumentsGoal(results.generation),
    twoHundredDocumentsGoal(results.generation),
    warmTestGoal(results.pipeline),
    ...[
      bundleGoal(results.bundle),
      runtimeGoal(results.bundle),
      coldImportGoal(results.coldImport),
      throughputGoal(results.throughput),
      cpuGoal(results.throughput),
      generationGoal(results.generation),
    ].map(beyondIssue),
  ];
}

function issueBundleGoal(bundle: BundleResults | undefined): Goal {
  const goal = "Each vendor's create-connection bundle is at most 4 KiB";
  const target = `min+gz ≤ ${BUNDLE_BUDGET_BYTES} B (4 KiB), every \`@patchbay/<vendor>\``;
  if (!bundle) return notMeasured(goal, target);
  const sizes = vendors.map((vendor) => ({
    vendor,
    bytes: bundle.sizes.find((s) => s.subject === packageOf(vendor))?.gzipBytes,
  }));
  return {
    source: "issue",
    goal,
    target,
    measured: sizes.map((s) => `${s.vendor} ${s.bytes ?? "–"} B`).join("; "),
    met: sizes.every((s) => s.bytes !== undefined && s.bytes <= BUNDLE_BUDGET_BYTES),
  };
}

function issueColdImportGoal(cold: ColdImportResults | undefined): Goal {
  const goal = "Cold import takes at most 6 ms";
  const target = `median \`import()\` and \`require()\` ≤ ${COLD_IMPORT_CEILING_MS} ms, every \`@patchbay/<vendor>\``;
  if (!cold) return notMeasured(goal, target);
  const modules = vendors.map((vendor) => ({
    vendor,
    module: cold.modules.find((m) => m.subject === packageOf(vendor)),
  }));
  return {
    source: "issue",
    goal,
    target,
    measured: modules
      .map(
        (m) =>
          `${m.vendor} import() ${m.module?.importMs ?? "–"} ms, require() ${m.module?.requireMs ?? "–"} ms`,
      )
      .join("; "),
    met: modules.every(
      (m) =>
        m.module !== undefined &&
        m.module.importMs <= COLD_IMPORT_CEILING_MS &&
        m.module.requireMs <= COLD_IMPORT_CEILING_MS,
    ),
  };
}

function issueThroughputGoal(throughput: ThroughputResults | undefined): Goal {
  const goal = "Throughput at or above the fastest official SDK in the same run";
  const target =
    "median req/s ≥ the fastest official SDK's, every `@patchbay/<vendor>`; when not, plain `fetch` vs that SDK says whether the transport is the difference";
  if (!throughput) return notMeasured(goal, target);
  const rps = (client: string) =>
    throughput.rows.find((r) => r.client === client)?.requestsPerSecond;
  const fastest = vendorsWithSdk
    .map((vendor) => ({
      name: officialSdks[vendor].name as string,
      rps: rps(officialSdks[vendor].name),
    }))
    .filter((sdk): sdk is { name: string; rps: number } => sdk.rps !== undefined)
    .sort((a, b) => b.rps - a.rps)[0];
  if (!fastest) return notMeasured(goal, target);
  const ours = vendors.map((vendor) => ({ vendor, rps: rps(packageOf(vendor)) }));
  const met = ours.every((o) => o.rps !== undefined && o.rps >= fastest.rps);
  const measured = [
    `fastest official SDK: ${fastest.name} ${fastest.rps} req/s`,
    ours.map((o) => `${o.vendor} ${o.rps ?? "–"} (${ratio(o.rps, fastest.rps)}×)`).join(", "),
  ];
  if (!met)
    measured.push(
      transportVerdict(
        rps("plain fetch"),
        fastest,
        ours.flatMap((o) => (o.rps === undefined ? [] : [o.rps])),
      ),
    );
  return { source: "issue", goal, target, measured: measured.join("; "), met };
}

/** What each official SDK sends through in Node. */
const sdkTransports: Record<string, string> = {
  "datagrid-ai": "node-fetch + agentkeepalive",
  polytomic: "node-fetch",
  supermemory: "Node's global `fetch`",
};

/**
 * Plain `fetch` (one hand-written call, no client code) against the fastest official SDK: whether
 * the transport (Node's undici `fetch` vs the SDK's own, e.g. node-fetch + agentkeepalive) is the
 * difference, or the client code on top of it.
 */
export function transportVerdict(
  plainFetch: number | undefined,
  fastest: { name: string; rps: number },
  ours: readonly number[] = [],
): string {
  if (plainFetch === undefined)
    return "plain `fetch` not measured, so the transport's share is unknown";
  const share = ratio(plainFetch, fastest.rps);
  const overhead =
    ours.length > 0
      ? ` (the \`@patchbay/<vendor>\` clients reach ${ratio(Math.min(...ours), plainFetch)}–${ratio(Math.max(...ours), plainFetch)}× plain \`fetch\`)`
      : "";
  return plainFetch < fastest.rps
    ? `plain \`fetch\` ${plainFetch} req/s = ${share}× ${fastest.name}: with no client code at all, Node's \`fetch\` (undici) is already below ${fastest.name}'s transport${sdkTransports[fastest.name] ? ` (${sdkTransports[fastest.name]})` : ""}, so the transport accounts for that much of the gap; the rest is client overhead on top of \`fetch\`${overhead}`
    : `plain \`fetch\` ${plainFetch} req/s = ${share}× ${fastest.name}: Node's \`fetch\` (undici) itself keeps up, so the transport is not the difference; client overhead on top of \`fetch\` is${overhead}`;
}

const fiveDocumentsCase = (generation: GenerationResults) =>
  generation.cases.find((c) => /^\d+ vendor documents$/.test(c.name));
const twoHundredDocumentsCase = (generation: GenerationResults) =>
  generation.cases.find((c) => c.name === "200 synthetic documents");

function fiveDocumentsGoal(generation: GenerationResults | undefined): Goal {
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

function twoHundredDocumentsGoal(generation: GenerationResults | undefined): Goal {
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
    source: "project",
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
    source: "project",
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

function throughputGoal(throughput: ThroughputResults | undefined): Goal {
  const goal = "Throughput within ~10% of openapi-fetch alone";
  const target = `req/s ≥ ${THROUGHPUT_FLOOR}× openapi-fetch's (median of same-round ratios), every \`@patchbay/<vendor>\``;
  if (!throughput) return notMeasured(goal, target);
  const rows = vendors.map((vendor) => ({
    vendor,
    row: throughput.rows.find((r) => r.client === packageOf(vendor)),
  }));
  return {
    source: "project",
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
    source: "project",
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

function warmTestGoal(pipeline: PipelineResults | undefined): Goal {
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
