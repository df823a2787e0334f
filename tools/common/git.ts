import { execFileSync } from "node:child_process";

/** Runs git in `cwd` and returns its trimmed stdout; throws with git's own message on failure. */
export function git(cwd: string, args: readonly string[]): string {
  try {
    return execFileSync("git", args, {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 64 * 1024 * 1024,
    }).trim();
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? "").trim();
    throw new Error(`git ${args.join(" ")} failed${stderr ? `: ${stderr}` : ""}`);
  }
}

function gitOrUndefined(cwd: string, args: readonly string[]): string | undefined {
  try {
    const output = git(cwd, args);
    return output === "" ? undefined : output;
  } catch {
    return undefined;
  }
}

export function repositoryRoot(cwd: string): string {
  return git(cwd, ["rev-parse", "--show-toplevel"]);
}

/** The commit a ref names, or undefined when it names none. */
export function commitOf(cwd: string, ref: string): string | undefined {
  return gitOrUndefined(cwd, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
}

export interface BaseRef {
  ref: string;
  /** Why this base: shown to the user. */
  reason: string;
}

/**
 * Where a vendor's spec is diffed from when no --base is given: its package's last release tag
 * (`@patchbay/<vendor>@<version>`, as `changeset publish` tags), else the newest release tag of any
 * package (a vendor added since then has no document there: a new package), else origin/main,
 * else HEAD~1. Without `vendor`, the same chain without the first step. Undefined in a repository
 * with one commit or none.
 */
export function defaultBase(cwd: string, vendor?: string): BaseRef | undefined {
  const newestTag = (pattern: string, sort: string) =>
    gitOrUndefined(cwd, ["tag", "--list", pattern, `--sort=${sort}`])?.split("\n")[0];
  const vendorTag =
    vendor === undefined ? undefined : newestTag(`@patchbay/${vendor}@*`, "-v:refname");
  if (vendorTag) return { ref: vendorTag, reason: "the package's last release" };
  const anyTag = newestTag("@patchbay/*@*", "-creatordate");
  if (anyTag) return { ref: anyTag, reason: "the last release tag" };
  if (commitOf(cwd, "origin/main")) return { ref: "origin/main", reason: "no release tag yet" };
  if (commitOf(cwd, "HEAD~1")) return { ref: "HEAD~1", reason: "no release tag, no origin/main" };
  return undefined;
}

/** The blob id of `file` (repository-relative) at `ref`, or undefined when it is not there. */
export function blobAt(cwd: string, ref: string, file: string): string | undefined {
  return gitOrUndefined(cwd, ["rev-parse", "--verify", "--quiet", `${ref}:${file}`]);
}

/** The blob id git would give the working-tree file (nothing is written to the object store). */
export function workingTreeBlob(cwd: string, file: string): string {
  return git(cwd, ["hash-object", "--", file]);
}

export function readBlob(cwd: string, blob: string): Buffer {
  return execFileSync("git", ["cat-file", "blob", blob], { cwd, maxBuffer: 64 * 1024 * 1024 });
}

/** File names (not paths) directly inside `directory` at `ref`. */
export function filesAt(cwd: string, ref: string, directory: string): string[] {
  const listing = gitOrUndefined(cwd, ["ls-tree", "--name-only", `${ref}:${directory}`]);
  return listing ? listing.split("\n") : [];
}
