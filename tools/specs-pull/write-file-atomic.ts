import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * Writes beside the target, then renames over it: a reader sees the old file or the new one, never
 * half of one. The temporary name ends in `.tmp`, so nothing that lists specs/ documents sees it.
 */
export function writeFileAtomic(path: string, contents: string | Buffer) {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, contents);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
