// Each document's generation time on its own: `generate({ root, vendors: [vendor], check: true })`
// (what `pnpm generate --check <vendor>` runs, and CI's `pnpm generate`) in a fresh process, over a
// root holding only that document, its sidecar and overlay; then once more in this repository for
// the smallest document, where the command also models every other document (connect's registry).
import { join } from "node:path";
import { type DocumentStat, documentStats } from "./document-stats.ts";
import type { GenerationRun } from "./generate-child.ts";
import { generateOnce } from "./generation-scaling.ts";
import { repositoryRoot, tmpDir } from "./locations.ts";
import { type Measured, measuredNow } from "./measured.ts";
import { alternatingOrder, median, round } from "./stats.ts";
import { SMALL_DOCUMENT_VENDOR } from "./subjects.ts";
import { oneVendorDocument } from "./synthetic-documents.ts";

export type TimedGenerationRun = GenerationRun & { processMs: number };

/** The medians of a set of runs, and whether every run succeeded. */
export interface GenerationMedians {
  ok: boolean;
  error?: string;
  /** The `generate()` call itself. */
  wallMs: number;
  cpuMs: number;
  /** The whole process: node and tsx start-up, loading the generator, the call. */
  processMs: number;
  maxRssMiB: number;
  runs: TimedGenerationRun[];
}

export interface DocumentGeneration extends DocumentStat, GenerationMedians {}

export interface DocumentGenerationResults extends Measured {
  rounds: number;
  how: string;
  /** In specs/ order. */
  documents: DocumentGeneration[];
  /** `pnpm generate --check <smallest document>` in this repository: every other document is modelled too. */
  inRepository?: GenerationMedians & { vendor: string };
}

export function mediansOf(runs: readonly TimedGenerationRun[]): GenerationMedians {
  const good = runs.filter((r) => r.ok);
  const pick = (of: (r: TimedGenerationRun) => number, decimals = 0) =>
    round(median(good.map(of)), decimals);
  return {
    ok: good.length === runs.length && runs.length > 0,
    ...(good.length < runs.length && { error: runs.find((r) => !r.ok)?.error }),
    wallMs: pick((r) => r.wallMs),
    cpuMs: pick((r) => r.cpuMs),
    processMs: pick((r) => r.processMs),
    maxRssMiB: pick((r) => r.maxRssMiB),
    runs: [...runs],
  };
}

export async function runDocumentGeneration({
  rounds = 3,
} = {}): Promise<DocumentGenerationResults> {
  const started = measuredNow();
  const stats = await documentStats();
  const roots = new Map(
    stats.map((stat) => [
      stat.vendor,
      oneVendorDocument(join(tmpDir, "generate-one", stat.vendor), stat.vendor).root,
    ]),
  );
  const runs = new Map<string, TimedGenerationRun[]>();
  const inRepository: TimedGenerationRun[] = [];
  for (let pass = 0; pass < rounds; pass++) {
    for (const stat of alternatingOrder(stats, pass)) {
      const result = await generateOnce(roots.get(stat.vendor) as string, ["--check", stat.vendor]);
      runs.set(stat.vendor, [...(runs.get(stat.vendor) ?? []), result]);
      console.log(
        `  generate round ${pass + 1}/${rounds} ${stat.file} (${stat.operations} operations): ${result.ok ? `${round(result.wallMs)} ms, process ${round(result.processMs)} ms` : `failed: ${result.error}`}`,
      );
    }
    const result = await generateOnce(repositoryRoot, ["--check", SMALL_DOCUMENT_VENDOR]);
    inRepository.push(result);
    console.log(
      `  generate round ${pass + 1}/${rounds} --check ${SMALL_DOCUMENT_VENDOR} in the repository: ${result.ok ? `${round(result.wallMs)} ms` : `failed: ${result.error}`}`,
    );
  }
  return {
    ...started,
    rounds,
    how: "generate({ root, vendors: [vendor], check: true }) in a fresh tsx process, the root holding only that document, its sidecar and overlay",
    documents: stats.map((stat) => ({ ...stat, ...mediansOf(runs.get(stat.vendor) ?? []) })),
    inRepository: { vendor: SMALL_DOCUMENT_VENDOR, ...mediansOf(inRepository) },
  };
}
