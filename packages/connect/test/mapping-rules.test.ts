import { describe, expect, it } from "vitest";
import type { ConnectionRules } from "../src/define-vendor.js";
import { readConnection } from "../src/mapping.js";

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
    readConnection(rules({ createdAt: { epoch: ["created"], unit } }), body, receivedAt).createdAt;

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
