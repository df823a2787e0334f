// Versions, builds and packs a copy of the repository the way a release would, stopping short
// of `changeset publish`: what npm would receive, as tarballs.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import {
  cleanEnvironment,
  mustRun,
  type ProcessResult,
  type RunOptions,
  run as runProcess,
} from "@patchbay/common/run";
import { workLimitMs } from "@patchbay/common/work-limit";

export interface PackedPackage {
  name: string;
  version: string;
  /** Absolute path of the tarball. */
  tarball: string;
  bytes: number;
}

export interface PackReleaseOptions {
  /** The repository copy (see copy-repository.ts); it is changed in place. */
  dir: string;
  /** Where the tarballs go. */
  outDir: string;
  /** turbo's local cache: the checkout's own, so a package it has built is not built again. */
  turboCacheDir?: string;
  echo?: boolean;
  /** Called as each step starts, for progress output. */
  onStep?: (step: string) => void;
}

export interface PackReleaseResult {
  packages: PackedPackage[];
  /** What `changeset version` said, trimmed. */
  versioning: string;
  /** turbo's summary of the build, e.g. `9 cached, 9 total`. */
  buildCache: string;
  seconds: Record<"install" | "version" | "build" | "pack", number>;
}

export async function packRelease(options: PackReleaseOptions): Promise<PackReleaseResult> {
  const { dir } = options;
  const run: RunOptions & { cwd: string } = {
    cwd: dir,
    env: cleanEnvironment(),
    echo: options.echo,
  };
  const step = (name: string) => options.onStep?.(name);

  step("pnpm install --frozen-lockfile --offline");
  // The store filled by the checkout's own install has every package; fall back to the
  // registry only if it does not (a store pruned since).
  const installRun = { ...run, killAfterMs: workLimitMs({ install: 1 }) };
  let install: ProcessResult = await runProcess(
    "pnpm",
    ["install", "--frozen-lockfile", "--offline"],
    installRun,
  );
  if (install.code !== 0) {
    step("pnpm install --frozen-lockfile --prefer-offline (the store lacked a package)");
    install = await mustRun(
      "pnpm",
      ["install", "--frozen-lockfile", "--prefer-offline"],
      installRun,
    );
  }

  step('pnpm turbo run build --filter "./packages/*"');
  const build = await mustRun(
    "pnpm",
    [
      "turbo",
      "run",
      "build",
      "--filter",
      "./packages/*",
      "--output-logs=errors-only",
      ...(options.turboCacheDir ? ["--cache-dir", options.turboCacheDir] : []),
    ],
    // generation, then each package
    { ...run, killAfterMs: workLimitMs({ generate: 1, build: publicPackageDirs(dir).length }) },
  );

  // Versioned after the build: `changeset version` rewrites only each package.json's version and
  // CHANGELOG.md, which no build output reads, so the tarballs are the same; built first, every
  // package the checkout has already built (its turbo cache) is a cache hit, not a second build.
  step("pnpm changeset version");
  const version = await mustRun("pnpm", ["changeset", "version"], {
    ...run,
    killAfterMs: workLimitMs({ process: 1 }),
  });

  step("pnpm pack (every public package)");
  mkdirSync(options.outDir, { recursive: true });
  const started = performance.now();
  const packages: PackedPackage[] = [];
  for (const packageDir of publicPackageDirs(dir)) {
    packages.push(await packPackage(packageDir, options.outDir));
  }
  return {
    packages,
    versioning: version.output.trim(),
    buildCache: /Cached:\s+(.*)/.exec(build.output)?.[1]?.trim() ?? "?",
    seconds: {
      install: install.elapsedMs / 1000,
      version: version.elapsedMs / 1000,
      build: build.elapsedMs / 1000,
      pack: (performance.now() - started) / 1000,
    },
  };
}

/** `pnpm pack` of one built package into `outDir`: the tarball npm would receive. */
export async function packPackage(packageDir: string, outDir: string): Promise<PackedPackage> {
  const packed = await mustRun("pnpm", ["pack", "--pack-destination", outDir, "--json"], {
    cwd: packageDir,
    env: cleanEnvironment(),
    killAfterMs: workLimitMs({ pack: 1 }),
  });
  const report = JSON.parse(packed.output.slice(packed.output.indexOf("{"))) as {
    name: string;
    version: string;
    filename: string;
  };
  return {
    name: report.name,
    version: report.version,
    tarball: report.filename,
    bytes: statSync(report.filename).size,
  };
}

/** `packages/*` that npm would publish: those not marked private, in name order. */
export function publicPackageDirs(root: string): string[] {
  const packagesDir = join(root, "packages");
  return readdirSync(packagesDir)
    .map((name) => join(packagesDir, name))
    .filter((dir) => existsSync(join(dir, "package.json")))
    .filter((dir) => JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).private !== true)
    .sort();
}

export const tarballName = (tarball: string) => basename(tarball);
