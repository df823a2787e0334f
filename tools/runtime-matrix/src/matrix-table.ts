// The matrix as one table, runtime × check, and one line per failed cell naming its runtime.
// Also printed by `pnpm test` (tools/test-runner/run-tests.ts) from the results file the test writes.
import { formatTable } from "@patchbay/common/text-table";
import { checkNames } from "../program/checks.mjs";
import type { MatrixResult, RuntimeRow } from "./run-matrix.ts";

export { checkNames };

/** The results file the matrix test writes (a turbo output, so a cache hit prints it too). */
export const MATRIX_RESULTS_FILE = "runtime-matrix-results.json";

export interface Cell {
  /** `null`: the runtime has no such thing (workerd has no `require`). */
  ok: boolean | null;
  detail: string;
}

/** One cell; a runtime that gave no result fails every cell with the reason. */
export function cellOf(row: RuntimeRow, check: string): Cell {
  const lacking = row.lacks?.[check];
  if (lacking !== undefined) return { ok: null, detail: lacking };
  if (row.failure !== undefined) return { ok: false, detail: row.failure };
  return row.checks[check] ?? { ok: false, detail: "the program did not report this check" };
}

export function formatMatrix(result: Pick<MatrixResult, "rows">): string {
  const table = formatTable(
    result.rows.map((row) => ({
      runtime: `${row.runtime} (${row.version})`,
      ...Object.fromEntries(
        checkNames.map((check) => {
          const { ok } = cellOf(row, check);
          return [check, ok === null ? "n/a" : ok ? "ok" : "FAILED"];
        }),
      ),
      time: `${row.seconds.toFixed(1)}s`,
    })),
  );
  return [table, ...failureLines(result)].join("\n");
}

/** `✗ Deno × 429 → retry once: ...` for every failed cell. */
export function failureLines(result: Pick<MatrixResult, "rows">): string[] {
  return result.rows.flatMap((row) =>
    checkNames.flatMap((check) => {
      const cell = cellOf(row, check);
      return cell.ok === false ? [`✗ ${row.runtime} × ${check}: ${cell.detail}`] : [];
    }),
  );
}

/** `Deno × 429 → retry once: ok, 2 attempts, 1.0 s` for every cell: what each check saw. */
export function detailLines(result: Pick<MatrixResult, "rows">): string[] {
  return result.rows.flatMap((row) =>
    checkNames.map((check) => {
      const { ok, detail } = cellOf(row, check);
      return `${row.runtime} × ${check}: ${ok === null ? "n/a" : ok ? "ok" : "FAILED"}, ${detail}`;
    }),
  );
}
