// The connection lifecycle through connect(), per vendor, from the registry and the documents'
// own examples, against Prism mocks of the documents: create → get → list contains it →
// disconnect; and waitForConnection against a stateful stub in front of Prism whose get answers
// move from pending (or disconnected) to Prism's connected example.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type MockServers, startMocks } from "@patchbay/mocks/start-mocks";
import { documentedClientErrors, operationExample } from "@patchbay/openapi/operation-example";
import { dummyCredentialOptions } from "@patchbay/test-support/dummy-credentials";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StatusRule } from "../src/define-vendor.js";
import {
  ConfigurationError,
  createPatchbay,
  type Patchbay,
  type VendorName,
  type VendorsWith,
  vendorNames,
  WaitForConnectionError,
} from "../src/index.js";
import { registry } from "../src/registry.generated.js";

type Json = Record<string, unknown>;
let mocks: MockServers;
let patchbay: Patchbay;
const optionsFor = (urls: Record<string, string>) =>
  Object.fromEntries(
    vendorNames.map((vendor) => [
      vendor,
      { baseUrl: urls[vendor], ...dummyCredentialOptions(registry[vendor].descriptor) },
    ]),
  );

beforeAll(async () => {
  mocks = await startMocks({ vendors: [...vendorNames] });
  patchbay = createPatchbay(optionsFor(mocks.urls));
});
afterAll(() => mocks?.close());

// Each definition with its lifecycle rules (a generated definition loads them with `rules()`).
const withRules: Record<string, unknown> = Object.fromEntries(
  await Promise.all(
    Object.entries(registry).map(async ([vendor, definition]) => [
      vendor,
      { ...definition, ...(await definition.rules?.()) },
    ]),
  ),
);
const definition = (vendor: VendorName) =>
  withRules[vendor] as {
    operations: Record<"create" | "get" | "list" | "delete", { method: string; path: string }>;
    connection: { status: StatusRule };
  };
const exampleFor = (vendor: VendorName, role: "create" | "get" | "list" | "delete") =>
  operationExample(vendor, definition(vendor).operations[role]) as Promise<never>;

/** `METHOD /path` of a request to the operation, as the recording fetch writes it. */
const requestOf = ({ method, path }: { method: string; path: string }) =>
  new RegExp(`^${method.toUpperCase()} .*${path.replace(/\{[^}]+\}/g, "[^/]+")}$`);

/** The get input for `connectionId`: the example's, with its last path parameter set to the id. */
const getInputFor = (vendor: VendorName, connectionId: string | null) =>
  inputWithId(vendor, "get", connectionId);
/** The delete input for `connectionId`, the same way. */
const deleteInputFor = (vendor: VendorName, connectionId: string | null) =>
  inputWithId(vendor, "delete", connectionId);

async function inputWithId(
  vendor: VendorName,
  role: "get" | "delete",
  connectionId: string | null,
) {
  const input = (await exampleFor(vendor, role)) as { params: { path?: Json } };
  const path = input.params.path ?? {};
  const last = Object.keys(path).at(-1);
  if (connectionId && last) path[last] = connectionId;
  return input as never;
}

