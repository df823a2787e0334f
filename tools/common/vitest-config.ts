// The vitest settings the tools' suites share: every `*.test.ts` but fixtures, the JSON report
// `pnpm test` counts, and time limits that guard against a hang (work-limit.ts).
import { defineConfig, type ViteUserConfig } from "vitest/config";
import { type WorkStep, workLimitMs } from "./work-limit.ts";

/** A limit for a test that does no heavy work: it runs in milliseconds, so a minute is a hang. */
const ORDINARY_TEST_LIMIT_MS = 60_000;

/**
 * `heaviest`: the work the suite's heaviest test or hook does (generation, type-checks, processes
 * started), from which every test's limit is derived; omitted, the suite's tests do no heavy work.
 */
export function toolTestConfig(heaviest?: Partial<Record<WorkStep, number>>): ViteUserConfig {
  const limit = heaviest ? workLimitMs(heaviest) : ORDINARY_TEST_LIMIT_MS;
  return defineConfig({
    test: {
      include: ["**/*.test.ts"],
      exclude: ["**/node_modules/**", "**/fixtures/**"],
      reporters: ["default", ["json", { outputFile: "test-results.json" }]],
      testTimeout: limit,
      hookTimeout: limit,
    },
  });
}
