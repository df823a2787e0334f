// Properties of what a faulty server sends in `Retry-After` / `retry-after-ms`: arbitrary strings,
// real Headers, delta-seconds, HTTP-dates and numbers too long to be finite.

import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { retryAfterMs } from "../src/index.js";

/** A `Headers`-like object: any strings, even those `Headers` would refuse. */
const headersOf = (values: Record<string, string | undefined>) => ({
  get: (name: string) => values[name] ?? null,
});
const isWait = (wait: number | undefined) =>
  wait === undefined || (Number.isFinite(wait) && wait >= 0);

describe("retryAfterMs over arbitrary input", () => {
  const runs = { numRuns: Number(process.env.FC_RUNS ?? 500) };

  it("never throws, and gives undefined or a finite wait of at least 0", () => {
    fc.assert(
      fc.property(
        fc.option(fc.string({ unit: "binary", maxLength: 40 }), { nil: undefined }),
        fc.option(fc.string({ unit: "binary", maxLength: 40 }), { nil: undefined }),
        (retryAfter, retryAfterMsHeader) => {
          const wait = retryAfterMs(
            headersOf({ "retry-after": retryAfter, "retry-after-ms": retryAfterMsHeader }),
          );
          expect(isWait(wait), String(wait)).toBe(true);
        },
      ),
      runs,
    );
  });

  it("the same through real Headers, over header-safe strings and number-like ones", () => {
    const numberLike = fc.stringMatching(
      /^[ \t]{0,2}[-+]?\d{0,400}(\.\d{0,5})?(e\d{1,3})?[ \t]{0,2}$/,
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map(String.fromCharCode) }),
          numberLike,
        ),
        fc.oneof(
          fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map(String.fromCharCode) }),
          numberLike,
        ),
        (retryAfter, retryAfterMsHeader) => {
          const wait = retryAfterMs(
            new Headers({ "retry-after": retryAfter, "retry-after-ms": retryAfterMsHeader }),
          );
          expect(isWait(wait), String(wait)).toBe(true);
        },
      ),
      runs,
    );
  });

  it("reads delta-seconds exactly, with any surrounding blanks and a fraction", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 10_000_000 }),
        fc.option(fc.stringMatching(/^\d{1,3}$/), { nil: undefined }),
        fc.stringMatching(/^[ \t]{0,3}$/),
        fc.stringMatching(/^[ \t]{0,3}$/),
        (whole, fraction, before, after) => {
          const text = `${whole}${fraction === undefined ? "" : `.${fraction}`}`;
          expect(retryAfterMs(headersOf({ "retry-after": `${before}${text}${after}` }))).toBe(
            Math.ceil(Number(text) * 1000),
          );
        },
      ),
      runs,
    );
  });

  it("reads retry-after-ms first when it is a number, else falls back to Retry-After", () => {
    fc.assert(
      fc.property(fc.nat({ max: 1_000_000 }), fc.nat({ max: 1000 }), fc.string(), (ms, s, junk) => {
        expect(retryAfterMs(headersOf({ "retry-after-ms": `${ms}`, "retry-after": `${s}` }))).toBe(
          ms,
        );
        // a retry-after-ms that is not digits alone is ignored
        expect(
          retryAfterMs(headersOf({ "retry-after-ms": `x${junk}`, "retry-after": `${s}` })),
        ).toBe(s * 1000);
      }),
      runs,
    );
  });

  it("a number too long to be finite (400 digits) is no wait at all", () => {
    const huge = "9".repeat(400);
    expect(retryAfterMs(headersOf({ "retry-after": huge }))).toBeUndefined();
    expect(retryAfterMs(headersOf({ "retry-after-ms": huge, "retry-after": "2" }))).toBe(2000);
  });

  describe("HTTP-dates", () => {
    const now = Date.parse("2025-06-01T12:00:00Z");
    beforeAll(() => {
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(now);
    });
    afterAll(() => {
      vi.useRealTimers();
    });

    it("a future date is the time until it, to the millisecond; a past one is undefined", () => {
      fc.assert(
        fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), (seconds) => {
          const date = new Date(now + seconds * 1000).toUTCString();
          const wait = retryAfterMs(headersOf({ "retry-after": date }));
          if (seconds >= 0) expect(wait).toBe(seconds * 1000);
          else expect(wait).toBeUndefined();
        }),
        runs,
      );
    });
  });
});
