// The packages as a user gets them: every public package packed by the release's own pack step,
// installed with plain npm into a project outside the workspace, with the matrix's program.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cleanEnvironment, mustRun } from "@patchbay/common/run";
import { workLimitMs } from "@patchbay/common/work-limit";
import { installedFrom } from "@patchbay/release/consumer";
import { renderConsumerPackageJson } from "@patchbay/release/consumer-project";
import { type PackedPackage, packPackage, publicPackageDirs } from "@patchbay/release/pack-release";

const programDir = join(import.meta.dirname, "..", "program");

export interface ConsumerProject {
  dir: string;
  packages: PackedPackage[];
  /** Where the tarballs came from, e.g. `7 @patchbay/* packages from file: tarballs, one copy each`. */
  installed: string;
  seconds: { pack: number; install: number };
}

/** Packs the workspace's built public packages and installs them in a fresh temporary project. */
export async function installConsumerProject(root: string): Promise<ConsumerProject> {
  const dir = mkdtempSync(join(tmpdir(), "patchbay-runtime-matrix-"));
  try {
    return await packAndInstall(root, dir);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

async function packAndInstall(root: string, dir: string): Promise<ConsumerProject> {
  const tarballs = join(dir, "tarballs");
  mkdirSync(tarballs);
  let started = performance.now();
  const packages = await Promise.all(
    publicPackageDirs(root).map((packageDir) => packPackage(packageDir, tarballs)),
  );
  const pack = (performance.now() - started) / 1000;
  writeFileSync(join(dir, "package.json"), renderConsumerPackageJson(packages, {}));
  started = performance.now();
  await mustRun(
    "npm",
    ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"],
    { cwd: dir, env: cleanEnvironment(), killAfterMs: workLimitMs({ install: 1 }) },
  );
  const install = (performance.now() - started) / 1000;
  for (const file of readdirSync(programDir).filter((name) => name.endsWith(".mjs")))
    copyFileSync(join(programDir, file), join(dir, file));
  return {
    dir,
    packages,
    installed: installedFrom(dir, packages),
    seconds: { pack, install },
  };
}
