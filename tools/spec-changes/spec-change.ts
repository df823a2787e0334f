/** How a change affects users of the generated client. */
export type ChangeLevel = "breaking" | "additive" | "docs-only";
/** A document's level: its highest change's, or `none` when nothing an API user can see changed. */
export type ClassificationLevel = ChangeLevel | "none";

export interface SpecChange {
  level: ChangeLevel;
  /** What decided the level: `api-smart-diff:<its verdict>` or the name of patchbay's override. */
  kind: string;
  /** `GET /connections/{id}`, a bare path for path-level changes, or null for document-level ones. */
  operation: string | null;
  /** JSON pointer of the change in the dereferenced document. */
  pointer: string;
  /** One line for a person: what changed, where, and (for an override) why it has this level. */
  message: string;
}

export interface Classification {
  level: ClassificationLevel;
  changes: SpecChange[];
}

export const LEVEL_RANK: Record<ClassificationLevel, number> = {
  breaking: 3,
  additive: 2,
  "docs-only": 1,
  none: 0,
};

export function highestLevel(changes: readonly { level: ChangeLevel }[]): ClassificationLevel {
  let level: ClassificationLevel = "none";
  for (const change of changes)
    if (LEVEL_RANK[change.level] > LEVEL_RANK[level]) level = change.level;
  return level;
}

export function pointerOf(path: readonly (string | number)[]): string {
  return path
    .map((token) => `/${String(token).replaceAll("~", "~0").replaceAll("/", "~1")}`)
    .join("");
}

/** Short, single-line rendering of a value for a message. */
export function show(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  const line = (text ?? String(value)).replace(/\s+/g, " ");
  return `\`${line.length > 80 ? `${line.slice(0, 77)}...` : line}\``;
}
