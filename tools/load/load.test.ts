// The load run, small (300 calls per way, 20 at a time), as part of `pnpm test`: only its
// invariants are asserted, never its timings. It runs in its own process, which must end by
// itself: a socket or timer left open would keep it alive until it is killed.
import { join } from "node:path";
import { run } from "@patchbay/common/run";
import { repoRoot } from "@patchbay/common/temp-repo";
import { describe, expect, it } from "vitest";
import type { EveryVendorResult } from "./every-vendor.ts";
import type { LoadResult } from "./run-load.ts";

const KILL_AFTER_MS = 120_000;

interface Report {
  results: (LoadResult & { heapGrowthMb: number })[];
  everyVendor: EveryVendorResult;
  leaked: string[];
  unhandled: string[];
  violations: string[];
}

const runSmallLoad = () =>
  run(
    join(repoRoot, "node_modules", ".bin", "tsx"),
    [
      join(import.meta.dirname, "run.ts"),
      ...["--calls", "300", "--concurrency", "20", "--vendor-calls", "1000", "--json"],
    ],
    { cwd: repoRoot, killAfterMs: KILL_AFTER_MS },
  );

/** One run for both tests, started when the file loads. */
const reportRun = runSmallLoad();

describe("load (small): 300 create calls per way, 20 at a time, against a faulty loopback vendor", () => {
  it(
    "every call ends as expected, no POST is repeated after a 502 or a reset, retries stay within the cap, and the process ends by itself",
    async () => {
      const { code, stdout, stderr, timedOut } = await reportRun;
      expect(timedOut, "the load run did not end by itself").toBe(false);
      const report = JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as Report;
      expect(report.violations, stderr).toEqual([]);
      expect(report.unhandled).toEqual([]);
      expect(report.leaked).toEqual([]);
      expect(code, stderr).toBe(0);

      expect(report.results.map((result) => result.via)).toEqual([
        "connect()",
        "createClient().POST()",
      ]);
      for (const result of report.results) {
        const outcomes = Object.values(result.outcomes).reduce((sum, count) => sum + count, 0);
        expect(outcomes).toBe(300);
        // 429s and 503s were retried, so the server got more requests than there were calls
        expect(result.requests).toBeGreaterThan(300);
        expect(Object.keys(result.outcomes).sort()).toEqual(
          result.via === "connect()"
            ? ["ConnectError 502", "ConnectError 503", "ConnectionStart", "NetworkError"]
            : ["201", "502", "503", "NetworkError"],
        );
      }
    },
    KILL_AFTER_MS + 10_000,
  );

  // (was packages/connect's concurrent-connects test)
  it(
    "1000 concurrent connect() calls over every vendor's Prism mock all succeed",
    async () => {
      const report = JSON.parse(
        (await reportRun).stdout.trim().split("\n").at(-1) ?? "{}",
      ) as Report;
      const result = report.everyVendor;
      console.log(
        `load: ${result.calls} connect() calls, ${result.succeeded} ok, ${result.callsPerSecond} calls/s, peak RSS ${result.peakRssMiB} MiB`,
      );
      expect(result).toMatchObject({ calls: 1000, succeeded: 1000, failed: 0 });
      expect(report.unhandled).toHaveLength(0);
      expect(result.peakRssMiB).toBeGreaterThan(0);
    },
    KILL_AFTER_MS + 10_000,
  );
});