describe.each(vendorNames)("%s: the lifecycle against its mock", (vendor) => {
  it("create → get → list contains it → disconnect", async () => {
    const sent: string[] = [];
    const recording = createPatchbay({
      ...optionsFor(mocks.urls),
      fetch: (async (request: Request) => {
        sent.push(`${request.method} ${new URL(request.url).pathname}`);
        return fetch(request);
      }) as typeof fetch,
    });
    const start = await recording.connect(vendor, await exampleFor(vendor, "create"));
    expect(start.vendor).toBe(vendor);
    // The get asks for the created id; where the create answer has none (an OAuth redirect), for
    // the get example's. The mock answers its example either way.
    const connection = await recording.getConnection(
      vendor,
      await getInputFor(vendor, start.connectionId),
    );
    const { get, delete: remove } = definition(vendor).operations;
    expect(sent.at(-1)).toMatch(requestOf(get));
    // An id the create returned goes in the get's path, where its path takes one (Plaid's get
    // takes its access token in the body instead).
    if (start.connectionId && get.path.includes("{"))
      expect(sent.at(-1)).toMatch(new RegExp(`/${start.connectionId}$`));
    expect(connection).toMatchObject({ vendor, status: expect.any(String) });
    expect(connection.connectionId).toBeTruthy();
    expect(["authorization_required", "connected", "pending", "disconnected"]).toContain(
      connection.status,
    );

    const listed = [];
    for await (const item of recording.listConnections(vendor, await exampleFor(vendor, "list"), {
      maxPages: 2,
    }))
      listed.push(item);
    expect(listed.map((item) => item.connectionId)).toContain(connection.connectionId);
    for (const item of listed) expect(item.vendor).toBe(vendor);

    // A vendor whose sidecar declares no delete is refused (see "a vendor without an operation").
    if (!remove) return;
    const removing = vendor as VendorsWith<"delete">;
    await expect(
      recording.disconnect(removing, await deleteInputFor(vendor, connection.connectionId)),
    ).resolves.toBeUndefined();
    expect(sent.at(-1)).toMatch(requestOf(remove));
    if (remove.path.includes("{"))
      expect(sent.at(-1)).toMatch(new RegExp(`/${connection.connectionId}$`));
  });

  it("a get that fails is a ConnectError with the vendor's status", async () => {
    const input = (await getInputFor(vendor, null)) as { params: Json };
    // 401 where the get declares it, else the first 4xx it declares (Airbyte's: 403, 404); a get
    // that declares none gets Prism's 404 ("the requested status code is not defined").
    const declared = await documentedClientErrors(vendor, definition(vendor).operations.get);
    const status = declared.includes(401) ? 401 : (declared[0] ?? 404);
    const failing = patchbay.getConnection(vendor, {
      ...input,
      params: {
        ...input.params,
        header: { ...(input.params.header as Json), Prefer: `code=${status}` },
      },
    } as never);
    await expect(failing).rejects.toMatchObject({ name: "ConnectError", status, vendor });
  });
});

/**
 * The field the stub below drives: a rule's one field, or, for a status read from several
 * (`first`), the last of them (the earlier ones, such as an error, stay as the mock answers).
 */
function drivenField(rule: Exclude<StatusRule, string>) {
  return "first" in rule ? (rule.first.at(-1) ?? { pointer: [] }) : rule;
}

/** A raw status value that the vendor's connection rule reads as `want`, if there is one. */
function rawStatus(rule: StatusRule, want: "pending" | "disconnected" | "connected"): unknown {
  if (typeof rule === "string") return undefined;
  const field = drivenField(rule);
  const mapped = Object.entries(field.values ?? {}).find(([, status]) => status === want)?.[0];
  if (mapped !== undefined) return mapped === "true" ? true : mapped === "false" ? false : mapped;
  return rule.otherwise === want && !field.present ? "__no_such_state__" : undefined;
}

/**
 * A stateful stub in front of a vendor's Prism mock: every request goes to Prism; the answers to
 * the get operation's method and path have their status field set to `states[n]` for the n-th get, then pass
 * as Prism answered (its connected example).
 */
