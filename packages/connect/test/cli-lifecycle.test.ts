import { type MockServers, startMocks } from "@patchbay/mocks/start-mocks";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runCli } from "../src/cli/run-cli.js";
import { vendorNames } from "../src/create-patchbay.js";
import { registry } from "../src/registry.generated.js";
import { patchbay, type Run, type StateStub, stateStub } from "./support/cli.js";

let mocks: MockServers;
beforeAll(async () => {
  mocks = await startMocks({ vendors: [...vendorNames] });
});
afterAll(() => mocks.close());

// Each vendor's credentials, distinctive so that any echo of them in an output is found.
const secrets = {
  DATAGRID_API_KEY: "dg_SECRET_cli_0123456789",
  CHARTBREW_API_KEY: "cb_SECRET_cli_0123456789",
  SUPERMEMORY_API_KEY: "sm_SECRET_cli_0123456789",
  AGENTSTACK_USERNAME: "as_user",
  AGENTSTACK_PASSWORD: "as_SECRET_cli_0123456789",
};
const expectNoSecret = (...runs: Run[]) => {
  for (const { stdout, stderr } of runs) expect(`${stdout}${stderr}`).not.toContain("SECRET");
};
const base = (vendor: string) => ["--base-url", mocks.urls[vendor] as string];
const connectorId = "6f1d3b8e-2a47-4c95-8e0b-9d4c7a1f2e63";
const waitAgentstack = (url: string, ...flags: string[]) =>
  patchbay(
    ["wait", "agentstack", "--path", `connector_id=${connectorId}`, "--base-url", url, ...flags],
    secrets,
  );

