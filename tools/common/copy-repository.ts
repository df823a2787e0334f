// The release dry run works on a copy, so versioning, building and packing never touch the
// checkout someone is working in.
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { git } from "./git.ts";

export type CopySource =
  /** HEAD as committed, plus the pending changesets of the working tree (committed or not). */
  | "head"
  /** The working tree as it is: tracked and untracked files that git does not ignore. */
  | "working-tree";

export interface RepositoryCopy {
  dir: string;
  /** What was copied, for the report: `HEAD 1a2b3c4 + 2 pending changesets`. */
  description: string;
}

export function copyRepository(root: string, target: string, source: CopySource): RepositoryCopy {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(dirname(target), { recursive: true });
  if (source === "working-tree") {
    const files = git(root, ["ls-files", "-z", "--cached", "--others", "--exclude-standard"])
      .split("\0")
      .filter((file) => file !== "" && existsSync(join(root, file)));
    for (const file of files) {
      mkdirSync(dirname(join(target, file)), { recursive: true });
      copyFileSync(join(root, file), join(target, file));
    }
    // The same files in a git index as in the checkout's: turbo hashes a repository's files from
    // git, and hashes a folder without one otherwise, so only with it does the copy's build find
    // what the checkout has built in turbo's cache.
    git(target, ["init", "--quiet"]);
    git(target, ["add", "--all"]);
    return { dir: target, description: `working tree of ${root} (${files.length} files)` };
  }
  const commit = git(root, ["rev-parse", "HEAD"]);
  git(root, ["clone", "--quiet", "--shared", "--no-checkout", root, target]);
  git(target, ["checkout", "--quiet", "--detach", commit]);
  const pending = pendingChangesets(root);
  mkdirSync(join(target, ".changeset"), { recursive: true });
  for (const file of pending) copyFileSync(join(root, file), join(target, file));
  return {
    dir: target,
    description: `HEAD ${commit.slice(0, 7)} + ${pending.length} pending changeset${pending.length === 1 ? "" : "s"} of the working tree`,
  };
}

/** `.changeset/*.md` other than the README: what `changeset version` will consume. */
export function pendingChangesets(root: string): string[] {
  const directory = join(root, ".changeset");
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((name) => name.endsWith(".md") && name.toLowerCase() !== "readme.md")
    .sort()
    .map((name) => `.changeset/${name}`);
}
