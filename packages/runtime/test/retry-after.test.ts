import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { retryAfterMs } from "../src/index.js";

const wait = (headers: Record<string, string>) => retryAfterMs(new Headers(headers));

describe("retryAfterMs", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2025-06-01T12:00:00Z"));
  });
  afterEach(() => vi.useRealTimers());

  it("reads retry-after-ms first", () => {
    expect(wait({ "retry-after-ms": "250", "retry-after": "9" })).toBe(250);
  });

  it("reads Retry-After as delta-seconds", () => {
    expect(wait({ "retry-after": "30" })).toBe(30_000);
    expect(wait({ "retry-after": "0" })).toBe(0);
    expect(wait({ "retry-after": "1.5" })).toBe(1500);
  });

  it("reads Retry-After as an HTTP-date", () => {
    expect(wait({ "retry-after": "Sun, 01 Jun 2025 12:00:45 GMT" })).toBe(45_000);
    expect(wait({ "retry-after": "Sunday, 01-Jun-25 12:01:00 GMT" })).toBe(60_000);
  });

  it("falls back past a garbage retry-after-ms", () => {
    expect(wait({ "retry-after-ms": "soon", "retry-after": "2" })).toBe(2000);
  });

  it.each<Record<string, string>>([
    {},
    { "retry-after": "" },
    { "retry-after": "soon" },
    { "retry-after": "-5" },
    { "retry-after": "0x10" },
    { "retry-after-ms": "-1" },
    { "retry-after": "Sun, 01 Jun 2025 11:59:00 GMT" },
  ])("gives undefined for %o", (headers) => expect(wait(headers)).toBeUndefined());
});
