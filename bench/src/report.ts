import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import type { BundleResults } from "./bundle-size.ts";
import type { ColdCiRun } from "./cold-ci.ts";
import { isFloor } from "./cold-floors.ts";
import type { ColdImport } from "./cold-import.ts";
import type { DocumentGenerationResults } from "./document-generation.ts";
import { describeDocument } from "./document-stats.ts";
import { evaluateGoals, type Goal, type Results } from "./goals.ts";
import { benchDir, resultsDir } from "./locations.ts";
import { markdownTable } from "./markdown-table.ts";
import { GENERATE_TASK, type PipelineCosts, pipelineCosts } from "./pipeline-costs.ts";
import { connectScalingSection } from "./report-connect.ts";
import { linearFit, logLogSlope, ratio, round } from "./stats.ts";
import { officialSdks, packageOf, vendorsWithSdk } from "./subjects.ts";

export interface Machine {
  node: string;
  platform: string;
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  /** 1-minute load average when the run started: above `cpus`, other jobs were competing. */
  loadAverage: number;
}

export interface Report extends Results {
  machine: Machine;
  goals: Goal[];
}

export const latestFile = join(resultsDir, "latest.json");
const readmeFile = join(benchDir, "README.md");
export const START = "<!-- bench:results:start -->";
export const END = "<!-- bench:results:end -->";

export function describeMachine(): Machine {
  return {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? "unknown",
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    loadAverage: Math.round((loadavg()[0] ?? 0) * 10) / 10,
  };
}

/** The machine of the last run that measured something: `pnpm bench -- report` measures nothing. */
export function readLatestMachine(): Machine | undefined {
  if (!existsSync(latestFile)) return undefined;
  return (JSON.parse(readFileSync(latestFile, "utf8")) as Partial<Report>).machine;
}

/** The last results, so a run of one measurement keeps the others. */
export function readLatest(): Results {
  if (!existsSync(latestFile)) return {};
  const {
    machine: _machine,
    goals: _goals,
    ...results
  } = JSON.parse(readFileSync(latestFile, "utf8")) as Report;
  return results;
}

export function writeReport(results: Results, machine: Machine): Report {
  const report: Report = { machine, goals: evaluateGoals(results), ...results };
  writeFileSync(latestFile, `${JSON.stringify(report, null, 2)}\n`);
  const readme = readFileSync(readmeFile, "utf8");
  writeFileSync(readmeFile, replaceBetweenMarkers(readme, renderResults(report)));
  return report;
}

export function replaceBetweenMarkers(text: string, generated: string): string {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start === -1 || end < start) throw new Error(`bench/README.md needs ${START} and ${END}`);
  return `${text.slice(0, start + START.length)}\n${generated}\n${text.slice(end)}`;
}

export { markdownTable };

const times = (value: number | undefined) =>
  value === undefined || Number.isNaN(value) ? "–" : `${value.toFixed(2)}×`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
/** `2026-01-02 03:04 UTC, load 1.5`: when a section was measured and how busy the machine was. */
const when = ({ measuredAt, loadAverage }: { measuredAt: string; loadAverage?: number }) =>
  `${measuredAt.slice(0, 16).replace("T", " ")} UTC, load ${loadAverage ?? "?"}`;
const verdict = (met: boolean | null) =>
  met === null ? "not measured" : met ? "**met**" : "**not met**";
const officialOf = (subject: string) =>
  vendorsWithSdk.find((vendor) => packageOf(vendor) === subject) &&
  officialSdks[
    vendorsWithSdk.find((vendor) => packageOf(vendor) === subject) as keyof typeof officialSdks
  ].name;

const goalsTable = (goals: Goal[]) =>
  markdownTable(
    ["goal", "target", "measured", "verdict"],
    goals.map((g) => [g.goal, g.target, g.measured, verdict(g.met)]),
  );

/** The generated section of bench/README.md: goals, then a table per measurement. */
export function renderResults(report: Report): string {
  const { machine } = report;
  const sections = [
    `Last run: Node ${machine.node}, ${machine.platform}, ${machine.cpus} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB; 1-minute load average ${machine.loadAverage} at the start of the last run, and at the start of each section below (above ${machine.cpus}, other jobs were sharing the machine). Raw numbers: [results/latest.json](results/latest.json).`,
    "### Goals: the issue's",
    goalsTable(report.goals.filter((g) => g.source !== "project")),
    "#### Project goals beyond the issue",
    goalsTable(report.goals.filter((g) => g.source === "project")),
  ];
  if (report.bundle) sections.push(...bundleSection(report.bundle));
  if (report.coldImport) sections.push(...coldImportSection(report.coldImport));
  if (report.connectScaling) sections.push(...connectScalingSection(report.connectScaling));
  if (report.mswImport) sections.push(...mswImportSection(report.mswImport));
  if (report.throughput) sections.push(...throughputSection(report.throughput));
  if (report.generation) sections.push(...generationSection(report.generation));
  if (report.documentGeneration)
    sections.push(...documentGenerationSection(report.documentGeneration));
  if (report.pipeline?.coldCi)
    sections.push(...coldCiSection(report.pipeline.coldCi, report.documentGeneration));
  if (report.pipeline) sections.push(...pipelineSection(report.pipeline));
  return sections.join("\n\n");
}

