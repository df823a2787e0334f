import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type BaseRef, filesAt } from "@patchbay/common/git";
import type { ReleaseType } from "./bump.ts";
import type { Classification, SpecChange } from "./spec-change.ts";

export const CHANGESET_DIR = ".changeset";

/** Lines listed per level before "and N more"; a changelog is read by people. */
const MAX_LINES_PER_LEVEL = 40;

const HEADINGS: Record<SpecChange["level"], string> = {
  breaking: "Breaking",
  additive: "Added",
  "docs-only": "Documentation",
};

export function packageNameOf(vendor: string): string {
  return `@patchbay/${vendor}`;
}

/**
 * `spec-<vendor>-<hash>.md`, the hash over (vendor, base blob, new blob): the same spec change
 * always gets the same name, so a second run finds the file and writes nothing.
 */
export function changesetFileName(vendor: string, baseBlob: string, headBlob: string): string {
  const hash = createHash("sha1").update(`${vendor}\0${baseBlob}\0${headBlob}`).digest("hex");
  return `spec-${vendor}-${hash.slice(0, 7)}.md`;
}

/** Matches every file changesetFileName can give for `vendor` (and no other vendor's). */
export function isSpecChangesetOf(vendor: string, fileName: string): boolean {
  return (
    fileName.startsWith(`spec-${vendor}-`) &&
    /^[0-9a-f]{7}\.md$/.test(fileName.slice(`spec-${vendor}-`.length))
  );
}

export interface ChangesetInput {
  vendor: string;
  specFile: string;
  releaseType: ReleaseType;
  classification: Classification;
}

/** The changeset for a classified spec change: frontmatter, one summary line, then the changes. */
export function renderChangeset({
  vendor,
  specFile,
  releaseType,
  classification,
}: ChangesetInput): string {
  const counts = (["breaking", "additive", "docs-only"] as const)
    .map(
      (level) =>
        [level, classification.changes.filter((change) => change.level === level).length] as const,
    )
    .filter(([, count]) => count > 0)
    .map(([level, count]) => `${count} ${level}`);
  const summary = `Regenerated from \`${specFile}\`: ${counts.join(", ")} change${classification.changes.length === 1 ? "" : "s"}.`;
  const sections: string[] = [];
  for (const level of ["breaking", "additive", "docs-only"] as const) {
    const changes = classification.changes.filter((change) => change.level === level);
    if (changes.length === 0) continue;
    const lines = changes.slice(0, MAX_LINES_PER_LEVEL).map(renderChangeLine);
    if (changes.length > MAX_LINES_PER_LEVEL)
      lines.push(`- and ${changes.length - MAX_LINES_PER_LEVEL} more`);
    sections.push(`${HEADINGS[level]}:\n\n${lines.join("\n")}`);
  }
  return `${frontmatter(vendor, releaseType)}\n${summary}\n\n${sections.join("\n\n")}\n`;
}

/** For a package whose version is still 0.0.0: its first release. */
export function renderFirstReleaseChangeset(
  vendor: string,
  specFile: string,
  operations: number,
): string {
  return `${frontmatter(vendor, "minor")}\nFirst release: a typed client generated from \`${specFile}\` (${operations} operation${operations === 1 ? "" : "s"}).\n`;
}

function frontmatter(vendor: string, releaseType: ReleaseType): string {
  return `---\n"${packageNameOf(vendor)}": ${releaseType}\n---\n`;
}

function renderChangeLine(change: SpecChange): string {
  return change.operation ? `- \`${change.operation}\`: ${change.message}` : `- ${change.message}`;
}

/**
 * This vendor's spec changesets that a new one replaces: those not yet in the base's tree were
 * written for changes since the base, which the new diff (from the same base) covers whole.
 */
export function staleChangesets(
  root: string,
  vendor: string,
  base: BaseRef | undefined,
  keep?: string,
): string[] {
  const directory = join(root, CHANGESET_DIR);
  if (!existsSync(directory)) return [];
  const atBase = new Set(base ? filesAt(root, base.ref, CHANGESET_DIR) : []);
  return readdirSync(directory)
    .filter((name) => isSpecChangesetOf(vendor, name) && name !== keep && !atBase.has(name))
    .map((name) => `${CHANGESET_DIR}/${name}`);
}

/** Removes `files` (repository-relative) unless `dryRun`; returns them either way. */
export function removeChangesets(root: string, files: string[], dryRun?: boolean): string[] {
  if (!dryRun) for (const file of files) rmSync(join(root, file));
  return files;
}

export function writeChangeset(root: string, file: string, text: string): void {
  mkdirSync(join(root, CHANGESET_DIR), { recursive: true });
  writeFileSync(join(root, file), text, { flag: "wx" });
}
