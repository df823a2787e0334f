import { merge } from "allof-merge";
import { apiCompare, type Diff } from "api-smart-diff";
import { describe, propertyKey, requiredChange } from "./describe.ts";
import { locate } from "./locate.ts";
import { serverChanges, verdictOf } from "./overrides.ts";
import {
  type Classification,
  highestLevel,
  LEVEL_RANK,
  pointerOf,
  type SpecChange,
} from "./spec-change.ts";

export type { Classification, SpecChange } from "./spec-change.ts";

type Segment = string | number;

/**
 * Classifies the change between two parsed OpenAPI 3.0/3.1 documents, from the point of view of a
 * TypeScript user of the generated client: breaking (their code may stop compiling or working),
 * additive (new things), docs-only (comments and README), or none. Each change starts from
 * api-smart-diff's verdict; overrides.ts decides where TypeScript code sees it otherwise.
 */
export function classify(before: unknown, after: unknown): Classification {
  const { diffs, merged } = diffDocuments(before, after);
  // Under a renamed path, diffs use the old key; the merged document has the new one.
  const renamed = new Map(
    diffs
      .filter((diff) => diff.action === "rename" && diff.path.length === 1)
      .map((diff) => [String(diff.before), String(diff.after)]),
  );
  const lookup = (path: readonly Segment[]) => {
    const key = path[0] === "paths" ? renamed.get(String(path[1])) : undefined;
    return valueAt(merged, key === undefined ? path : ["paths", key, ...path.slice(2)]);
  };
  const echoes = new Set(
    diffs
      .filter((diff) => diff.action !== "replace" && diff.path.at(-2) === "properties")
      .map((diff) => propertyKey(diff.path.slice(0, -2), diff.path.at(-1))),
  );
  const documents = JSON.stringify([before, after]);
  const changes: SpecChange[] = [];
  for (const diff of diffs) {
    const [root, section, name, ...inside] = diff.path;
    if (root === "servers") continue; // see serverChanges
    // Operations that use a component report its changes themselves, dereferenced.
    const ref = JSON.stringify(`#/components/${String(section)}/${String(name)}`);
    if (root === "components" && inside.length > 0 && documents.includes(ref)) continue;
    const where = locate(diff, lookup);
    const required =
      where.inSchema && where.tail[0] === "required"
        ? requiredChange(diff, where, echoes)
        : undefined;
    if (required && required.now.length + required.noLonger.length === 0) continue;
    const verdict = verdictOf(diff, where, required);
    const message = describe(diff, where, lookup, verdict.level, required);
    changes.push({
      level: verdict.level,
      kind: verdict.kind,
      operation: where.operation,
      pointer: pointerOf(diff.path),
      message: verdict.why ? `${message} (${verdict.level}: ${verdict.why})` : message,
    });
  }
  changes.push(...serverChanges(before, after));
  const seen = new Set<string>();
  const unique = changes.filter((change) => {
    const key = JSON.stringify([change.level, change.operation, change.message]);
    return !seen.has(key) && seen.add(key);
  });
  unique.sort(
    (a, b) =>
      LEVEL_RANK[b.level] - LEVEL_RANK[a.level] ||
      (a.operation ?? "").localeCompare(b.operation ?? ""),
  );
  return { level: highestLevel(unique), changes: unique };
}

/**
 * api-smart-diff's diff, in operation context (`paths/<path>/<method>/...`, `$ref`s resolved), of
 * both documents with `allOf` merged first (allof-merge, the same author's library), so that moving
 * fields into or out of a shared `allOf` base is no change. The inputs are cloned: api-smart-diff
 * normalises what it is given in place.
 */
export function diffDocuments(before: unknown, after: unknown): { diffs: Diff[]; merged: unknown } {
  const mergeAllOf = (document: unknown) => {
    const copy = structuredClone(document);
    return merge(copy, { source: copy, mergeRefSibling: true });
  };
  const { diffs, merged } = apiCompare(mergeAllOf(before), mergeAllOf(after));
  return { diffs, merged };
}

export interface TypeCheckResult {
  ok: boolean;
  diagnostics: string[];
}

/**
 * The final word (docs/releasing.md): compiles the previous release's usage code against the newly
 * generated client. Injected, so classification stays pure.
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
  const more = diagnostics.length > 5 ? `; and ${diagnostics.length - 5} more` : "";
  const change: SpecChange = {
    level: "breaking",
    kind: "type-check-failed",
    operation: null,
    pointer: "",
    message: `the previous release's usage code no longer type-checks: ${diagnostics.slice(0, 5).join("; ")}${more}`,
  };
  return { level: "breaking", changes: [change, ...classification.changes] };
}

function valueAt(root: unknown, path: readonly Segment[]): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<Segment, unknown>)[segment];
  }
  return node;
}
