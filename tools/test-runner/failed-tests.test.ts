import { describe, expect, it } from "vitest";
import { failedTests } from "./failed-tests.ts";

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
