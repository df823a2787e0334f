import { describe, expect, it } from "vitest";
import { alternatingOrder, logLogSlope, median, ratio } from "./stats.ts";

describe("median", () => {
  it("takes the middle value, or the mean of the two middle ones", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe("ratio", () => {
  it("divides and rounds to two decimals; NaN without a baseline", () => {
    expect(ratio(1, 3)).toBe(0.33);
    expect(ratio(5, 0)).toBeNaN();
    expect(ratio(undefined, 2)).toBeNaN();
  });
});

describe("logLogSlope", () => {
  it("is 1 for linear growth, 2 for quadratic, 0 for constant", () => {
    const sizes = [1, 10, 100, 1000];
    expect(logLogSlope(sizes.map((x) => ({ x, y: 3 * x })))).toBeCloseTo(1);
    expect(logLogSlope(sizes.map((x) => ({ x, y: x * x })))).toBeCloseTo(2);
    expect(logLogSlope(sizes.map((x) => ({ x, y: 7 })))).toBeCloseTo(0);
  });
});

describe("alternatingOrder", () => {
  it("reverses the order on odd rounds", () => {
    expect(alternatingOrder(["a", "b", "c"], 0)).toEqual(["a", "b", "c"]);
    expect(alternatingOrder(["a", "b", "c"], 1)).toEqual(["c", "b", "a"]);
  });
});
