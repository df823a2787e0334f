import { join } from "node:path";
import { run } from "@patchbay/common/run";
import { describe, expect, it } from "vitest";

const packageDir = join(import.meta.dirname, "..");
const tsx = join(packageDir, "..", "..", "node_modules", ".bin", "tsx");

describe("1000 concurrent connect() calls over every vendor's Prism mock", () => {
  it("all succeed, none is unhandled, and the process exits by itself", async () => {
    // A socket or timer left open would keep the process alive until this bound kills it.
    const { code, stdout, stderr, timedOut } = await run(
      tsx,
      [join(packageDir, "load", "concurrent-connects.ts"), "1000"],
      { cwd: packageDir, killAfterMs: 120_000 },
    );
    expect(timedOut, "the process did not end by itself").toBe(false);
    expect(code, stderr).toBe(0);
    const result = JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}");
    console.log(
      `load: ${result.calls} connect() calls, ${result.succeeded} ok, ${result.callsPerSecond} calls/s, peak RSS ${result.peakRssMiB} MiB`,
    );
    expect(result).toMatchObject({
      calls: 1000,
      succeeded: 1000,
      failed: 0,
      unhandledRejections: 0,
    });
    expect(result.peakRssMiB).toBeGreaterThan(0);
  }, 150_000);
});
