import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type MockServers, startMocks } from "@patchbay/mocks/start-mocks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { vendorNames } from "../src/index.js";
import { cliExamples } from "../src/registry.generated.js";
import { patchbay } from "./support/cli.js";

let mocks: MockServers;
beforeAll(async () => {
  mocks = await startMocks({ vendors: [...vendorNames] });
});
afterAll(() => mocks.close());

const datagridBody = '{"connector_id":"google_drive"}';
const supermemoryArgs = () => [
  "connect",
  "supermemory",
  "--path",
  "provider=notion",
  "--body",
  '{"redirectUrl":"https://app.example.com/integrations/notion/callback"}',
  "--base-url",
  mocks.urls.supermemory as string,
];
const supermemoryKey = { SUPERMEMORY_API_KEY: "sm_cli_0123456789" };

describe("patchbay connect (the built CLI, spawned)", () => {
  it("--help shows usage, the commands, exit codes and every command's example per vendor; exit 0", async () => {
    const { code, stdout } = await patchbay(["--help"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^Usage: patchbay <command> <vendor> \[--path name=value\]\.\.\. \[--query name=value\]\.\.\./,
    );
    for (const command of ["connect", "complete", "get", "list", "disconnect", "wait"]) {
      expect(stdout).toMatch(new RegExp(`^  ${command} +\\S`, "m"));
    }
    const line = (command: string, vendor: string, args = "") =>
      `  patchbay ${command} ${vendor}${args && ` ${args}`}\n`;
    // Each vendor's example of each command it has, and none of a command it lacks.
    for (const vendor of vendorNames) {
      const examples: Partial<Record<string, string>> = { ...cliExamples[vendor] };
      const commands = {
        connect: examples.create,
        complete: examples.complete,
        get: examples.get,
        list: examples.list,
        disconnect: examples.delete,
        wait: examples.get === undefined ? undefined : `${examples.get} --timeout 120`,
      };
      for (const [command, args] of Object.entries(commands)) {
        if (args === undefined)
          expect(stdout).not.toMatch(new RegExp(`^  patchbay ${command} ${vendor}\\b`, "m"));
        else expect(stdout).toContain(line(command, vendor, args));
      }
    }
    // The examples are the documents' own: a path parameter's example value, a list's body.
    expect(stdout).toContain(
      "  patchbay get chartbrew --path team_id=42 --path connection_id=187\n",
    );
    expect(stdout).toContain(
      `  patchbay list supermemory --body '{"containerTags":["user_123"]}'\n`,
    );
    expect(stdout).toContain("POLYTOMIC_USERNAME + POLYTOMIC_PASSWORD or POLYTOMIC_API_KEY");
    expect(stdout).toContain(
      "Exit status: 0 done (wait: connected), 1 the API (or the network) failed",
    );
  });

  it("prints status and authorization URL; exit 0", async () => {
    const { code, stdout, stderr } = await patchbay(supermemoryArgs(), supermemoryKey);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^supermemory: authorization_required\nauthorization URL: https:\/\/api\.notion\.com\/v1\/oauth\/authorize\?\S+\nconnection id: +conn_8f2kQ1xZt7LmVb3R\nexpires at: +\d{4}-\d\d-\d\dT[\d:.]+Z\n$/,
    );
  });

  it("--json prints the ConnectionStart; exit 0", async () => {
    const { code, stdout } = await patchbay([...supermemoryArgs(), "--json"], supermemoryKey);
    expect(code).toBe(0);
    const start = JSON.parse(stdout);
    expect(start).toMatchObject({
      vendor: "supermemory",
      connectionId: "conn_8f2kQ1xZt7LmVb3R",
      status: "authorization_required",
      raw: { id: "conn_8f2kQ1xZt7LmVb3R", expiresIn: "1 hour" },
    });
    expect(start.authorizationUrl).toBe(start.raw.authLink);
    expect(Date.parse(start.expiresAt)).toBeGreaterThan(Date.now() + 3_500_000);
  });

  it("reads --body @file and takes the base URL and credentials from the environment", async () => {
    const dir = mkdtempSync(join(tmpdir(), "patchbay-cli-"));
    writeFileSync(
      join(dir, "postgres.json"),
      JSON.stringify({
        name: "Production Postgres",
        type: "postgres",
        team_id: 42,
        host: "db.example.com",
      }),
    );
    const { code, stdout } = await patchbay(
      ["connect", "chartbrew", "--path", "team_id=42", "--body", "@postgres.json", "--json"],
      {
        CHARTBREW_API_KEY: "cb_cli_0123456789",
        CHARTBREW_BASE_URL: mocks.urls.chartbrew as string,
      },
      dir,
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      vendor: "chartbrew",
      connectionId: "187",
      status: "connected",
    });
  });

  it("works for every vendor", async () => {
    const runs = await Promise.all([
      patchbay(
        [
          "connect",
          "datagrid",
          "--body",
          datagridBody,
          "--base-url",
          mocks.urls.datagrid as string,
        ],
        {
          DATAGRID_API_KEY: "dg_cli_0123456789",
        },
      ),
      patchbay(
        [
          "connect",
          "polytomic",
          "--header",
          "Idempotency-Key=8e0f3c0a-5b3d-4c7e-9a61-2f4d8b7c1e95",
          "--body",
          '{"name":"Salesforce Connection","redirect_url":"https://app.example.com/done"}',
          "--base-url",
          mocks.urls.polytomic as string,
        ],
        { POLYTOMIC_API_KEY: "pt_cli_0123456789" },
      ),
      patchbay(
        [
          "connect",
          "agentstack",
          "--body",
          '{"url":"https://mcp.example.com/mcp"}',
          "--base-url",
          mocks.urls.agentstack as string,
        ],
        { AGENTSTACK_USERNAME: "as_user", AGENTSTACK_PASSWORD: "as_cli_0123456789" },
      ),
    ]);
    expect(runs.map((run) => [run.code, run.stdout.split("\n")[0]])).toEqual([
      [0, "datagrid: authorization_required"],
      [0, "polytomic: authorization_required"],
      [0, "agentstack: authorization_required"],
    ]);
  });

  it("a bad --body is a usage error naming the problem; exit 2, nothing sent", async () => {
    const dir = mkdtempSync(join(tmpdir(), "patchbay-cli-"));
    writeFileSync(join(dir, "broken.json"), '{"connector_id": "google_drive",}');
    const base = ["connect", "datagrid", "--base-url", mocks.urls.datagrid as string];
    const key = { DATAGRID_API_KEY: "dg_cli_0123456789" };
    const runs = await Promise.all([
      patchbay([...base, "--body", '{"connector_id":'], key),
      patchbay([...base, "--body", "@broken.json"], key, dir),
      patchbay([...base, "--body", "@missing.json"], key, dir),
      patchbay([...base, "--body", "[1,2]"], key),
    ]);
    expect(runs.map((run) => run.code)).toEqual([2, 2, 2, 2]);
    expect(runs.map((run) => run.stdout)).toEqual(["", "", "", ""]);
    expect(runs[0]?.stderr).toMatch(
      /^patchbay: --body is not valid JSON: .+\nRun "patchbay --help"/,
    );
    expect(runs[1]?.stderr).toMatch(/^patchbay: --body @broken\.json is not valid JSON: /);
    expect(runs[2]?.stderr).toMatch(
      /^patchbay: --body @missing\.json: cannot read the file \(ENOENT\)/,
    );
    expect(runs[3]?.stderr).toMatch(/^patchbay: --body must be a JSON object, got an array/);
  });

  it("a missing credential names the variables to set; exit 2, nothing sent", async () => {
    const [single, either] = await Promise.all([
      patchbay([
        "connect",
        "datagrid",
        "--body",
        datagridBody,
        "--base-url",
        mocks.urls.datagrid as string,
      ]),
      patchbay([
        "connect",
        "polytomic",
        "--body",
        "{}",
        "--base-url",
        mocks.urls.polytomic as string,
      ]),
    ]);
    expect(single).toEqual({
      code: 2,
      stdout: "",
      stderr: "patchbay: datagrid has no credentials: set DATAGRID_API_KEY. Nothing was sent.\n",
    });
    expect(either.code).toBe(2);
    expect(either.stderr).toBe(
      "patchbay: polytomic has no credentials: set POLYTOMIC_USERNAME and POLYTOMIC_PASSWORD, or POLYTOMIC_API_KEY. Nothing was sent.\n",
    );
  });

  it("an API error prints the ConnectError message, never the credential; exit 1", async () => {
    const secret = "sm_cli_SECRET_0123456789";
    const { code, stdout, stderr } = await patchbay(
      [...supermemoryArgs(), "--header", "Prefer=code=401"],
      {
        SUPERMEMORY_API_KEY: secret,
      },
    );
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      "patchbay: supermemory: 401 Unauthorized (Invalid API key) — set or check SUPERMEMORY_API_KEY\n",
    );
    const invalid = await patchbay(
      [
        "connect",
        "agentstack",
        "--body",
        '{"url":"not a url"}',
        "--base-url",
        mocks.urls.agentstack as string,
      ],
      {
        AGENTSTACK_USERNAME: "as_user",
        AGENTSTACK_PASSWORD: "as_cli_0123456789",
        PATCHBAY_LOG: "debug",
      },
    );
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain(
      "patchbay: agentstack: 422 Unprocessable Entity (body.url: Input should be a valid URL, relative URL without a base) — fix the params or body named above",
    );
    expect(invalid.stdout).toBe("");
    expect(invalid.stderr).toMatch(
      /^agentstack: POST http:\/\/127\.0\.0\.1:\d+\/api\/v1\/connectors #1 422 in \d+ms\n/,
    );
    expect(invalid.stderr).not.toContain("as_cli_0123456789");
  });

  it("usage errors exit 2: unknown vendor (listing the known ones), unknown flag, bad --path, no command", async () => {
    const runs = await Promise.all([
      patchbay(["connect", "myspace"]),
      patchbay(["connect", "datagrid", "--bogus"]),
      patchbay(["connect", "supermemory", "--path", "notion"]),
      patchbay([]),
      patchbay(["create", "datagrid"]),
    ]);
    expect(runs.map((run) => run.code)).toEqual([2, 2, 2, 2, 2]);
    expect(runs[0]?.stderr).toMatch(
      new RegExp(`^patchbay: unknown vendor "myspace"; known vendors: ${vendorNames.join(", ")}\n`),
    );
    expect(runs[1]?.stderr).toMatch(/^patchbay: Unknown option '--bogus'/);
    expect(runs[2]?.stderr).toMatch(/^patchbay: --path expects name=value, got "notion"/);
    expect(runs[3]?.stderr).toMatch(
      /^patchbay: missing command: patchbay <command> <vendor>; commands: connect, complete, get, list, disconnect, wait/,
    );
    expect(runs[4]?.stderr).toMatch(/^patchbay: unknown command "create"/);
  });

  it("a network failure is exit 1", async () => {
    const { code, stderr } = await patchbay(
      ["connect", "datagrid", "--body", datagridBody, "--base-url", "http://127.0.0.1:9"],
      { DATAGRID_API_KEY: "dg_cli_0123456789" },
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^patchbay: datagrid: POST http:\/\/127\.0\.0\.1:9\/connections #1 failed/,
    );
  });

  it("--version prints the package version", async () => {
    const { code, stdout } = await patchbay(["--version"]);
    expect(code).toBe(0);
    expect(stdout).toBe("0.1.0\n");
  });
});
