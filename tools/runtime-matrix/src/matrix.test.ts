// The runtime matrix inside `pnpm test`: one vitest test per runtime × check, each failing with
// the runtime's name and what went wrong; the table goes to runtime-matrix-results.json, which
// tools/test-runner/run-tests.ts prints after the pipeline (also after a turbo cache hit).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { workLimitMs } from "@patchbay/common/work-limit";
import { publicPackageDirs } from "@patchbay/release/pack-release";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cellOf, checkNames, formatMatrix, MATRIX_RESULTS_FILE } from "./matrix-table.ts";
import { type MatrixResult, runMatrix } from "./run-matrix.ts";
import { runtimes } from "./runtimes.ts";

let result: MatrixResult | undefined;
const root = join(import.meta.dirname, "..", "..", "..");

// A hang guard derived from the work: every public package packed, one install, the Prism mock and
// the stub server, and one program on each runtime.
beforeAll(
  async () => {
    result = await runMatrix();
  },
  workLimitMs({ pack: publicPackageDirs(root).length, install: 1, process: runtimes().length + 2 }),
);

afterAll(() => {
  if (!result) return;
  writeFileSync(
    join(import.meta.dirname, "..", MATRIX_RESULTS_FILE),
    `${JSON.stringify({ rows: result.rows, seconds: result.seconds }, null, 2)}\n`,
  );
  console.log(`${formatMatrix(result)}\n${result.installed}`);
});

// What a runtime lacks (workerd: `require`) is an n/a cell, not a test.
const cells = runtimes().flatMap(({ name, lacks }) =>
  checkNames.filter((check) => !lacks?.[check]).map((check) => ({ runtime: name, check })),
);

describe("runtime matrix: the packed packages", () => {
  it.each(cells)("$runtime × $check", ({ runtime, check }) => {
    const row = result?.rows.find((candidate) => candidate.runtime === runtime);
    expect(row, `${runtime}: no row in the matrix`).toBeDefined();
    const cell = cellOf(row as NonNullable<typeof row>, check);
    expect(cell.ok, `${runtime} × ${check}: ${cell.detail}`).toBe(true);
  });
});