async function statefulStub(
  vendor: VendorName,
  states: unknown[],
): Promise<{ url: string; gets: () => number; close(): Promise<void> }> {
  const { connection } = definition(vendor);
  const pointer =
    typeof connection.status === "string" ? [] : [...drivenField(connection.status).pointer];
  const record = [...((registry[vendor] as { record?: readonly string[] }).record ?? [])];
  const get = definition(vendor).operations.get;
  const getPath = new RegExp(`^${get.path.replace(/\{[^}]+\}/g, "[^/]+")}$`);
  let gets = 0;
  const server: Server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const upstream = await fetch(`${mocks.urls[vendor]}${request.url}`, {
      method: request.method,
      headers: request.headers as Record<string, string>,
      ...(chunks.length > 0 && { body: Buffer.concat(chunks) }),
    });
    let body = await upstream.text();
    const isGet =
      request.method === get.method.toUpperCase() &&
      getPath.test(new URL(request.url ?? "", "http://stub").pathname);
    if (isGet && upstream.ok && gets++ < states.length) {
      const json = JSON.parse(body);
      let node = json;
      // A field under one the example leaves null (Plaid's item.error) gets its object made.
      for (const token of [...record, ...pointer.slice(0, -1)]) {
        if (node[token] === null || typeof node[token] !== "object") node[token] = {};
        node = node[token];
      }
      node[pointer.at(-1) as string] = states[gets - 1];
      body = JSON.stringify(json);
    }
    response.writeHead(upstream.status, {
      "content-type": upstream.headers.get("content-type") ?? "application/json",
    });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    gets: () => gets,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

// Vendors whose connections can read as pending (or disconnected): the others exist only once
// connected, so there is nothing to wait for, and they are listed as such.
const canBe = (want: "pending" | "disconnected") =>
  vendorNames.filter(
    (vendor) => rawStatus(definition(vendor).connection.status, want) !== undefined,
  );

describe("waitForConnection against a stateful stub in front of Prism", () => {
  it("has vendors to wait on", () => {
    expect(canBe("pending").length).toBeGreaterThan(0);
  });

  it.each(canBe("pending"))("%s: pending, pending, then connected", async (vendor) => {
    const { status } = definition(vendor).connection;
    const pending = rawStatus(status, "pending");
    // then connected: the get example's (Prism answers it), or, where the document has none and
    // Prism makes one up, the value the sidecar reads as connected
    const connected = rawStatus(status, "connected");
    const stub = await statefulStub(vendor, [
      pending,
      pending,
      ...(connected === undefined ? [] : [connected]),
    ]);
    try {
      const seen: string[] = [];
      const waiting = createPatchbay(optionsFor({ ...mocks.urls, [vendor]: stub.url }));
      const connection = await waiting.waitForConnection(vendor, await getInputFor(vendor, null), {
        intervalMs: 10,
        timeoutMs: 10_000,
        onPoll: (polled) => seen.push(polled.status),
      });
      expect(connection.status).toBe("connected");
      expect(seen).toEqual(["pending", "pending", "connected"]);
      expect(stub.gets()).toBe(3);
    } finally {
      await stub.close();
    }
  });

  it.each(canBe("disconnected"))(
    "%s: disconnected rejects with reason disconnected",
    async (vendor) => {
      const stub = await statefulStub(vendor, [
        rawStatus(definition(vendor).connection.status, "disconnected"),
      ]);
      try {
        const waiting = createPatchbay(optionsFor({ ...mocks.urls, [vendor]: stub.url }));
        const error = await waiting
          .waitForConnection(vendor, await getInputFor(vendor, null), { intervalMs: 10 })
          .catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(WaitForConnectionError);
        expect(error).toMatchObject({
          reason: "disconnected",
          vendor,
          connection: { status: "disconnected" },
        });
      } finally {
        await stub.close();
      }
    },
  );

  it.each(canBe("pending"))(
    "%s: times out, and is aborted, with the last status read",
    async (vendor) => {
      const pending = rawStatus(definition(vendor).connection.status, "pending");
      const stub = await statefulStub(vendor, Array(1000).fill(pending));
      try {
        const waiting = createPatchbay(optionsFor({ ...mocks.urls, [vendor]: stub.url }));
        const input = await getInputFor(vendor, null);
        const timedOut = await waiting
          .waitForConnection(vendor, input, { intervalMs: 20, timeoutMs: 1_000 })
          .catch((caught: unknown) => caught);
        expect(timedOut).toMatchObject({
          name: "WaitForConnectionError",
          reason: "timeout",
          connection: { status: "pending" },
        });
        const controller = new AbortController();
        setTimeout(() => controller.abort(), 300);
        const aborted = await waiting
          .waitForConnection(vendor, input, { intervalMs: 20, signal: controller.signal })
          .catch((caught: unknown) => caught);
        expect(aborted).toMatchObject({ name: "WaitForConnectionError", reason: "aborted" });
      } finally {
        await stub.close();
      }
    },
  );
});

describe("a vendor without an operation", () => {
  it("is refused from JavaScript with a ConfigurationError naming what it does not offer", async () => {
    const patched = createPatchbay(optionsFor(mocks.urls));
    const vendor = vendorNames[0] as VendorName;
    const operations = definition(vendor).operations as Partial<Record<string, unknown>>;
    const saved = operations.get;
    delete operations.get;
    try {
      const error = await patched
        .getConnection(vendor, {} as never)
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message).toContain(
        `${vendor} has no operation to get one connection`,
      );
    } finally {
      operations.get = saved;
    }
  });
});
