import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { failedTasks, failedTests } from "./failed-tests.ts";

describe("failedTests", () => {
  const root = "/repo";
  it("names each failed test with its file and the first line of its failure", () => {
    const lines = failedTests(
      {
        testResults: [
          {
            name: "/repo/packages/runtime/test/retry.test.ts",
            status: "failed",
            assertionResults: [
              { fullName: "429 waits", status: "passed", failureMessages: [] },
              {
                fullName: "429 waits for Retry-After",
                status: "failed",
                failureMessages: [
                  "\nAssertionError: expected 99 to be >= 115\n    at retry.test.ts:16",
                ],
              },
            ],
          },
        ],
      },
      root,
    );
    expect(lines).toEqual([
      "FAIL packages/runtime/test/retry.test.ts > 429 waits for Retry-After: AssertionError: expected 99 to be >= 115",
    ]);
  });

  it("names a file that failed outside any test (a hook, an import)", () => {
    const lines = failedTests(
      {
        testResults: [
          {
            name: "/repo/packages/connect/test/cli.test.ts",
            status: "failed",
            message: "Hook timed out in 60000ms.\nIf this is a long-running hook…",
            assertionResults: [{ fullName: "connect", status: "skipped" }],
          },
          {
            name: "/repo/packages/connect/test/ok.test.ts",
            status: "passed",
            assertionResults: [],
          },
        ],
      },
      root,
    );
    expect(lines).toEqual(["FAIL packages/connect/test/cli.test.ts: Hook timed out in 60000ms."]);
  });

  it("lists nothing when every test passed", () => {
    expect(failedTests({ testResults: [] }, root)).toEqual([]);
    expect(failedTests({}, root)).toEqual([]);
  });
});

describe("failedTasks", () => {
  it("names each task that exited non-zero, with the end of its log, colours removed", () => {
    const root = mkdtempSync(join(tmpdir(), "failed-tasks-"));
    mkdirSync(join(root, "packages/acme/.turbo"), { recursive: true });
    writeFileSync(
      join(root, "packages/acme/.turbo/turbo-typecheck.log"),
      [
        "> @patchbay/acme@0.1.0 typecheck",
        "> tsc --noEmit",
        "",
        "\u001b[31msrc/index.ts(9,56): error TS5097: An import path can only end with a '.ts' extension\u001b[39m",
        ...Array.from({ length: 12 }, (_, index) => `  code frame line ${index}`),
        "Found 1 error.",
        " ELIFECYCLE  Command failed with exit code 2.",
      ].join("\n"),
    );
    const lines = failedTasks(
      [
        {
          tasks: [
            { taskId: "@patchbay/acme#build", execution: { exitCode: 0 } },
            {
              taskId: "@patchbay/acme#typecheck",
              logFile: "packages/acme/.turbo/turbo-typecheck.log",
              execution: { exitCode: 2 },
            },
            { taskId: "@patchbay/acme#lint", logFile: "missing.log", execution: { exitCode: 1 } },
            { taskId: "@patchbay/acme#test" },
          ],
        },
      ],
      root,
    );
    expect(lines).toEqual([
      "FAIL @patchbay/acme#typecheck (exit 2)",
      // the diagnostic, though 13 lines from the end, then the log's last 8 lines
      "  src/index.ts(9,56): error TS5097: An import path can only end with a '.ts' extension",
      ...Array.from({ length: 7 }, (_, index) => `    code frame line ${index + 5}`),
      "  Found 1 error.",
      "FAIL @patchbay/acme#lint (exit 1)",
    ]);
  });
});
