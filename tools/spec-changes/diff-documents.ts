import { merge } from "allof-merge";
import { apiCompare, type Diff } from "api-smart-diff";

export type { Diff };

export interface DocumentDiff {
  /** api-smart-diff's changes, located in operation context (`paths/<path>/<method>/...`) with `$ref`s resolved. */
  diffs: Diff[];
  /** Both documents merged and dereferenced; `diffs[i].path` points into it (removed items included). */
  merged: unknown;
}

/**
 * The raw, unclassified diff of two OpenAPI 3.0/3.1 documents.
 * `allOf` is merged first (allof-merge, the same author's library) so that moving fields into or
 * out of a shared `allOf` base is no change; api-smart-diff resolves the remaining `$ref`s itself.
 * Both inputs are cloned: api-smart-diff normalises the documents it is given in place.
 */
export function diffDocuments(before: unknown, after: unknown): DocumentDiff {
  const { diffs, merged } = apiCompare(mergeAllOf(before), mergeAllOf(after));
  return { diffs, merged };
}

function mergeAllOf(document: unknown): unknown {
  const copy = structuredClone(document);
  return merge(copy, { source: copy, mergeRefSibling: true });
}
