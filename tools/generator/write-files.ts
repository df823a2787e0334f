import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** Paths (relative to root) whose content on disk differs from `files`. */
export function differingFiles(root: string, files: Map<string, string>): string[] {
  return [...files]
    .filter(([path, content]) => {
      const absolute = join(root, path);
      return !existsSync(absolute) || readFileSync(absolute, "utf8") !== content;
    })
    .map(([path]) => path);
}

/**
 * Writes the differing files: every file is staged beside its target first, and only when all are
 * staged are they renamed into place, so a failure while writing leaves the packages as they were.
 */
export function writeFiles(root: string, files: Map<string, string>): string[] {
  const changed = differingFiles(root, files);
  const staged: { temporary: string; target: string }[] = [];
  try {
    for (const path of changed) {
      const target = join(root, path);
      mkdirSync(dirname(target), { recursive: true });
      const temporary = `${target}.${process.pid}.tmp`;
      writeFileSync(temporary, files.get(path) as string);
      staged.push({ temporary, target });
    }
  } catch (error) {
    for (const { temporary } of staged) rmSync(temporary, { force: true });
    throw error;
  }
  for (const { temporary, target } of staged) renameSync(temporary, target);
  return changed;
}
