import { describe, expect, it } from "vitest";
import { stepAllowanceMs, workLimitMs } from "./work-limit.ts";

describe("workLimitMs", () => {
  it("adds an allowance per step, so a limit grows with the work and not with the machine", () => {
    expect(workLimitMs({ typeCheck: 1 })).toBe(stepAllowanceMs.typeCheck);
    expect(workLimitMs({ pack: 7, install: 1 })).toBe(
      7 * stepAllowanceMs.pack + stepAllowanceMs.install,
    );
    expect(workLimitMs({ build: 12 })).toBe(12 * workLimitMs({ build: 1 }));
  });

  it("refuses a limit of nothing, a fraction of a step and an unknown step", () => {
    expect(() => workLimitMs({})).toThrow("name at least one step");
    expect(() => workLimitMs({ generate: 0.5 })).toThrow("generate must be a whole number");
    expect(() => workLimitMs({ build: -1 })).toThrow("build must be a whole number");
    expect(() => workLimitMs({ nap: 1 } as never)).toThrow('unknown step "nap"');
  });
});
