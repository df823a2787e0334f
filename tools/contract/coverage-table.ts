import { formatTable } from "@patchbay/common/text-table";

/** Written beside test-results.json by each vendor's contract suite; `pnpm test` sums them. */
export const CONTRACT_RESULTS_FILE = "contract-results.json";

/** One vendor's contract run, as `contract-results.json` records it. */
export interface ContractResults {
  vendor: string;
  package: string;
  document: string;
  operations: number;
  /** Cases derived from the document. */
  cases: number;
  /**
   * Of those, the cases whose request sends a value synthesized from a schema (the document gives
   * no example for it); the others send the document's examples alone.
   */
  synthesized?: number;
  run: number;
  passed: number;
  /** Cases not run: built on an example the document's own schema refuses (example-findings.json). */
  skipped: number;
  /**
   * Cases not run because the mock cannot judge them: form bodies Prism 5.12 misreads (an array
   * of objects in bracket notation, a GET's fields in the query...), each named in the run.
   */
  limited?: number;
  /** Those cases, each with its operation and the limit: `till: POST /v1/x: valid request … — not run: …`. */
  limitedCases?: string[];
  /** Operations no valid request could be built for, and why. */
  uncovered: string[];
  /** Operations not tested for a limit of the suite or the mock, and why (not a failure). */
  skippedOperations?: string[];
  /** Mock start-up included. */
  durationMs: number;
}

/** `vendor | operations | cases run | from examples | synthesized | passed | skipped | uncovered`, a row per vendor, a total row for several. */
export function formatCoverageTable(results: ContractResults[]): string {
  const row = (vendor: string, list: ContractResults[]) => {
    const sum = (pick: (result: ContractResults) => number) =>
      list.reduce((total, result) => total + pick(result), 0);
    return {
      vendor,
      operations: sum((result) => result.operations),
      "cases run": `${sum((result) => result.run)}/${sum((result) => result.cases)}`,
      "from examples": sum((result) => result.cases - (result.synthesized ?? 0)),
      synthesized: sum((result) => result.synthesized ?? 0),
      passed: sum((result) => result.passed),
      skipped: sum((result) => (result.skipped ?? 0) + (result.limited ?? 0)),
      uncovered: sum((result) => result.uncovered.length),
    };
  };
  const rows = results.map((result) => row(result.vendor, [result]));
  return formatTable(results.length > 1 ? [...rows, row("total", results)] : rows);
}

/** Whether a vendor's run covered every operation and ran and passed every case it did not skip. */
export const isComplete = (result: ContractResults): boolean =>
  result.uncovered.length === 0 &&
  result.run + (result.skipped ?? 0) + (result.limited ?? 0) === result.cases &&
  result.passed === result.run;