function bundleSection(bundle: NonNullable<Report["bundle"]>): string[] {
  const gzip = (subject: string) => bundle.sizes.find((s) => s.subject === subject)?.gzipBytes;
  return [
    `### Bundle: create one connection (esbuild ${bundle.esbuild}, ESM, minified, gzip -9; ${when(bundle)})`,
    "Each entry bundled three ways, as an app's bundler would: **browser** (platform browser: the runtime's `browser` export condition, no redirect-following code; the ratios are this build's), **worker** (the same with the `workerd`/`worker` conditions first, as wrangler bundles a Worker: the main entry), **node** (platform node: the `node` condition, Node built-ins external).",
    markdownTable(
      [
        "entry",
        "browser min",
        "browser min+gz",
        "worker min+gz",
        "node min+gz",
        "vs openapi-fetch",
        "vs official SDK",
        "Node built-ins stubbed",
      ],
      bundle.sizes.map((s) => {
        const official = officialOf(s.subject);
        const other = (kind: "worker" | "node") =>
          s.builds?.[kind] ? `${s.builds[kind].gzipBytes} B` : "–";
        return [
          `\`${s.subject}\``,
          kib(s.minBytes),
          `${s.gzipBytes} B`,
          other("worker"),
          other("node"),
          times(ratio(s.gzipBytes, gzip("openapi-fetch"))),
          official ? times(ratio(s.gzipBytes, gzip(official))) : "–",
          s.stubbedBuiltins.join(", ") || "–",
        ];
      }),
    ),
    ...runtimeSourcesTable(bundle.runtimeBytesBySource ?? [], bundle.runtimeBytesByBuild),
  ];
}

/**
 * Where the runtime's bytes go: the `@patchbay/runtime` entry's minified bytes by source file, in
 * each build where they were measured, else the browser build's alone.
 */
function runtimeSourcesTable(
  sources: NonNullable<BundleResults["runtimeBytesBySource"]>,
  byBuild?: BundleResults["runtimeBytesByBuild"],
): string[] {
  if (byBuild?.browser && byBuild.worker && byBuild.node) return runtimeBuildsTable(byBuild);
  if (sources.length === 0) return [];
  const total = sources.reduce((sum, s) => sum + s.minBytes, 0);
  return [
    "The runtime's bytes by source file (minified, before gzip): the `@patchbay/runtime` entry above, bundled from `packages/runtime/src/` so that each file shows (esbuild's metafile, `bytesInOutput`).",
    markdownTable(
      ["source file", "min bytes", "share of the runtime"],
      [
        ...sources.map((s) => [
          `\`${s.file}\``,
          s.minBytes,
          `${total === 0 ? 0 : Math.round((s.minBytes / total) * 100)}%`,
        ]),
        ["all runtime sources", total, "100%"],
      ],
    ),
  ];
}

/** The runtime's bytes by source file, one column per build (a file a build leaves out: `–`). */
function runtimeBuildsTable(byBuild: NonNullable<BundleResults["runtimeBytesByBuild"]>): string[] {
  const kinds = ["browser", "worker", "node"] as const;
  const bytes = (kind: (typeof kinds)[number], file: string) =>
    byBuild[kind]?.find((s) => s.file === file)?.minBytes;
  const total = (kind: (typeof kinds)[number]) =>
    (byBuild[kind] ?? []).reduce((sum, s) => sum + s.minBytes, 0);
  const files = [...new Set(kinds.flatMap((kind) => (byBuild[kind] ?? []).map((s) => s.file)))]
    .filter((file) => kinds.some((kind) => (bytes(kind, file) ?? 0) > 0))
    .sort(
      (a, b) =>
        Math.max(...kinds.map((kind) => bytes(kind, b) ?? 0)) -
          Math.max(...kinds.map((kind) => bytes(kind, a) ?? 0)) || a.localeCompare(b),
    );
  return [
    "The runtime's bytes by source file and build (minified, before gzip): the `@patchbay/runtime` entry above, bundled from `packages/runtime/src/` (each build's source entry) so that each file shows (esbuild's metafile, `bytesInOutput`); `–`: the build leaves the file out.",
    markdownTable(
      ["source file", "browser", "worker", "node"],
      [
        ...files.map((file) => [`\`${file}\``, ...kinds.map((kind) => bytes(kind, file) ?? "–")]),
        ["all runtime sources", ...kinds.map(total)],
      ],
    ),
  ];
}