describe("patchbay get|list|disconnect (the built CLI, spawned, against Prism mocks)", () => {
  it("get prints the connection as a table, --json as the whole Connection; exit 0", async () => {
    const args = ["get", "chartbrew", "--path", "team_id=42", "--path", "connection_id=187"];
    const [table, json] = await Promise.all([
      patchbay([...args, ...base("chartbrew")], secrets),
      patchbay([...args, ...base("chartbrew"), "--json"], secrets),
    ]);
    expect(table).toEqual({
      code: 0,
      stderr: "",
      stdout: [
        "id   status     name                 created",
        "---  ---------  -------------------  ------------------------",
        "187  connected  Production Postgres  2026-11-30T09:12:44.000Z",
        "",
      ].join("\n"),
    });
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({
      vendor: "chartbrew",
      connectionId: "187",
      status: "connected",
      raw: { id: 187, name: "Production Postgres" },
    });
    expectNoSecret(table, json);
  });

  it("list prints one row per connection, following the pages; --json an array; exit 0", async () => {
    const [table, json, firstPage] = await Promise.all([
      patchbay(
        ["list", "supermemory", "--body", '{"containerTags":["user_123"]}', ...base("supermemory")],
        secrets,
      ),
      patchbay(["list", "agentstack", ...base("agentstack"), "--json"], secrets),
      patchbay(["list", "datagrid", ...base("datagrid"), "--max-pages", "1"], secrets),
    ]);
    expect(table.code).toBe(0);
    const lines = table.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^id +status +name +created$/);
    expect(lines.slice(2).map((line) => line.split(/ {2,}/))).toEqual([
      ["conn_8f2kQ1xZt7LmVb3R", "connected", "ada@example.com", "2026-11-30T09:12:44.000Z"],
      ["conn_Wc4nP9sJd2HyEo6T", "connected", "-", "2026-11-30T09:20:03.000Z"],
    ]);
    expect(json.code).toBe(0);
    const connections = JSON.parse(json.stdout);
    expect(Array.isArray(connections)).toBe(true);
    expect(
      connections.map((c: { connectionId: string; status: string }) => [c.connectionId, c.status]),
    ).toEqual([
      [connectorId, "connected"],
      ["0b7e4c2a-9f13-4d58-a6e1-3c8d2f5b7a90", "authorization_required"],
    ]);
    expect(connections[0].raw).toMatchObject({ id: connectorId, state: "connected" });
    // Datagrid's list pages (has_more): one page is its example's two connections.
    expect(firstPage.code).toBe(0);
    expect(firstPage.stdout.trimEnd().split("\n")).toHaveLength(4);
    expectNoSecret(table, json, firstPage);
  });

  it("--query reaches the request: the (redacted) request log shows it", async () => {
    const run = await patchbay(
      ["list", "datagrid", ...base("datagrid"), "--query", "limit=2", "--max-pages", "1"],
      { ...secrets, PATCHBAY_LOG: "debug" },
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/GET http:\/\/127\.0\.0\.1:\d+\/connections\?limit=2 #1 200/);
    expectNoSecret(run);
  });

  it("disconnect removes the connection and says which; --json too; exit 0", async () => {
    const args = [
      "disconnect",
      "datagrid",
      "--path",
      "connection_id=3f6c1d2e-8a4b-4c7d-9e0f-1a2b3c4d5e6f",
    ];
    const [text, json] = await Promise.all([
      patchbay([...args, ...base("datagrid")], secrets),
      patchbay([...args, ...base("datagrid"), "--json"], secrets),
    ]);
    expect(text).toEqual({
      code: 0,
      stderr: "",
      stdout: "datagrid: disconnected (connection_id=3f6c1d2e-8a4b-4c7d-9e0f-1a2b3c4d5e6f)\n",
    });
    expect(JSON.parse(json.stdout)).toEqual({
      vendor: "datagrid",
      disconnected: true,
      path: { connection_id: "3f6c1d2e-8a4b-4c7d-9e0f-1a2b3c4d5e6f" },
    });
    expectNoSecret(text, json);
  });

  it("an API error is exit 1 with the vendor's words, never the credential", async () => {
    const run = await patchbay(
      [
        "get",
        "supermemory",
        "--path",
        "connectionId=conn_8f2kQ1xZt7LmVb3R",
        "--header",
        "Prefer=code=401",
        ...base("supermemory"),
      ],
      secrets,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(
      /^patchbay: supermemory: 401 Unauthorized .*set or check SUPERMEMORY_API_KEY\n$/,
    );
    expectNoSecret(run);
  });

  it("usage errors exit 2: a flag of another command, a bad --timeout, missing vendor", async () => {
    const runs = await Promise.all([
      patchbay(["list", "datagrid", "--timeout", "5"]),
      patchbay(["wait", "datagrid", "--timeout", "soon"]),
      patchbay(["wait", "datagrid", "--interval", "0"]),
      patchbay(["get", "datagrid", "--max-pages", "2"]),
      patchbay(["get"]),
    ]);
    expect(runs.map((run) => [run.code, run.stdout, run.stderr.split("\n")[0]])).toEqual([
      [2, "", "patchbay: --timeout is an option of patchbay wait, not of list"],
      [2, "", 'patchbay: --timeout expects seconds (a positive number), got "soon"'],
      [2, "", 'patchbay: --interval expects seconds (a positive number), got "0"'],
      [2, "", "patchbay: --max-pages is an option of patchbay list, not of get"],
      [2, "", "patchbay: missing vendor: patchbay get <vendor>"],
    ]);
  });
});

describe("patchbay wait", () => {
  let stub: StateStub | undefined;
  afterAll(() => stub?.close());

  it("returns the connection once connected (the get example answers connected); exit 0", async () => {
    const run = await waitAgentstack(mocks.urls.agentstack as string, "--timeout", "10");
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(""); // not a terminal: no progress
    expect(run.stdout).toMatch(
      new RegExp(`\\n${connectorId} +connected +https://mcp\\.example\\.com/mcp `),
    );
    expectNoSecret(run);
  });

  it("on a disconnected connection: exit 1 naming it", async () => {
    stub = await stateStub(mocks.urls.agentstack as string, "state", ["created", "disconnected"]);
    const run = await waitAgentstack(stub.url, "--interval", "0.05");
    expect(run).toEqual({
      code: 1,
      stdout: "",
      stderr: `patchbay: disconnected: agentstack: connection ${connectorId} is disconnected; start a new one\n`,
    });
    expect(stub.requests).toBe(2);
    await stub.close();
  });

  it("on timeout: exit 1 naming it and the last status", async () => {
    // 3 s: time for several reads through the stub and Prism even on a loaded machine (0.5 s was
    // sometimes spent on the first read alone, which then ended as "none read")
    stub = await stateStub(mocks.urls.agentstack as string, "state", ["created"]);
    const started = Date.now();
    const run = await waitAgentstack(stub.url, "--timeout", "3", "--interval", "0.1");
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(run).toEqual({
      code: 1,
      stdout: "",
      stderr: `patchbay: timeout: agentstack: connection ${connectorId} was not connected in time (last status: pending)\n`,
    });
    expect(stub.requests).toBeGreaterThan(1);
    expectNoSecret(run);
    await stub.close();
  });

  it("shows one progress line per read only when stdout is a terminal", async () => {
    stub = await stateStub(mocks.urls.agentstack as string, "state", [
      "created",
      "auth_required",
      "connected",
    ]);
    const argv = [
      "wait",
      "agentstack",
      "--path",
      `connector_id=${connectorId}`,
      "--base-url",
      stub.url,
      "--interval",
      "0.05",
    ];
    const runIn = async (isTTY: boolean) => {
      const out: string[] = [];
      const err: string[] = [];
      const code = await runCli(argv, {
        stdout: (text) => out.push(text),
        stderr: (text) => err.push(text),
        cwd: process.cwd(),
        env: {},
        version: "0.0.0",
        isTTY,
      });
      return { code, out, err };
    };
    vi.stubEnv("AGENTSTACK_USERNAME", secrets.AGENTSTACK_USERNAME);
    vi.stubEnv("AGENTSTACK_PASSWORD", secrets.AGENTSTACK_PASSWORD);
    try {
      const terminal = await runIn(true);
      expect(terminal.code).toBe(0);
      expect(terminal.err.map((line) => line.replace(/[\d.]+ s\)$/, "N s)"))).toEqual([
        "agentstack: pending (read 1, N s)",
        "agentstack: authorization_required (read 2, N s)",
        "agentstack: connected (read 3, N s)",
      ]);
      expect(terminal.out.join("\n")).toContain(`${connectorId}  connected`);
      await stub.close();
      stub = await stateStub(mocks.urls.agentstack as string, "state", ["created", "connected"]);
      argv[5] = stub.url;
      const piped = await runIn(false);
      expect(piped).toMatchObject({ code: 0, err: [] });
      expect(stub.requests).toBe(2);
    } finally {
      vi.unstubAllEnvs(); // the developer's own values, if any, come back
    }
  });
});

describe("a vendor without the operation", () => {
  it("is exit 2 with the ConfigurationError's message, nothing sent", async () => {
    // Every vendor declares every operation today: take datagrid's get away for this test.
    const operations = registry.datagrid.operations as { get?: unknown };
    const saved = operations.get;
    delete operations.get;
    const err: string[] = [];
    try {
      const code = await runCli(
        ["get", "datagrid", "--path", "connection_id=x", "--base-url", "http://127.0.0.1:9"],
        {
          stdout: () => {},
          stderr: (text) => err.push(text),
          cwd: process.cwd(),
          env: {},
          version: "0.0.0",
          isTTY: false,
        },
      );
      expect(code).toBe(2);
    } finally {
      operations.get = saved;
    }
    expect(err).toEqual([
      'patchbay: datagrid has no operation to get one connection (its sidecar declares no connections.get), so getConnection("datagrid", …) cannot work',
    ]);
  });
});
