import { describe, expect, it } from "vitest";
import { alternatingOrder, linearFit, logLogSlope, median, ratio } from "./stats.ts";

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

describe("linearFit", () => {
  it("finds the line through points on a line, r² 1", () => {
    expect(
      linearFit([
        { x: 0, y: 2 },
        { x: 10, y: 7 },
        { x: 20, y: 12 },
      ]),
    ).toEqual({ intercept: 2, slope: 0.5, r2: 1 });
  });

  it("says how much of the spread the line explains", () => {
    const { slope, r2 } = linearFit([
      { x: 0, y: 0 },
      { x: 1, y: 2 },
      { x: 2, y: 1 },
      { x: 3, y: 3 },
    ]);
    expect(slope).toBeCloseTo(0.8);
    expect(r2).toBeCloseTo(0.64);
  });

  it("is NaN without two distinct x", () => {
    expect(linearFit([{ x: 1, y: 1 }]).slope).toBeNaN();
    expect(linearFit([]).r2).toBeNaN();
  });
});
