// What `pnpm test` prints last, beside its count: which tests failed, from vitest's JSON reports.

/** The parts of vitest's JSON reporter output read here. */
export interface VitestJsonReport {
  numPassedTests?: number;
  numFailedTests?: number;
  numPendingTests?: number;
  numTodoTests?: number;
  testResults?: {
    name: string;
    status: string;
    message?: string;
    assertionResults?: { fullName: string; status: string; failureMessages?: string[] }[];
  }[];
}

/**
 * `FAIL <file> > <test>: <the failure's first line>` for each failed test, and for a test file
 * that failed with no failed test (a hook that timed out, an import that threw).
 */
export function failedTests(report: VitestJsonReport, root: string): string[] {
  const firstLine = (text: string | undefined) =>
    (text ?? "")
      .split("\n")
      .find((line) => line.trim() !== "")
      ?.trim()
      .slice(0, 300) ?? "";
  const lines: string[] = [];
  for (const suite of report.testResults ?? []) {
    const file = suite.name.startsWith(root) ? suite.name.slice(root.length + 1) : suite.name;
    const failedCases = (suite.assertionResults ?? []).filter((test) => test.status === "failed");
    for (const test of failedCases)
      lines.push(`FAIL ${file} > ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`);
    if (failedCases.length === 0 && suite.status === "failed")
      lines.push(`FAIL ${file}: ${firstLine(suite.message)}`);
  }
  return lines;
}
