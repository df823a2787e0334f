// @patchbay/connect/testing: per vendor of the registry, the real createPatchbay() against a
// connectionScenario under MSW's setupServer — connect → each state through getConnection →
// listConnections lists it → disconnect removes it; revokedAfter; neverCompletes against
// waitForConnection's timeout; and the scenarios refused when they are made.
import { readFileSync } from "node:fs";
import { operationExample } from "@patchbay/openapi/operation-example";
import { dummyCredentialOptions } from "@patchbay/test-support/dummy-credentials";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { ConnectionStatus, OperationRef } from "../src/define-vendor.js";
import {
  ConnectError,
  type Connection,
  createPatchbay,
  type Patchbay,
  type VendorName,
  vendorNames,
  WaitForConnectionError,
  type WaitOptions,
} from "../src/index.js";
import { registry } from "../src/registry.generated.js";
import { connectionScenario, ScenarioError } from "../src/testing/index.js";
import { wordsOf } from "../src/testing/reverse-status.js";

// Reading the largest documents' examples takes seconds, more on a busy machine: far above a quiet run.
vi.setConfig({ testTimeout: 300_000 });

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** Where a self-hosted vendor (no absolute server in its document) is reached in these tests. */
const baseUrlOf = (vendor: VendorName) =>
  registry[vendor].descriptor.defaultBaseUrl || `https://${vendor}.test`;

const patchbay: Patchbay = createPatchbay(
  Object.fromEntries(
    vendorNames.map((vendor) => [
      vendor,
      { baseUrl: baseUrlOf(vendor), ...dummyCredentialOptions(registry[vendor].descriptor) },
    ]),
  ) as never,
);

/** The lifecycle for any vendor of the loop: one without the operation would not compile (a ConfigurationError). */
const lifecycle = patchbay as unknown as {
  getConnection(vendor: VendorName, input: unknown): Promise<Connection>;
  waitForConnection(vendor: VendorName, input: unknown, options: WaitOptions): Promise<Connection>;
  disconnect(vendor: VendorName, input: unknown): Promise<void>;
  listConnections(
    vendor: VendorName,
    input: unknown,
    options: { maxPages: number },
  ): AsyncIterable<Connection>;
};

const withRules = Object.fromEntries(
  await Promise.all(
    vendorNames.map(async (vendor) => [
      vendor,
      { ...registry[vendor], ...(await registry[vendor].rules?.()) },
    ]),
  ),
) as Record<VendorName, { connection?: { status: never }; start: { status: never } }>;
const getWords = (vendor: VendorName) =>
  withRules[vendor].connection ? wordsOf(withRules[vendor].connection.status) : [];
const startWords = (vendor: VendorName) => wordsOf(withRules[vendor].start.status);

/** The life each vendor's answers can tell: its create's step, pending where its get says so, connected. */
function lifeOf(vendor: VendorName): ConnectionStatus[] {
  const start = startWords(vendor);
  const first = start.includes("authorization_required") ? "authorization_required" : start[0];
  const life = [first as ConnectionStatus];
  if (!offers(vendor, "get")) return life;
  if (getWords(vendor).includes("pending")) life.push("pending");
  if (first !== "connected") life.push("connected");
  return life;
}

/** Whether the vendor's sidecar declares the operation (a vendor of the registry may lack get, list or delete). */
const offers = (vendor: VendorName, role: "get" | "list" | "delete") =>
  role in registry[vendor].operations;

type Input = { params?: { path?: Record<string, unknown> }; body?: unknown };
const operation = (vendor: VendorName, role: "create" | "get" | "list" | "delete") =>
  (registry[vendor].operations as Record<string, OperationRef>)[role] as OperationRef;
const examples = new Map<string, Promise<unknown>>();
/** The document's example input for the role's operation, naming the scenario's connection in its path. */
async function inputFor(
  vendor: VendorName,
  role: "create" | "get" | "list" | "delete",
  connectionId?: string,
): Promise<Input> {
  const { method, path } = operation(vendor, role);
  const key = `${vendor} ${role}`;
  // A document is read once per example (seconds for the largest): each example once here.
  if (!examples.has(key)) examples.set(key, operationExample(vendor, { method, path }));
  const input = ((await examples.get(key)) ?? {}) as Input;
  const id = /\{([^}]+)\}$/.exec(path)?.[1];
  if (!id || connectionId === undefined) return input;
  return {
    ...input,
    params: { ...input.params, path: { ...input.params?.path, [id]: connectionId } },
  };
}

async function listed(vendor: VendorName) {
  const all = [];
  for await (const connection of lifecycle.listConnections(
    vendor,
    (await inputFor(vendor, "list")) as never,
    { maxPages: 3 },
  ))
    all.push(connection);
  return all;
}

