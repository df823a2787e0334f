// The retry decision as the two pure functions the runtime calls: whether, and how long to wait.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { retryDelayMs, shouldRetry } from "../src/index.js";

describe("shouldRetry", () => {
  const base = { attempt: 1, maxRetries: 2, idempotent: false };
  it.each([
    [429, false, true],
    [503, false, true],
    [500, false, false],
    [500, true, true],
    [408, true, true],
    [501, true, false],
    [400, true, false],
    [undefined, false, false],
    [undefined, true, true],
  ] as const)("status %s, idempotent %s → %s", (status, idempotent, expected) => {
    expect(shouldRetry({ ...base, status, idempotent })).toBe(expected);
  });

  it("never after maxRetries retries", () => {
    expect(shouldRetry({ ...base, attempt: 3, status: 429 })).toBe(false);
    expect(shouldRetry({ ...base, maxRetries: 0, status: 503 })).toBe(false);
  });
});

describe("retryDelayMs", () => {
  it("takes the server's wait, else backoff doubling from baseDelayMs, capped, less up to 25 %", () => {
    expect(retryDelayMs(1, 1234)).toBe(1234);
    expect(retryDelayMs(1, undefined, {}, () => 0)).toBe(500);
    expect(retryDelayMs(3, undefined, {}, () => 0)).toBe(2000);
    expect(retryDelayMs(10, undefined, {}, () => 0)).toBe(8000);
    expect(retryDelayMs(1, undefined, { baseDelayMs: 100 }, () => 0.999_999)).toBe(75);
  });

  it("gives up (undefined) past maxRetryAfterMs; Infinity waits, clamped to what setTimeout takes", () => {
    expect(retryDelayMs(1, 61_000)).toBeUndefined();
    expect(retryDelayMs(1, 30 * 86_400_000, { maxRetryAfterMs: Infinity })).toBe(2_147_483_647);
  });

  it("property: a finite wait in [0, 2^31 - 1], or undefined", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.option(fc.double({ min: 0, max: 1e12, noNaN: true }), { nil: undefined }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (attempt, server, random) => {
          const wait = retryDelayMs(attempt, server, { maxRetryAfterMs: Infinity }, () => random);
          expect(wait !== undefined && wait >= 0 && wait <= 2_147_483_647).toBe(true);
        },
      ),
    );
  });
});
