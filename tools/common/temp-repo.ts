// Temporary copies of the repository for generator tests. They live under tools/.tmp/ (ignored
// by git) so that code generated into them resolves @patchbay/* and openapi-fetch through the
// workspace's node_modules, and they are removed by the test that made them.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from "node:fs";
import { join, relative } from "node:path";
import { type ProcessResult, run } from "./run.ts";

export const repoRoot = join(import.meta.dirname, "..", "..");
export const toolsDir = join(repoRoot, "tools");
export const tmpBase = join(toolsDir, ".tmp");
/** The machinery tests' vendors: a frozen copy of five documents and sidecars (fixtures/README.md). */
export const fixtureSpecsDir = join(toolsDir, "test-support", "fixtures", "specs");
const bin = (name: string) => join(repoRoot, "node_modules", ".bin", name);

/** A fresh, empty directory under tools/.tmp/. */
export function makeTempDir(prefix: string): string {
  mkdirSync(tmpBase, { recursive: true });
  return mkdtempSync(join(tmpBase, `${prefix}-`));
}

/**
 * A temporary repository root holding a copy of the fixture `specs/` (documents and sidecars) and
 * of `tsconfig.base.json` (generated packages extend it), but no `packages/` yet.
 */
export function makeTempRepo(prefix: string): string {
  const root = makeTempDir(prefix);
  cpSync(fixtureSpecsDir, join(root, "specs"), { recursive: true });
  cpSync(join(repoRoot, "tsconfig.base.json"), join(root, "tsconfig.base.json"));
  return root;
}

export function removeTempDir(dir: string | undefined) {
  if (dir?.startsWith(tmpBase)) rmSync(dir, { recursive: true, force: true });
}

/** The fixture vendor documents (not the sidecars), e.g. `datagrid.yaml`. */
export function fixtureDocuments(): string[] {
  return readdirSync(fixtureSpecsDir)
    .filter((file) => /\.(ya?ml|json)$/.test(file) && !file.includes(".patchbay."))
    .sort();
}

/** Every file under `dir` (relative, `/`-separated) with its bytes; empty when `dir` is missing. */
export function readTree(dir: string): Map<string, Buffer> {
  const tree = new Map<string, Buffer>();
  if (!existsSync(dir)) return tree;
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else tree.set(relative(dir, path).split("\\").join("/"), readFileSync(path));
    }
  };
  walk(dir);
  return tree;
}

/** Paths that are added, removed or changed between two trees, sorted. */
export function treeDifferences(before: Map<string, Buffer>, after: Map<string, Buffer>): string[] {
  const paths = new Set([...before.keys(), ...after.keys()]);
  return [...paths]
    .filter((path) => {
      const old = before.get(path);
      const current = after.get(path);
      return old === undefined || current === undefined || !old.equals(current);
    })
    .sort();
}

export type { ProcessResult } from "./run.ts";

/** `pnpm generate` as CI runs it: `tsx tools/generator/cli.ts --root <root> ...args`. */
export function runGenerateCli(root: string, args: string[] = []): Promise<ProcessResult> {
  return run(bin("tsx"), [join(toolsDir, "generator", "cli.ts"), "--root", root, ...args], {
    cwd: repoRoot,
  });
}

/** `tsc --noEmit -p <project>`; the output lists any type error with its file and line. */
export function runTsc(project: string): Promise<ProcessResult> {
  return run(bin("tsc"), ["--noEmit", "--pretty", "false", "-p", project], { cwd: repoRoot });
}
