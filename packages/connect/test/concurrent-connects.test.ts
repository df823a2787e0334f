import { spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const packageDir = join(import.meta.dirname, "..");
const tsx = join(packageDir, "..", "..", "node_modules", ".bin", "tsx");

describe("1000 concurrent connect() calls over the five vendors' Prism mocks", () => {
  it("all succeed, none is unhandled, and the process exits by itself", async () => {
    const child = spawn(tsx, [join(packageDir, "load", "concurrent-connects.ts"), "1000"], {
      cwd: packageDir,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    // A socket or timer left open would keep the process alive until this bound kills it.
    const killer = setTimeout(() => child.kill("SIGKILL"), 120_000);
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    clearTimeout(killer);
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
