import { classifyDocumentChange, serverChanges } from "./classify-document-change.ts";
import { classifyPathChange } from "./classify-path-change.ts";
import { propertyKey } from "./classify-schema-change.ts";
import { type Diff, diffDocuments } from "./diff-documents.ts";
import { type Classification, highestLevel, LEVEL_RANK, type SpecChange } from "./spec-change.ts";

export type { Classification, SpecChange } from "./spec-change.ts";

/**
 * Classifies the change between two parsed OpenAPI 3.0/3.1 documents, from the point of view of a
 * TypeScript user of the generated client: breaking (their code may stop compiling or working),
 * additive (new things), docs-only (comments and README), or none.
 */
export function classify(before: unknown, after: unknown): Classification {
  const { diffs, merged } = diffDocuments(before, after);
  // Under a renamed path, diffs use the old key; the merged document has the new one.
  const renamedPaths = new Map(
    diffs
      .filter(
        (diff) => diff.action === "rename" && diff.path.length === 1 && diff.path[0] === "paths",
      )
      .map((diff) => [String(diff.before), String(diff.after)]),
  );
  const lookup = (path: readonly (string | number)[]) => {
    const renamed = path[0] === "paths" ? renamedPaths.get(String(path[1])) : undefined;
    return valueAt(merged, renamed === undefined ? path : ["paths", renamed, ...path.slice(2)]);
  };
  const addedOrRemovedProperties = propertiesAddedOrRemoved(diffs);
  const referenced = (section: string, name: string) => {
    const ref = JSON.stringify(`#/components/${section}/${name}`);
    return JSON.stringify(before).includes(ref) || JSON.stringify(after).includes(ref);
  };

  const changes: SpecChange[] = [];
  for (const diff of diffs) {
    const change =
      diff.path[0] === "paths"
        ? classifyPathChange(diff, { lookup, addedOrRemovedProperties })
        : classifyDocumentChange(diff, referenced);
    if (change) changes.push(change);
  }
  changes.push(...serverChanges(before, after));
  const unique = dedupe(changes);
  unique.sort(
    (a, b) =>
      LEVEL_RANK[b.level] - LEVEL_RANK[a.level] ||
      (a.operation ?? "").localeCompare(b.operation ?? ""),
  );
  return { level: highestLevel(unique), changes: unique };
}

export interface TypeCheckResult {
  ok: boolean;
  diagnostics: string[];
}

/**
 * The type-level check (issue 6, item 3): compiles the previous release's usage code against the
 * newly generated client. Injected, so classification stays pure and the check can be added later.
 */
export type TypeCheck = (vendor: string) => TypeCheckResult | Promise<TypeCheckResult>;

/** A failed type check makes the change breaking, whatever the spec diff said. */
export function escalateWithTypeCheck(
  classification: Classification,
  result: TypeCheckResult,
): Classification {
  if (result.ok) return classification;
  const diagnostics =
    result.diagnostics.length > 0 ? result.diagnostics : ["(no diagnostics given)"];
  const change: SpecChange = {
    level: "breaking",
    kind: "type-check-failed",
    operation: null,
    pointer: "",
    message: `the previous release's usage code no longer type-checks: ${diagnostics.slice(0, 5).join("; ")}${diagnostics.length > 5 ? `; and ${diagnostics.length - 5} more` : ""}`,
  };
  return { level: "breaking", changes: [change, ...classification.changes] };
}

function propertiesAddedOrRemoved(diffs: readonly Diff[]): Set<string> {
  const keys = new Set<string>();
  for (const diff of diffs) {
    const path = diff.path;
    if ((diff.action === "add" || diff.action === "remove") && path.at(-2) === "properties") {
      keys.add(propertyKey(path.slice(0, -2), path.at(-1)));
    }
  }
  return keys;
}

function dedupe(changes: SpecChange[]): SpecChange[] {
  const seen = new Set<string>();
  return changes.filter((change) => {
    const key = `${change.level}\u0000${change.operation}\u0000${change.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}