/** `1.15× / 1.24×`: import() and require() against another module's, or `–`. */
const vsBoth = (m: ColdImport, other: ColdImport | undefined) =>
  other
    ? `${times(ratio(m.importMs, other.importMs))} / ${times(ratio(m.requireMs, other.requireMs))}`
    : "–";

function coldImportSection(cold: NonNullable<Report["coldImport"]>): string[] {
  const of = (subject: string) => cold.modules.find((m) => m.subject === subject);
  return [
    `### Cold import: median of ${cold.runs} fresh \`node\` processes each (${when(cold)})`,
    markdownTable(
      [
        "module",
        "`import()` ms",
        "`require()` ms",
        "vs openapi-fetch (import / require)",
        "vs official SDK (import / require)",
        "whole process ms (import / require)",
      ],
      cold.modules.map((m) => {
        const official = officialOf(m.subject);
        const theirs = official ? of(official) : undefined;
        return [
          `\`${m.subject}\``,
          m.importMs,
          m.requireMs,
          vsBoth(m, of("openapi-fetch")),
          vsBoth(m, theirs),
          `${m.importProcessMs} / ${m.requireProcessMs}`,
        ];
      }),
    ),
    ...(cold.modules.some((m) => isFloor(m.subject)) ? [floorsNote] : []),
  ];
}

function mswImportSection(msw: NonNullable<Report["mswImport"]>): string[] {
  return [
    `### MSW handlers: import of \`@patchbay/<vendor>/msw\`, then its first \`handlers()\`; median of ${msw.runs} fresh \`node\` processes each (${when(msw)})`,
    markdownTable(
      [
        "entry",
        "`import()` ms",
        "`import()` ms after `msw/node`",
        "first `handlers()` ms",
        "handlers",
      ],
      msw.rows.map((row) => [
        `\`${row.subject}\``,
        row.importMs,
        row.afterMswMs ?? "–",
        row.handlersMs ?? "–",
        row.handlers ?? "–",
      ]),
    ),
    "The packages load `msw/core/http` (msw's HTTP handlers), not `msw`'s main entry; most of a cold import is msw's own (its rows). The column after `msw/node` is the import in a process that has loaded `msw/node` first, as an app's test does: what the package itself adds. Each package's answers are one JSON string, parsed by its first `handlers()` (or override).",
  ];
}

const floorsNote = `The \`floor: …\` rows are synthetic packages with no code of their own: one, or two in a row, whose entries only re-export openapi-fetch (ESM \`export *\`, CJS \`module.exports = require(…)\`), the \`@patchbay/<vendor>\` → \`@patchbay/runtime\` → openapi-fetch shape; what they take over openapi-fetch alone is what the package layering costs before any of the runtime's code runs.`;

function throughputSection(throughput: NonNullable<Report["throughput"]>): string[] {
  return [
    `### Throughput: ${throughput.calls} sequential create-connection calls after ${throughput.warmup} warm-up, local \`node:http\` server; ${throughput.rounds} rounds, order reversed every other round; medians (${when(throughput)})`,
    markdownTable(
      [
        "client",
        "req/s",
        "vs plain fetch",
        "vs openapi-fetch (lowest–highest round)",
        "CPU µs/call",
        "CPU vs plain fetch",
        "vs official SDK: req/s / CPU (CPU lowest–highest round)",
      ],
      throughput.rows.map((r) => [
        `\`${r.client}\``,
        r.requestsPerSecond,
        times(r.requestsPerSecondVsFetch),
        `${times(r.requestsPerSecondVsOpenapiFetch)} (${r.requestsPerSecondVsOpenapiFetchRange?.join("–")})`,
        r.cpuUsPerCall,
        times(r.cpuVsFetch),
        r.cpuVsOfficialSdk === undefined
          ? "–"
          : `${times(r.requestsPerSecondVsOfficialSdk)} / ${times(r.cpuVsOfficialSdk)} (${r.cpuVsOfficialSdkRange?.join("–")})`,
      ]),
    ),
  ];
}

