import { describe, expect, it } from "vitest";
import type { ConnectionRules } from "../src/define-vendor.js";
import { epochTime, readConnection, readConnectionStart } from "../src/mapping.js";
import { registry } from "../src/registry.generated.js";

// What real answers say that a single field cannot: a status that needs two fields, and times in
// seconds or milliseconds since 1970 (sidecar `status: { first: [...] }`, `{ epoch, unit }`).
const receivedAt = new Date("2026-12-06T12:00:00.000Z");
const rules = (overrides: Partial<ConnectionRules>): ConnectionRules => ({
  connectionId: ["id"],
  status: "connected",
  name: null,
  createdAt: null,
  ...overrides,
});

describe("a status that needs two fields: the first test that gives a word", () => {
  // An item is broken when it carries an error (login required → the user must act again),
  // else its state says.
  const status: ConnectionRules["status"] = {
    first: [
      {
        pointer: ["error", "error_code"],
        values: { ITEM_LOGIN_REQUIRED: "authorization_required" },
        present: "disconnected",
      },
      { pointer: ["state"], values: { ready: "connected", syncing: "pending" } },
    ],
    otherwise: "pending",
  };
  const read = (body: unknown) => readConnection(rules({ status }), body, receivedAt).status;

  it("reads the error first, by value, then by its presence", () => {
    expect(read({ id: "i", error: { error_code: "ITEM_LOGIN_REQUIRED" }, state: "ready" })).toBe(
      "authorization_required",
    );
    expect(read({ id: "i", error: { error_code: "INSTITUTION_DOWN" }, state: "ready" })).toBe(
      "disconnected",
    );
  });

  it("reads the state where the error gives nothing, and otherwise for what neither names", () => {
    expect(read({ id: "i", error: null, state: "ready" })).toBe("connected");
    expect(read({ id: "i", state: "syncing" })).toBe("pending");
    expect(read({ id: "i", state: "archived" })).toBe("pending");
    expect(read("not an object")).toBe("pending");
  });
});

describe("times in seconds or milliseconds since 1970", () => {
  const createdAt = (unit: "s" | "ms", body: unknown) =>
    readConnection(
      rules({ createdAt: { epoch: ["created"], unit, read: epochTime } }),
      body,
      receivedAt,
    ).createdAt;

  it("become ISO times, from a number or a string of digits", () => {
    expect(createdAt("ms", { created: 1_764_988_800_000 })).toBe("2025-12-06T02:40:00.000Z");
    expect(createdAt("s", { created: 1_764_988_800 })).toBe("2025-12-06T02:40:00.000Z");
    expect(createdAt("s", { created: "1764988800" })).toBe("2025-12-06T02:40:00.000Z");
  });

  it("are null for anything else, never an Invalid Date", () => {
    for (const created of [null, "yesterday", "", Number.NaN, 1e20, { at: 1 }, true])
      expect(createdAt("ms", { created }), String(created)).toBeNull();
    expect(createdAt("ms", {})).toBeNull();
  });
});

describe("the authorization URL an app redirects to is an http(s) URL, or null", () => {
  const start = {
    connectionId: null,
    status: "authorization_required" as const,
    authorizationUrl: [] as string[],
    expiresAt: null,
  };
  it.each([
    ["https://example.com/oauth?x=1", "https://example.com/oauth?x=1"],
    ["HTTP://127.0.0.1:8080/cb", "HTTP://127.0.0.1:8080/cb"],
    ["javascript:alert(document.cookie)", null],
    ["//evil.example/phish", null],
    ["data:text/html,<script>", null],
    ["https://", null],
    ["{}", null],
  ])("%s → %s", (body, expected) => {
    expect(readConnectionStart(start, body, receivedAt).authorizationUrl).toBe(expected);
  });
});

// Each definition with its lifecycle rules (a generated definition loads them with `rules()`).
const withRules = await Promise.all(
  Object.entries(registry).map(
    async ([vendor, definition]) =>
      [vendor, { ...definition, ...(await definition.rules?.()) }] as const,
  ),
);

describe("every status value each vendor's sidecar maps reads as its word", () => {
  // From the registry: each `values` entry of each rule, put at its pointer in an otherwise
  // empty answer, reads as the word the sidecar gives it (the first test of several wins).
  const rulesOf = (definition: (typeof registry)[keyof typeof registry]) =>
    Object.entries({
      start: definition.start.status,
      connection: (definition as { connection?: ConnectionRules }).connection?.status,
      listItem: (definition as { listItem?: ConnectionRules }).listItem?.status,
      completed: (definition as { completed?: ConnectionRules }).completed?.status,
    }).filter((entry): entry is [string, ConnectionRules["status"]] => entry[1] !== undefined);
  const cases = withRules.flatMap(([vendor, definition]) =>
    rulesOf(definition).flatMap(([where, rule]) => {
      if (typeof rule === "string") return [];
      const tests = "first" in rule ? rule.first : [rule];
      // Only the first test's values are certain to win: later tests read after it gives nothing.
      return tests
        .slice(0, 1)
        .flatMap((test) =>
          Object.entries(test.values ?? {}).map(
            ([value, word]) =>
              [
                `${vendor} ${where} ${test.pointer.join("/")}=${value}`,
                test.pointer,
                value,
                word,
                rule,
              ] as const,
          ),
        );
    }),
  );
  it("has cases", () => expect(cases.length).toBeGreaterThan(20));
  it.each(cases)("%s", (_, pointer, value, word, rule) => {
    const raw =
      value === "true"
        ? true
        : value === "false"
          ? false
          : /^\d+$/.test(value)
            ? Number(value)
            : value;
    const body: Record<string, unknown> = {};
    let node = body;
    for (const token of pointer.slice(0, -1)) {
      const child: Record<string, unknown> = {};
      node[token] = child;
      node = child;
    }
    node[pointer.at(-1) as string] = raw;
    expect(readConnection(rules({ status: rule }), body, receivedAt).status).toBe(word);
  });
});
