import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { cleanEnv } from "@patchbay/test-support/vendor-env";
import { describe, expect, it } from "vitest";
import { credentialWays } from "../src/credentials.js";
import { type VendorName, vendorNames } from "../src/index.js";
import { registry } from "../src/registry.generated.js";

// The README's first command ends in `tsx tools/demo/main.ts`; run it as that command does.
const root = resolve(import.meta.dirname, "../../..");

/**
 * The job starts a Prism mock per vendor and calls each: on a machine shared with another suite it
 * takes minutes, not seconds. Its limits are the test's own, far above a quiet run (about 20 s).
 */
const JOB_TIMEOUT_MS = 480_000;
const TEST_TIMEOUT_MS = 540_000;

const mainJob = (args: string[], env: Record<string, string> = {}) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    execFile(
      process.execPath,
      ["--import", "tsx", "tools/demo/main.ts", ...args],
      { cwd: root, env: { ...cleanEnv(), ...env }, timeout: JOB_TIMEOUT_MS },
      (error, stdout, stderr) =>
        done({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });

const statuses = ["authorization_required", "connected", "pending", "disconnected"];

describe("the main job (tools/demo/main.ts)", () => {
  it(
    "per vendor against the mocks: connect(), getConnection(), listConnections() in one table; exit 0",
    async () => {
      const { code, stdout, stderr } = await mainJob([]);
      expect(stderr).toBe("");
      expect(code).toBe(0);
      const lines = stdout.trim().split("\n");
      const header = lines.findIndex((line) => line.startsWith("vendor "));
      expect(lines[header]).toMatch(
        /^vendor +status +authorization URL +connection id +read back +connections +ms$/,
      );
      expect(lines[header + 1]).toMatch(/^-+( +-+){6}$/);
      const rows = lines
        .slice(header + 2, header + 2 + vendorNames.length)
        .map((line) => line.split(/ {2,}/));
      expect(rows.map(([vendor]) => vendor)).toEqual([...vendorNames]);
      for (const [vendor, status, url, id, readBack, connections, ms] of rows as string[][]) {
        const { operations } = registry[vendor as VendorName] as {
          operations: { get?: unknown; list?: unknown };
        };
        expect(statuses, vendor).toContain(status);
        expect(url, vendor).toMatch(/^(https?:\/\/\S+|-)$/);
        expect(id, vendor).toMatch(/^\S+$/);
        // Read back in a status word (a document's get example answers connected; where there is
        // none, Prism makes one up from the schema).
        if (operations.get) expect(statuses, vendor).toContain(readBack);
        else expect(readBack, vendor).toBe("-");
        expect(connections, vendor).toMatch(operations.list ? /^[1-9]\d*$/ : /^-$/);
        expect(ms, vendor).toMatch(/^\d+$/);
      }
      // The create's own id comes back where it gave one; a consent step comes with its URL.
      const byVendor = Object.fromEntries(rows.map((row) => [row[0], row]));
      expect(byVendor.supermemory?.[3]).toBe("conn_8f2kQ1xZt7LmVb3R");
      expect(byVendor.datagrid?.[2]).toMatch(/^https:\/\/accounts\.google\.com\//);
      for (const vendor of ["datagrid", "supermemory", "stripe", "plaid"])
        expect(byVendor[vendor]?.[4], vendor).toBe("connected");
      expect(lines.at(-1)).toBe(`${vendorNames.length} of ${vendorNames.length} worked.`);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "--live without credentials names every missing variable and sends nothing; exit 2",
    async () => {
      const { code, stdout, stderr } = await mainJob(["--live"], {
        SUPERMEMORY_API_KEY: "sm_live_0123456789",
      });
      expect(code).toBe(2);
      expect(stdout).toBe("");
      // One line per vendor still missing something (all but supermemory), from the registry: each
      // way to authenticate's variables, and the base URL where the document names no public host.
      const loopback = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/;
      const expected = vendorNames
        .filter((vendor) => vendor !== "supermemory")
        .map((vendor) => {
          const { descriptor } = registry[vendor];
          const ways = credentialWays(descriptor)
            .map((way) => way.env.join(" and "))
            .join(", or ");
          const host = URL.canParse(descriptor.defaultBaseUrl)
            ? new URL(descriptor.defaultBaseUrl).hostname
            : "";
          const baseUrl =
            host === "" || loopback.test(host) ? [`${descriptor.envPrefix}_BASE_URL`] : [];
          return `  ${vendor}: ${[...baseUrl, ways].filter(Boolean).join("; ")}`;
        });
      expect(stderr).toBe(
        [
          "--live needs credentials in the environment; nothing was sent. Set:",
          ...expected,
          "",
        ].join("\n"),
      );
      // The first vendors' lines, as a person reads them.
      for (const line of [
        "  agentstack: AGENTSTACK_BASE_URL; AGENTSTACK_USERNAME and AGENTSTACK_PASSWORD",
        "  datagrid: DATAGRID_API_KEY",
        "  polytomic: POLYTOMIC_USERNAME and POLYTOMIC_PASSWORD, or POLYTOMIC_API_KEY",
      ])
        expect(stderr).toContain(`${line}\n`);
    },
    TEST_TIMEOUT_MS,
  );
});
