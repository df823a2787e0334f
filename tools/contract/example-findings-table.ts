import { formatTable } from "@patchbay/common/text-table";
import type { ExampleFinding } from "@patchbay/openapi/example-findings";

/** Written beside contract-results.json by each vendor's contract suite; `pnpm test` prints them. */
export const EXAMPLE_FINDINGS_FILE = "example-findings.json";

/** One vendor's examples checked against their schemas, as `example-findings.json` records it. */
export interface ExampleFindings {
  vendor: string;
  document: string;
  /** Examples checked against a schema. */
  checked: number;
  findings: ExampleFinding[];
  /** Contract cases not run because they are built on one of these examples. */
  skippedCases: number;
  /**
   * The document's other defects the generator still types correctly (3.1 keywords in a 3.0
   * document, `nullable` without a type...), each at its file:line (pointer): validate-document.ts.
   */
  documentFindings?: string[];
  /**
   * Answers the mock built from the document (its examples, its schemas' property examples) that
   * Prism itself found at odds with the document's schema: the document's defect, so the case
   * checked the status and the typed result but not that body against the schema.
   */
  mockAnswerFindings?: string[];
}

/** `vendor | examples checked | disagree with their schema | contract cases skipped | other defects`, a total row for several. */
export function formatFindingsTable(results: ExampleFindings[]): string {
  const row = (vendor: string, list: ExampleFindings[]) => {
    const sum = (pick: (result: ExampleFindings) => number) =>
      list.reduce((total, result) => total + pick(result), 0);
    return {
      vendor,
      "examples checked": sum((result) => result.checked),
      "disagree with their schema": sum((result) => result.findings.length),
      "contract cases skipped": sum((result) => result.skippedCases),
      "other defects (typed anyway)": sum((result) => result.documentFindings?.length ?? 0),
      "mock answers off-schema": sum((result) => result.mockAnswerFindings?.length ?? 0),
    };
  };
  const rows = results.map((result) => row(result.vendor, [result]));
  return formatTable(results.length > 1 ? [...rows, row("total", results)] : rows);
}

/** One line per finding, at most `limit` per vendor, then where the rest are. */
export function findingLines(result: ExampleFindings, file: string, limit = 5): string[] {
  const lines = result.findings
    .slice(0, limit)
    .map(
      (finding) =>
        `${result.vendor}: ${finding.example} (${result.document} ${finding.at}): ${finding.problems.slice(0, 2).join("; ")}`,
    );
  if (result.findings.length > limit)
    lines.push(`${result.vendor}: … ${result.findings.length - limit} more in ${file}`);
  const defects = [...(result.documentFindings ?? []), ...(result.mockAnswerFindings ?? [])];
  lines.push(...defects.slice(0, limit).map((defect) => `${result.vendor}: ${defect}`));
  if (defects.length > limit)
    lines.push(
      `${result.vendor}: … ${defects.length - limit} more defects (typed anyway) in ${file}`,
    );
  return lines;
}
