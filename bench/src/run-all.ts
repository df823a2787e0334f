import { mkdirSync } from "node:fs";
import { runBundleSize } from "./bundle-size.ts";
import { runColdImport } from "./cold-import.ts";
import { runConnectScaling } from "./connect-scaling.ts";
import { runDocumentGeneration } from "./document-generation.ts";
import { runGenerationScaling } from "./generation-scaling.ts";
import type { Results } from "./goals.ts";
import { tmpDir } from "./locations.ts";
import { runMswImport } from "./msw-import.ts";
import { runPipeline } from "./pipeline.ts";
import {
  describeMachine,
  latestFile,
  readLatest,
  readLatestMachine,
  writeReport,
} from "./report.ts";
import { runThroughput } from "./throughput.ts";

/**
 * `pnpm bench [measurement...]`: all measurements, or only those named; the others keep their
 * last results. `pnpm bench -- report` measures nothing and only rewrites the report.
 */
const measurements = {
  bundle: async (results: Results) => {
    results.bundle = await runBundleSize();
  },
  "cold-import": async (results: Results) => {
    results.coldImport = await runColdImport(Number(process.env.BENCH_COLD_RUNS ?? 11));
  },
  throughput: async (results: Results) => {
    results.throughput = await runThroughput({
      calls: Number(process.env.BENCH_CALLS ?? 2000),
      rounds: Number(process.env.BENCH_ROUNDS ?? 3),
    });
  },
  generation: async (results: Results) => {
    results.generation = await runGenerationScaling({
      rounds: Number(process.env.BENCH_GENERATION_ROUNDS ?? 3),
    });
  },
  "document-generation": async (results: Results) => {
    results.documentGeneration = await runDocumentGeneration({
      rounds: Number(process.env.BENCH_GENERATION_ROUNDS ?? 3),
    });
  },
  "connect-scaling": async (results: Results) => {
    results.connectScaling = await runConnectScaling({
      coldRuns: Number(process.env.BENCH_COLD_RUNS ?? 11),
      tscRounds: Number(process.env.BENCH_TSC_ROUNDS ?? 5),
      vendors: Number(process.env.BENCH_CONNECT_VENDORS ?? 100),
    });
  },
  "msw-import": async (results: Results) => {
    results.mswImport = await runMswImport(Number(process.env.BENCH_COLD_RUNS ?? 11));
  },
  pipeline: async (results: Results) => {
    results.pipeline = await runPipeline();
  },
};
type Name = keyof typeof measurements;

const asked = process.argv.slice(2).filter((arg) => arg !== "--" && arg !== "report");
const reportOnly = asked.length === 0 && process.argv.includes("report");
const unknown = asked.filter((name) => !(name in measurements));
if (unknown.length > 0) {
  console.error(
    `Unknown measurement ${unknown.join(", ")}; known: ${Object.keys(measurements).join(", ")}`,
  );
  process.exit(2);
}
const selected = (reportOnly ? [] : asked.length > 0 ? asked : Object.keys(measurements)) as Name[];

mkdirSync(tmpDir, { recursive: true });
// Only rewriting the report keeps the machine (and its load) of the run that measured.
const machine = (reportOnly && readLatestMachine()) || describeMachine();
const results = readLatest();
const started = performance.now();
for (const name of selected) {
  const began = performance.now();
  console.log(`${name}...`);
  await measurements[name](results);
  console.log(`${name}: ${((performance.now() - began) / 1000).toFixed(0)} s`);
}
const report = writeReport(results, machine);
console.log(`\nGoals (${latestFile}):`);
for (const goal of report.goals) {
  console.log(
    `  ${goal.met === null ? "–" : goal.met ? "met    " : "NOT MET"}  ${goal.goal}: ${goal.measured}`,
  );
}
console.log(`bench: ${((performance.now() - started) / 1000).toFixed(0)} s`);
