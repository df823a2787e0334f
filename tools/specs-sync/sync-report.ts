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

/** Which vendors the chain runs for, and why: one line each. */
export function formatRegenerated(regenerated: SyncResult["regenerated"]): string {
  return regenerated.map(({ vendor, why }) => `Regenerating ${vendor}: ${why}.`).join("\n");
}

/** Markdown for a pull request body or a GitHub job summary. */
export function renderSyncMarkdown(result: SyncResult): string {
  const title = result.regenerated.length
    ? `Vendor documents updated: ${result.regenerated.map((entry) => entry.vendor).join(", ")}`
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
    ...(result.regenerated.length ? [formatRegenerated(result.regenerated), ""] : []),
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
