import { formatTable } from "@patchbay/common/text-table";
import type { Classification } from "@patchbay/spec-changes/classify";
import type { PullOutcome } from "./pull-specs.ts";

/** One line per vendor: what happened and, for an update, how it classifies. */
export function describeOutcome(outcome: PullOutcome): string {
  switch (outcome.result) {
    case "no-source":
      return "no source: document written from docs pages";
    case "unchanged":
      return outcome.why === "not-modified" ? "unchanged (304)" : "unchanged (same bytes)";
    case "updated":
      if (outcome.classifyError) return `updated (not classified: ${outcome.classifyError})`;
      return outcome.classification
        ? `updated (${describeClassification(outcome.classification)})`
        : "updated (new document)";
    case "refused":
      return `refused: ${outcome.reason}`;
  }
}

export function describeClassification(classification: Classification): string {
  if (classification.level === "none") return "none: nothing an API user can see";
  const counts = (["breaking", "additive", "docs-only"] as const)
    .map(
      (level) => [level, classification.changes.filter((c) => c.level === level).length] as const,
    )
    .filter(([, count]) => count > 0)
    .map(([level, count]) => `${count} ${level}`);
  return `${classification.level}: ${counts.join(", ")}`;
}

export function formatPullReport(outcomes: readonly PullOutcome[]): string {
  const table = formatTable(
    outcomes.map((outcome) => ({
      vendor: outcome.vendor,
      source: outcome.source ?? "-",
      result: describeOutcome(outcome),
    })),
  );
  return `${table}\n${summaryLine(outcomes)}`;
}

export function summaryLine(outcomes: readonly PullOutcome[]): string {
  const count = (result: PullOutcome["result"]) =>
    outcomes.filter((outcome) => outcome.result === result).length;
  const refused = count("refused");
  const tail = refused > 0 ? "; refused vendors changed nothing" : "";
  return `${count("updated")} updated, ${count("unchanged")} unchanged, ${refused} refused, ${count("no-source")} without a source${tail}.`;
}