function generationSection(generation: NonNullable<Report["generation"]>): string[] {
  return [
    `### Generation scaling: \`generate({ root })\` in a fresh process, median of ${generation.rounds} (${when(generation)})`,
    markdownTable(
      ["documents", "count", "total size", "wall", "CPU", "peak RSS", "wall ms per MiB", "result"],
      generation.cases.map((c) => [
        c.name,
        c.documents,
        kib(c.totalBytes),
        `${(c.wallMs / 1000).toFixed(2)} s`,
        `${(c.cpuMs / 1000).toFixed(2)} s`,
        `${c.maxRssMiB} MiB`,
        c.msPerMiB,
        c.ok ? "ok" : `failed: ${c.error}`,
      ]),
    ),
    `Growth: wall time ∝ size^${generation.wallExponent} and CPU time ∝ size^${generation.cpuExponent} over all the cases above; wall time ∝ size^${generation.sameMixWallExponent} over the vendor documents and their synthetic copies alone (one mix of documents, more of it). Least-squares fits in log-log space: 1 is linear; below 1, fixed costs (loading the generator, per-process start-up) weigh most in the small cases.`,
  ];
}

const seconds = (ms: number, decimals = 1) => `${(ms / 1000).toFixed(decimals)} s`;

function documentGenerationSection(generation: DocumentGenerationResults): string[] {
  const byOperations = [...generation.documents].sort(
    (a, b) => a.operations - b.operations || a.bytes - b.bytes,
  );
  const fitted = byOperations.filter((d) => d.ok);
  const lineOf = (x: (d: (typeof fitted)[number]) => number, per: number, unit: string) => {
    const line = linearFit(fitted.map((d) => ({ x: x(d) / per, y: d.wallMs })));
    const k = round(logLogSlope(fitted.map((d) => ({ x: x(d), y: d.wallMs }))), 2);
    return `${seconds(line.intercept, 2)} + ${seconds(line.slope, 2)} per ${unit} (r² ${round(line.r2, 2)}${Number.isNaN(k) ? "" : `; time ∝ ${unit === "MB" ? "size" : "operations"}^${k}`})`;
  };
  const { inRepository } = generation;
  return [
    `### Generation, document by document: \`generate({ root, vendors: [vendor], check: true })\` in a fresh process, median of ${generation.rounds} (${when(generation)})`,
    markdownTable(
      [
        "document",
        "published",
        "size",
        "operations",
        "`generate()` wall",
        "CPU",
        "whole process",
        "peak RSS",
        "result",
      ],
      byOperations.map((d) => [
        `\`${d.file}\``,
        d.published ? "yes" : "no",
        describeDocument(d).split(",")[0] as string,
        d.operations,
        seconds(d.wallMs, 2),
        seconds(d.cpuMs, 2),
        seconds(d.processMs, 2),
        `${d.maxRssMiB} MiB`,
        d.ok ? "ok" : `failed: ${d.error}`,
      ]),
    ),
    `How: ${generation.how}; "whole process" adds Node's and tsx's start-up and loading the generator. Least-squares lines of the \`generate()\` wall time over these documents: by operations, ${lineOf((d) => d.operations, 100, "100 operations")}; by size, ${lineOf((d) => d.bytes, 1e6, "MB")}. The larger r² is what the time follows more closely.`,
    ...(inRepository
      ? [
          `In this repository, \`pnpm generate --check ${inRepository.vendor}\` (the smallest document) took ${inRepository.ok ? `${seconds(inRepository.wallMs, 2)} for \`generate()\` (CPU ${seconds(inRepository.cpuMs, 2)}, whole process ${seconds(inRepository.processMs, 2)})` : `failed: ${inRepository.error}`}: one vendor's command also loads, validates and models every other document in specs/ (for @patchbay/connect's registry), which the one-document roots above leave out.`,
        ]
      : []),
  ];
}

/** Each vendor's steps in the cold suite, by operations, and how each step grows with them. */
function vendorCostsSection(costs: PipelineCosts): string[] {
  const cell = (ms: number | undefined) => (ms === undefined ? "–" : seconds(ms));
  const basis =
    costs.generationBasis === "cpu"
      ? "each document's own generation CPU time (the document-by-document table)"
      : "each document's size in bytes (the document-by-document generation was not measured for every vendor)";
  return [
    "Each vendor's steps, from the run summaries above (fewest operations first):",
    markdownTable(
      [
        "vendor",
        "operations",
        "document",
        "generate (share)",
        "build",
        "type-check",
        "contract (`#test`)",
        "lint:package",
        "total",
      ],
      costs.vendors.map((v) => [
        v.vendor,
        v.operations,
        describeDocument(v).split(",")[0] as string,
        cell(v.steps.generate),
        cell(v.steps.build),
        cell(v.steps.typecheck),
        cell(v.steps.contract),
        cell(v.steps["lint:package"]),
        seconds(v.totalMs),
      ]),
    ),
    `Each step is the task \`@patchbay/<vendor>#<task>\` (build, typecheck, test, lint:package) from turbo's run summaries; the tasks ran ${"two at a time"} (turbo's concurrency is the number of cores), so each time includes the other task's contention. Generation is one task for every document (\`${GENERATE_TASK}\`${costs.generateTaskMs === undefined ? "" : `, ${seconds(costs.generateTaskMs)}`}, \`--check\` in CI), shared out in proportion to ${basis}.`,
    "How each step grows with the number of operations (and, beside it, with the document's size): a least-squares line over the vendors above, and the exponent of a log-log fit:",
    markdownTable(
      [
        "step",
        "per 100 operations",
        "fixed",
        "r²",
        "k in time ∝ operations^k",
        "per MB of document",
        "r² (by size)",
        "vendors",
      ],
      costs.growth.map((g) => [
        g.step === "contract" ? "contract (`#test`)" : g.step,
        orDash(g.perHundredOperationsMs, (v) => seconds(v, 2)),
        orDash(g.fixedMs, (v) => seconds(v, 2)),
        orDash(g.r2, String),
        orDash(g.exponent, String),
        orDash(g.perMegabyteMs, (v) => seconds(v, 2)),
        orDash(g.r2Bytes, String),
        g.vendors,
      ]),
    ),
  ];
}

