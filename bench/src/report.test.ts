import { describe, expect, it } from "vitest";
import { evaluateGoals } from "./goals.ts";
import { parseTestRun } from "./pipeline.ts";
import { END, markdownTable, replaceBetweenMarkers, START } from "./report.ts";

describe("replaceBetweenMarkers", () => {
  it("replaces only what is between the markers", () => {
    const readme = `# bench\n${START}\nold\n${END}\nafter\n`;
    expect(replaceBetweenMarkers(readme, "new")).toBe(`# bench\n${START}\nnew\n${END}\nafter\n`);
  });

  it("refuses a README without markers", () => {
    expect(() => replaceBetweenMarkers("# bench\n", "new")).toThrow(/needs/);
  });
});

describe("markdownTable", () => {
  it("renders a header, a separator and a line per row", () => {
    expect(markdownTable(["a", "b"], [[1, "x"]])).toBe("| a | b |\n| --- | --- |\n| 1 | x |");
  });
});

describe("evaluateGoals", () => {
  it("reports every goal as not measured when nothing ran", () => {
    const goals = evaluateGoals({});
    expect(goals).toHaveLength(7);
    expect(goals.every((goal) => goal.met === null)).toBe(true);
  });

  it("judges the runtime budget from the bundle sizes", () => {
    const bundle = {
      measuredAt: "",
      loadAverage: 0,
      esbuild: "0",
      sizes: [],
      runtimeOverOpenapiFetchBytes: 1600,
    };
    const runtime = evaluateGoals({ bundle }).find((goal) => goal.goal.includes("runtime"));
    expect(runtime?.met).toBe(false);
    expect(
      evaluateGoals({ bundle: { ...bundle, runtimeOverOpenapiFetchBytes: 1200 } }).find((goal) =>
        goal.goal.includes("runtime"),
      )?.met,
    ).toBe(true);
  });
});

describe("parseTestRun", () => {
  it("adds up every turbo summary and is FULL TURBO only when each one is", () => {
    const output = [
      "Cached:    2 cached, 2 total",
      "  Time:    187ms >>> FULL TURBO",
      "//#lint: cache miss, executing da3c7e507e58e947",
      "@patchbay/datagrid:test: cache hit, replaying logs 6a3a4ddbeec2449a",
      "Cached:    7 cached, 12 total",
      "  Time:    20s",
      "82 passed, 1 failed, 0 skipped",
    ].join("\n");
    const run = parseTestRun({ command: "pnpm test", wallMs: 1000, exitCode: 1, output });
    expect(run).toMatchObject({ cached: 9, total: 14, fullTurbo: false, missed: ["//#lint"] });
    expect(run.summary).toBe("82 passed, 1 failed, 0 skipped");
  });
});
