// A release up to, not including, `changeset publish`, in a temporary copy: version the pending
// changesets, build, pack every public package; then the consumer test on the tarballs.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { type CopySource, copyRepository } from "@patchbay/common/copy-repository";
import { formatTable } from "@patchbay/common/text-table";
import type { WorkStep } from "@patchbay/common/work-limit";
import { type ConsumerTestResult, runConsumerTest } from "./consumer.ts";
import { type PackReleaseResult, packRelease } from "./pack-release.ts";

export interface DryRunOptions {
  root: string;
  source: CopySource;
  keep?: boolean;
  consumer?: boolean;
  verbose?: boolean;
  log?: (line: string) => void;
}

export interface DryRunResult {
  workDir: string;
  copied: string;
  pack: PackReleaseResult;
  consumer?: ConsumerTestResult;
  ok: boolean;
}

export async function releaseDryRun(options: DryRunOptions): Promise<DryRunResult> {
  const log = options.log ?? (() => {});
  const workDir = mkdtempSync(join(tmpdir(), "patchbay-release-"));
  try {
    const copy = copyRepository(options.root, join(workDir, "repo"), options.source);
    log(`copy: ${copy.description} → ${copy.dir}`);
    const pack = await packRelease({
      dir: copy.dir,
      outDir: join(workDir, "tarballs"),
      // The checkout's own turbo cache: what `pnpm build` or `pnpm test` built there is reused.
      turboCacheDir: join(options.root, ".turbo", "cache"),
      echo: options.verbose,
      onStep: (step) => log(`» ${step}`),
    });
    const consumer =
      options.consumer === false
        ? undefined
        : await runConsumerTest({
            packages: pack.packages,
            specsRoot: copy.dir,
            keep: options.keep,
            onStep: (step) => log(`» consumer: ${step}`),
          });
    return {
      workDir,
      copied: copy.description,
      pack,
      consumer,
      ok: consumer ? consumer.checks.every((check) => check.ok) : true,
    };
  } finally {
    if (!options.keep) rmSync(workDir, { recursive: true, force: true });
  }
}

/**
 * The steps a dry run with its consumer test takes, for `workLimitMs`: the copy's install and the
 * consumer's, generation and each package's build and pack, `changeset version`, the ESM and
 * CommonJS callers, two type-checks.
 */
export function releaseDryRunWork(packages: number): Partial<Record<WorkStep, number>> {
  return { install: 2, generate: 1, build: packages, pack: packages, process: 3, typeCheck: 2 };
}

export function packagesTable(pack: PackReleaseResult, workDir: string): string {
  return formatTable(
    pack.packages.map((pkg) => ({
      package: pkg.name,
      version: pkg.version,
      tarball: relative(workDir, pkg.tarball),
      size: `${(pkg.bytes / 1024).toFixed(1)} kB`,
    })),
  );
}

export function consumerTable(consumer: ConsumerTestResult): string {
  return formatTable(
    consumer.checks.map((check) => ({
      check: check.name,
      result: check.ok ? "ok" : "FAILED",
      time: `${check.seconds.toFixed(1)}s`,
    })),
  );
}
