// The consumer test inside `pnpm test`: the release dry run on a copy of this working tree, then
// the packed tarballs installed with plain npm and used from ESM, CommonJS and TypeScript.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { workLimitMs } from "@patchbay/common/work-limit";
import { describe, expect, it } from "vitest";
import { publicPackageDirs } from "./pack-release.ts";
import {
  consumerTable,
  packagesTable,
  releaseDryRun,
  releaseDryRunWork,
} from "./release-dry-run.ts";

const root = join(import.meta.dirname, "..", "..");
// A hang guard derived from the work: each package built (a cache hit when pnpm test built it
// first), packed and installed, two installs, two type-checks, the callers and the mocks.
const limitMs = workLimitMs(releaseDryRunWork(publicPackageDirs(root).length));

describe("release dry run + consumer test", () => {
  it(
    "packs every public package and a plain npm project can use the tarballs",
    async () => {
      const log: string[] = [];
      const result = await releaseDryRun({
        root,
        source: "working-tree",
        log: (line) => log.push(line),
      });
      const consumer = result.consumer;
      const report = [
        ...log,
        `build: ${result.pack.buildCache}`,
        packagesTable(result.pack, result.workDir),
        consumer ? consumerTable(consumer) : "(no consumer test)",
        ...(consumer?.checks ?? []).map((check) => `${check.name}: ${check.detail}`),
      ].join("\n");

      const names = result.pack.packages.map((pkg) => pkg.name);
      expect(names, report).toContain("@patchbay/runtime");
      expect(names, report).toContain("@patchbay/datagrid");
      expect(
        names.some((name) =>
          ["@patchbay/generator", "@patchbay/contract", "@patchbay/bench"].includes(name),
        ),
      ).toBe(false);
      expect(consumer?.checks.filter((check) => !check.ok) ?? [], report).toEqual([]);
      expect(consumer?.checks.map((check) => check.name)).toEqual([
        "npm install (tarballs, no workspace links)",
        expect.stringMatching(/^ESM import: createClient/),
        expect.stringMatching(/^CommonJS require: createClient/),
        "vitest: @patchbay/datagrid/msw handlers and overrides",
        expect.stringContaining("moduleResolution node16"),
        expect.stringContaining("moduleResolution bundler"),
      ]);
      // connect() is part of the test as soon as the aggregator is in the tree.
      expect(consumer?.connect).toBe(existsSync(join(root, "packages", "connect", "package.json")));
    },
    limitMs,
  );
});