/** `format(value)`, or `–` for a value not measured (undefined or NaN). */
const orDash = (value: number | undefined, format: (value: number) => string) =>
  value === undefined || Number.isNaN(value) ? "–" : format(value);

function coldCiSection(cold: ColdCiRun, documentGeneration?: DocumentGenerationResults): string[] {
  const costs =
    cold.tasks && cold.documents
      ? pipelineCosts(
          cold.tasks,
          cold.documents,
          documentGeneration &&
            new Map(documentGeneration.documents.map((d) => [d.vendor, d.cpuMs])),
        )
      : undefined;
  return [
    `### The cold suite: \`.ci/run\` in a fresh clone of ${cold.commit.slice(0, 7)}, fresh HOME, CI=true`,
    `${seconds(cold.wallMs)} wall, exit ${cold.exitCode}, \`${cold.summary}\` (load average ${cold.loadBefore} before it started; pnpm from corepack, chromium installed if missing, no turbo cache, no pnpm store).`,
    markdownTable(
      ["slowest turbo tasks", "wall", "cache"],
      cold.slowestTasks.map((task) => [task.task, seconds(task.ms), task.cache]),
    ),
    markdownTable(
      ["slowest tests", "workspace", "wall"],
      cold.slowestTests.map((test) => [test.test, test.workspace, seconds(test.ms)]),
    ),
    ...(costs ? vendorCostsSection(costs) : []),
  ];
}

function pipelineSection(pipeline: NonNullable<Report["pipeline"]>): string[] {
  const { contract, warmTest } = pipeline;
  const describe = (r: (typeof warmTest.runs)[number]) =>
    `${seconds(r.wallMs)}, ${r.cached}/${r.total} cached${r.fullTurbo ? " (FULL TURBO)" : ""}${r.exitCode === 0 ? "" : `, exit ${r.exitCode}`}${r.treeChanged ? ", tree changed" : ""}${r.missed?.length ? `, ran ${r.missed.join(" ")}` : ""}`;
  return [
    `### Pipeline: a fresh clone of ${pipeline.commit?.slice(0, 7) ?? "HEAD"}, installed offline in ${seconds(pipeline.setupMs ?? 0)} (${when(pipeline)})`,
    markdownTable(
      ["measurement", "wall", "detail"],
      [
        ...(contract
          ? [
              [
                `contract suite, ${contract.vendors.length} vendors one after another (cold: no turbo cache)`,
                seconds(contract.totalWallMs),
                `${contract.vendors.map((v) => `${v.vendor} ${seconds(v.wallMs)}${v.passed ? "" : " (failed)"}`).join(", ")}; ${contract.how}`,
              ],
            ]
          : []),
        ...(warmTest.warmups ?? []).map((r, index) => [
          `\`pnpm test\`, warm-up ${index + 1}`,
          seconds(r.wallMs),
          `${describe(r)}; ${r.summary}`,
        ]),
        [
          `\`pnpm test\`, nothing changed (median of ${warmTest.unchangedRuns ?? 0})`,
          seconds(warmTest.medianWallMs),
          warmTest.runs.map(describe).join("; "),
        ],
      ],
    ),
  ];
}
