import { describe, expect, it } from "vitest";
import { tasksFromSummaries, testsFromReports } from "./cold-ci.ts";

describe("the cold suite's slowest tasks and tests", () => {
  it("reads every executed task of every turbo run summary, slowest first", () => {
    const summaries = [
      {
        tasks: [
          { taskId: "@patchbay/runtime#build", execution: { startTime: 1_000, endTime: 4_000 } },
          { taskId: "//#generate", cache: { status: "HIT" } },
        ],
      },
      {
        tasks: [
          {
            taskId: "@patchbay/release#test",
            execution: { startTime: 10_000, endTime: 70_000 },
            cache: { status: "MISS" },
          },
        ],
      },
    ];
    expect(tasksFromSummaries(summaries)).toEqual([
      { task: "@patchbay/release#test", ms: 60_000, cache: "MISS" },
      { task: "@patchbay/runtime#build", ms: 3_000, cache: "?" },
    ]);
  });

  it("reads every test of every vitest JSON report, slowest first, naming its workspace", () => {
    const report = (durations: number[]) => ({
      testResults: [
        { assertionResults: durations.map((duration) => ({ fullName: `t${duration}`, duration })) },
      ],
    });
    const tests = testsFromReports([
      { workspace: "tools/release", report: report([246_567.4]) },
      { workspace: "packages/runtime", report: report([12, 4_062]) },
      { workspace: "bench", report: {} },
    ]);
    expect(tests.map(({ workspace, ms }) => `${workspace} ${ms}`)).toEqual([
      "tools/release 246567",
      "packages/runtime 4062",
      "packages/runtime 12",
    ]);
  });
});