describe.each(vendorNames)("%s: a scenario driven by createPatchbay()", (vendor) => {
  const life = lifeOf(vendor);

  const steps = [
    "connect",
    ...(offers(vendor, "get") ? life.slice(1) : []),
    ...(offers(vendor, "list") ? ["listed"] : []),
    ...(offers(vendor, "delete") ? ["disconnect removes it"] : []),
  ];
  it(`${steps.join(" → ")} (${life.join(", ")})`, async () => {
    const scenario = connectionScenario(vendor, { states: life, baseUrl: baseUrlOf(vendor) });
    server.use(...scenario.handlers);
    const start = await patchbay.connect(vendor, (await inputFor(vendor, "create")) as never);
    expect(start.status).toBe(life[0]);
    if (registry[vendor].start.connectionId) expect(start.connectionId).toBe(scenario.connectionId);
    // The example's URL, where it has one (Plaid's Link runs in the app's page: none).
    if (start.authorizationUrl !== null) expect(start.authorizationUrl).toMatch(/^https?:\/\//);

    const get = offers(vendor, "get")
      ? ((await inputFor(vendor, "get", scenario.connectionId)) as never)
      : undefined;
    if (get) {
      for (const state of life.length > 1 ? life.slice(1) : life) {
        const read = await lifecycle.getConnection(vendor, get);
        expect(read.status).toBe(state);
        expect(read.connectionId).toBe(scenario.connectionId);
      }
      expect(scenario.reads).toBe(Math.max(life.length - 1, 1));
    }
    if (offers(vendor, "list")) {
      const before = await listed(vendor);
      expect(before.map(({ connectionId, status }) => ({ connectionId, status }))).toEqual([
        { connectionId: scenario.connectionId, status: life.at(-1) },
      ]);
    }
    if (!offers(vendor, "delete")) return;
    await lifecycle.disconnect(
      vendor,
      (await inputFor(vendor, "delete", scenario.connectionId)) as never,
    );
    expect(scenario.status).toBe("removed");
    if (get)
      await expect(lifecycle.getConnection(vendor, get)).rejects.toMatchObject({
        constructor: ConnectError,
        status: 404,
      });
    if (offers(vendor, "list")) expect(await listed(vendor)).toEqual([]);
  });

  if (!offers(vendor, "get")) {
    it("revokedAfter, neverCompletes: refused when made (no get operation to read it)", () => {
      for (const options of [{ states: life, revokedAfter: 1 }, { neverCompletes: true as const }])
        expect(() =>
          connectionScenario(vendor, { ...options, baseUrl: baseUrlOf(vendor) }),
        ).toThrow(
          `connectionScenario("${vendor}"): ${vendor} has no get operation in its sidecar, so getConnection() cannot move through states`,
        );
    });
    return;
  }

  it("revokedAfter: 1 → connected on the first read, then revoked", async () => {
    const states = [life[0] as ConnectionStatus, "connected" as const];
    const scenario = connectionScenario(vendor, {
      states: life[0] === "connected" ? ["connected"] : states,
      revokedAfter: 1,
      baseUrl: baseUrlOf(vendor),
    });
    server.use(...scenario.handlers);
    await patchbay.connect(vendor, (await inputFor(vendor, "create")) as never);
    const get = (await inputFor(vendor, "get", scenario.connectionId)) as never;
    expect((await lifecycle.getConnection(vendor, get)).status).toBe("connected");
    if (getWords(vendor).includes("disconnected")) {
      expect((await lifecycle.getConnection(vendor, get)).status).toBe("disconnected");
      expect(scenario.status).toBe("disconnected");
      await expect(
        lifecycle.waitForConnection(vendor, get, { intervalMs: 1 }),
      ).rejects.toMatchObject({
        constructor: WaitForConnectionError,
        reason: "disconnected",
      });
    } else {
      // Its get answer cannot say disconnected: the revoked connection is gone.
      await expect(lifecycle.getConnection(vendor, get)).rejects.toMatchObject({
        status: 404,
      });
      expect(scenario.status).toBe("removed");
      if (offers(vendor, "list")) expect(await listed(vendor)).toEqual([]);
    }
  });

  const waiting = getWords(vendor).filter(
    (word) => word === "pending" || word === "authorization_required",
  );
  if (waiting.length > 0 && startWords(vendor).includes("authorization_required"))
    it("neverCompletes: waitForConnection times out, the last status read named", async () => {
      const scenario = connectionScenario(vendor, {
        states: ["authorization_required", waiting.at(-1) as ConnectionStatus],
        neverCompletes: true,
        baseUrl: baseUrlOf(vendor),
      });
      server.use(...scenario.handlers);
      await patchbay.connect(vendor, (await inputFor(vendor, "create")) as never);
      const get = (await inputFor(vendor, "get", scenario.connectionId)) as never;
      const error = await lifecycle
        .waitForConnection(vendor, get, { timeoutMs: 60, intervalMs: 5 })
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(WaitForConnectionError);
      expect(error).toMatchObject({ reason: "timeout", connection: { status: waiting.at(-1) } });
      expect(scenario.reads).toBeGreaterThanOrEqual(1);
    });
  else
    it("neverCompletes: refused when made, naming what its answers can say", () => {
      expect(() =>
        connectionScenario(vendor, { neverCompletes: true, baseUrl: baseUrlOf(vendor) }),
      ).toThrow(new RegExp(`^connectionScenario\\("${vendor}"\\): .*cannot read`));
    });
});

describe("scenarios refused when they are made", () => {
  it("an unknown vendor, an unknown state word, no states", () => {
    expect(() => connectionScenario("myspace" as never, { states: ["connected"] })).toThrow(
      `connectionScenario: unknown vendor "myspace"; known vendors: ${vendorNames.join(", ")}`,
    );
    expect(() => connectionScenario("composio", { states: ["active" as never] })).toThrow(
      'connectionScenario("composio"): unknown state "active"; the states are authorization_required, pending, connected, disconnected',
    );
    expect(() => connectionScenario("composio", { states: [] })).toThrow(
      /states must list at least one/,
    );
    expect(() => connectionScenario("composio", {} as never)).toThrow(
      /states must list at least one/,
    );
    expect(() =>
      connectionScenario("composio", { states: ["connected"], revokedAfter: -1 }),
    ).toThrow(/revokedAfter must be a whole number/);
    expect(() =>
      connectionScenario("composio", { states: ["connected"], neverCompletes: true }),
    ).toThrow(/neverCompletes, yet its states include "connected"/);
  });

  it("a state the vendor's answers cannot say: the vendor, the state and what they can say", () => {
    const refused = (() => {
      try {
        connectionScenario("datagrid", {
          states: ["authorization_required", "pending", "connected"],
        });
      } catch (error) {
        return error;
      }
    })();
    expect(refused).toBeInstanceOf(ScenarioError);
    expect(refused).toMatchObject({ vendor: "datagrid", state: "pending" });
    expect((refused as Error).message).toBe(
      'connectionScenario("datagrid"): getConnection() cannot read "pending": datagrid\'s get answer reads valid: true → connected, false → disconnected; else connected (only connected, disconnected)',
    );
    expect(() =>
      connectionScenario("chartbrew", { states: ["authorization_required", "connected"] }),
    ).toThrow(
      'connectionScenario("chartbrew"): connect() cannot read the first state "authorization_required": chartbrew\'s create answer reads always connected (connected)',
    );
    expect(() =>
      connectionScenario("agentstack", { states: ["connected"], baseUrl: "ftp://x" }),
    ).toThrow(
      'connectionScenario("agentstack"): baseUrl must be an absolute http(s) URL, not "ftp://x"',
    );
  });
});

describe("what a scenario tells, and reset()", () => {
  it("reads and status; another connection's id is a 404 and no read; reset() starts again", async () => {
    const scenario = connectionScenario("composio", {
      states: ["authorization_required", "pending", "connected"],
      connectionId: "ca_42",
    });
    server.use(...scenario.handlers);
    expect([scenario.connectionId, scenario.reads, scenario.status]).toEqual([
      "ca_42",
      0,
      "authorization_required",
    ]);
    await patchbay.getConnection("composio", (await inputFor("composio", "get", "ca_42")) as never);
    expect([scenario.reads, scenario.status]).toEqual([1, "pending"]);
    const other = (await inputFor("composio", "get", "ca_other")) as never;
    await expect(patchbay.getConnection("composio", other)).rejects.toMatchObject({ status: 404 });
    expect(scenario.reads).toBe(1);
    scenario.reset();
    expect([scenario.reads, scenario.status]).toEqual([0, "authorization_required"]);
  });
});

describe("the README's table of what each vendor's answers can say", () => {
  it("is what the sidecars' rules say, vendor by vendor", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const table = readme.slice(readme.indexOf("| vendor | `connect()` (the first state)"));
    const rows = table.split("\n").slice(2);
    const documented = rows.slice(
      0,
      rows.findIndex((row) => !row.startsWith("| ")),
    );
    expect(documented.length).toBeGreaterThan(0);
    // Each row documented is the vendor's rules (a vendor added since has no row yet).
    for (const row of documented) {
      const vendor = row.split(" | ")[0]?.slice(2) as VendorName;
      expect(vendorNames).toContain(vendor);
      const rules = withRules[vendor] as unknown as { listItem?: { status: never } };
      const listWords = rules.listItem ? wordsOf(rules.listItem.status) : getWords(vendor);
      expect(listWords).toEqual(getWords(vendor));
      expect(row).toBe(
        `| ${vendor} | ${startWords(vendor).join(", ")} | ${getWords(vendor).join(", ")} |`,
      );
    }
  });
});
