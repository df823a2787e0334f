import { formatPullReport } from "@patchbay/specs-pull/pull-report";
import type { SyncResult } from "./run-sync.ts";
import { describeStep } from "./sync-steps.ts";

const MARK = { passed: "passed", failed: "FAILED", skipped: "skipped" } as const;

/** Plain lines for the terminal after the chain: one per step. */
export function formatStepLines(result: SyncResult): string {
  if (result.steps.length === 0) return "No vendor document changed; nothing to regenerate.";
  return result.steps
    .map(({ step, status, exitCode }) => {
      const code = status === "failed" ? ` (exit ${exitCode ?? "signal"})` : "";
      return `${MARK[status]}  ${step.name}: ${describeStep(step)}${code}`;
    })
    .join("\n");
}

/** Markdown for a pull request body or a GitHub job summary. */
export function renderSyncMarkdown(result: SyncResult): string {
  const updated = result.outcomes.filter((outcome) => outcome.result === "updated");
  const title = updated.length
    ? `Vendor documents updated: ${updated.map((outcome) => outcome.vendor).join(", ")}`
    : "No vendor document changed";
  return [
    `## ${title}`,
    "",
    "`pnpm specs:pull`:",
    "",
    "```",
    formatPullReport(result.outcomes),
    "```",
    "",
    "Then:",
    "",
    "```",
    formatStepLines(result),
    "```",
    "",
    "The changeset in `.changeset/` carries the bump `pnpm spec:changes` classified; review the",
    "document diff under `specs/` and the regenerated packages before merging.",
    "",
  ].join("\n");
}
