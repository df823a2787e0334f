import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { cleanEnv } from "@patchbay/scripts/vendor-env";
import { describe, expect, it } from "vitest";

// The README's first command ends in `tsx scripts/demo/main.ts`; run it as that command does.
const root = resolve(import.meta.dirname, "../../..");

const mainJob = (args: string[], env: Record<string, string> = {}) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    execFile(
      process.execPath,
      ["--import", "tsx", "scripts/demo/main.ts", ...args],
      { cwd: root, env: { ...cleanEnv(), ...env }, timeout: 120_000 },
      (error, stdout, stderr) =>
        done({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });

describe("the main job (scripts/demo/main.ts)", () => {
  it("runs one connect() per vendor against the mocks and prints the five-row table; exit 0", async () => {
    const { code, stdout, stderr } = await mainJob([]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const lines = stdout.trim().split("\n");
    const header = lines.findIndex((line) => line.startsWith("vendor "));
    expect(lines[header]).toMatch(/^vendor +status +authorization URL +connection id +ms$/);
    expect(lines[header + 1]).toMatch(/^-+( +-+){4}$/);
    const rows = lines.slice(header + 2, header + 7).map((line) => line.split(/ {2,}/));
    expect(rows.map(([vendor, status]) => [vendor, status])).toEqual([
      ["agentstack", "authorization_required"],
      ["chartbrew", "connected"],
      ["datagrid", "authorization_required"],
      ["polytomic", "authorization_required"],
      ["supermemory", "authorization_required"],
    ]);
    expect(rows.map((row) => row[3])).toEqual([
      "0b7e4c2a-9f13-4d58-a6e1-3c8d2f5b7a90",
      "187",
      "-",
      "-",
      "conn_8f2kQ1xZt7LmVb3R",
    ]);
    for (const row of rows) expect(row[4]).toMatch(/^\d+$/);
    expect(rows[2]?.[2]).toMatch(/^https:\/\/accounts\.google\.com\//);
    expect(lines.at(-1)).toBe("5 of 5 started.");
  });

  it("--live without credentials names every missing variable and sends nothing; exit 2", async () => {
    const { code, stdout, stderr } = await mainJob(["--live"], {
      SUPERMEMORY_API_KEY: "sm_live_0123456789",
    });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      [
        "--live needs credentials in the environment; nothing was sent. Set:",
        "  agentstack: AGENTSTACK_BASE_URL; AGENTSTACK_USERNAME and AGENTSTACK_PASSWORD",
        "  chartbrew: CHARTBREW_API_KEY",
        "  datagrid: DATAGRID_API_KEY",
        "  polytomic: POLYTOMIC_USERNAME and POLYTOMIC_PASSWORD, or POLYTOMIC_API_KEY",
        "",
      ].join("\n"),
    );
  });
});
