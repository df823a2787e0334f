import { describe, expect, it } from "vitest";
import { durationMs, expiresAtFrom } from "../src/duration.js";

const hour = 3_600_000;

describe("durationMs", () => {
  it.each([
    ["1h", hour],
    ["3600", hour],
    [3600, hour],
    ["PT1H", hour],
    ["pt1h", hour],
    ["1 hour", hour],
    ["an hour", hour],
    ["60 minutes", hour],
    ["60min", hour],
    ["1h30m", 1.5 * hour],
    ["1 hour and 30 minutes", 1.5 * hour],
    ["1 hour, 30 mins", 1.5 * hour],
    ["1.5 hours", 1.5 * hour],
    ["PT1H30M", 1.5 * hour],
    ["PT0.5S", 500],
    ["P1D", 24 * hour],
    ["P1DT12H", 36 * hour],
    ["P2W", 14 * 24 * hour],
    ["90s", 90_000],
    ["90 seconds", 90_000],
    ["500ms", 500],
    ["2 days", 48 * hour],
    [" 10 Minutes ", 600_000],
    ["0", 0],
  ])("reads %j", (text, ms) => {
    expect(durationMs(text)).toBe(ms);
  });

  it.each([
    [null],
    [undefined],
    [""],
    ["soon"],
    ["1 fortnight"],
    ["P1M"],
    ["P1Y"],
    ["P"],
    ["PT"],
    ["h"],
    ["1h later"],
    ["-5"],
    [-5],
    [Number.NaN],
    [{}],
  ])("gives undefined for %j", (value) => {
    expect(durationMs(value)).toBeUndefined();
  });
});

describe("expiresAtFrom", () => {
  const receivedAt = new Date("2025-11-07T05:00:00.000Z");

  it("adds the lifetime to when the answer arrived", () => {
    expect(expiresAtFrom("1 hour", receivedAt)).toBe("2025-11-07T06:00:00.000Z");
    expect(expiresAtFrom("PT15M", receivedAt)).toBe("2025-11-07T05:15:00.000Z");
  });

  it("is null when there is no lifetime, or one it cannot read", () => {
    expect(expiresAtFrom(null, receivedAt)).toBeNull();
    expect(expiresAtFrom("until the cows come home", receivedAt)).toBeNull();
    expect(expiresAtFrom(`${Number.MAX_SAFE_INTEGER}`, receivedAt)).toBeNull();
  });
});
