import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { childEnv } from "./child-env.ts";
import type { GenerationRun } from "./generate-child.ts";
import { benchDir, tmpDir } from "./locations.ts";
import { measuredNow } from "./measured.ts";
import { alternatingOrder, logLogSlope, median, round } from "./stats.ts";
import {
  type DocumentSet,
  githubDocument,
  syntheticDocuments,
  vendorDocuments,
} from "./synthetic-documents.ts";

const run = promisify(execFile);
const TIMEOUT_MS = 300_000;

export interface GenerationCase {
  name: string;
  documents: number;
  totalBytes: number;
  ok: boolean;
  error?: string;
  /** Medians over the runs. */
  wallMs: number;
  cpuMs: number;
  maxRssMiB: number;
  /** Wall milliseconds per MiB of document. */
  msPerMiB: number;
  runs: GenerationRun[];
}

export interface GenerationResults {
  measuredAt: string;
  loadAverage: number;
  rounds: number;
  cases: GenerationCase[];
  /** k in time ≈ c·size^k over the cases that succeeded (wall and CPU time): 1 is linear. */
  wallExponent: number;
  cpuExponent: number;
  /** The same fit over the vendor documents and the synthetic copies only: one mix of documents, more of it. */
  sameMixWallExponent: number;
}

/** Each case generated `rounds` times, each time in a fresh process, the case order alternating. */
export async function runGenerationScaling({ rounds = 3 } = {}): Promise<GenerationResults> {
  const started = measuredNow();
  const github = githubDocument(join(tmpDir, "generate-github"));
  const vendorSet = vendorDocuments(join(tmpDir, "generate-vendors"));
  const sets: (DocumentSet & { name: string })[] = [
    { name: `${vendorSet.documents} vendor documents`, ...vendorSet },
    { name: "50 synthetic documents", ...syntheticDocuments(join(tmpDir, "generate-50"), 50) },
    { name: "200 synthetic documents", ...syntheticDocuments(join(tmpDir, "generate-200"), 200) },
    { name: `GitHub REST (@octokit/openapi ${github.version})`, ...github },
  ];
  const runs = new Map<string, GenerationRun[]>();
  for (let pass = 0; pass < rounds; pass++) {
    for (const set of alternatingOrder(sets, pass)) {
      const result = await generateOnce(set.root);
      runs.set(set.name, [...(runs.get(set.name) ?? []), result]);
      console.log(
        `  generation round ${pass + 1}/${rounds} ${set.name}: ${result.ok ? `${round(result.wallMs)} ms, ${round(result.maxRssMiB)} MiB` : `failed: ${result.error}`}`,
      );
    }
  }
  const cases = sets.map(({ name, documents, totalBytes }): GenerationCase => {
    const mine = runs.get(name) ?? [];
    const good = mine.filter((r) => r.ok);
    const wallMs = round(median(good.map((r) => r.wallMs)));
    return {
      name,
      documents,
      totalBytes,
      ok: good.length === mine.length,
      ...(good.length < mine.length && { error: mine.find((r) => !r.ok)?.error }),
      wallMs,
      cpuMs: round(median(good.map((r) => r.cpuMs))),
      maxRssMiB: round(median(good.map((r) => r.maxRssMiB))),
      msPerMiB: round(wallMs / (totalBytes / 2 ** 20)),
      runs: mine,
    };
  });
  const fitted = cases.filter((c) => c.ok);
  const wallFit = (list: GenerationCase[]) =>
    round(logLogSlope(list.map((c) => ({ x: c.totalBytes, y: c.wallMs }))), 2);
  return {
    ...started,
    rounds,
    cases,
    wallExponent: wallFit(fitted),
    cpuExponent: round(logLogSlope(fitted.map((c) => ({ x: c.totalBytes, y: c.cpuMs }))), 2),
    sameMixWallExponent: wallFit(fitted.filter((c) => c !== cases[cases.length - 1])),
  };
}

/**
 * `generate-child.ts <root> [args]` in a fresh tsx process: its own report of the `generate()`
 * call, and the wall time of the whole process (start-up and loading the generator included).
 */
export async function generateOnce(
  root: string,
  args: readonly string[] = [],
): Promise<GenerationRun & { processMs: number }> {
  const started = performance.now();
  try {
    const { stdout } = await run(
      join(benchDir, "node_modules/.bin/tsx"),
      [join(import.meta.dirname, "generate-child.ts"), root, ...args],
      { env: childEnv(), timeout: TIMEOUT_MS, maxBuffer: 1 << 20 },
    );
    const result = JSON.parse(stdout.trim().split("\n").pop() as string) as GenerationRun;
    return { ...result, processMs: performance.now() - started };
  } catch (error) {
    const killed = (error as { killed?: boolean }).killed;
    return {
      ok: false,
      wallMs: Number.NaN,
      cpuMs: Number.NaN,
      maxRssMiB: Number.NaN,
      processMs: Number.NaN,
      filesWritten: 0,
      error: killed
        ? `timed out after ${TIMEOUT_MS / 1000} s`
        : (error as Error).message.slice(0, 500),
    };
  }
}
