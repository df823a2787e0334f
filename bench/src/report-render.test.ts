import { describe, expect, it } from "vitest";
import type { BundleResults } from "./bundle-size.ts";
import { floorSubjects } from "./cold-floors.ts";
import type { ColdImportResults } from "./cold-import.ts";
import { evaluateGoals, type Results } from "./goals.ts";
import { type Machine, renderResults } from "./report.ts";

const machine: Machine = {
  node: "v20",
  platform: "linux x64",
  cpus: 2,
  cpuModel: "cpu",
  memoryGiB: 1,
  loadAverage: 0,
};
const render = (results: Results) =>
  renderResults({ machine, goals: evaluateGoals(results), ...results });

const bundle: BundleResults = {
  measuredAt: "2026-01-02T03:04:05.000Z",
  loadAverage: 0,
  esbuild: "0",
  sizes: [],
  runtimeOverOpenapiFetchBytes: 0,
};

describe("renderResults: the runtime's bytes by source file", () => {
  it("prints a table of each runtime source file's minified bytes with its share and the total", () => {
    const text = render({
      bundle: {
        ...bundle,
        runtimeBytesBySource: [
          { file: "packages/runtime/src/send.ts", minBytes: 300 },
          { file: "packages/runtime/src/client.ts", minBytes: 100 },
        ],
      },
    });
    expect(text).toContain("The runtime's bytes by source file (minified, before gzip)");
    expect(text).toContain(
      [
        "| source file | min bytes | share of the runtime |",
        "| --- | --- | --- |",
        "| `packages/runtime/src/send.ts` | 300 | 75% |",
        "| `packages/runtime/src/client.ts` | 100 | 25% |",
        "| all runtime sources | 400 | 100% |",
      ].join("\n"),
    );
  });

  it("prints no such table when the bytes by source file were not measured", () => {
    expect(render({ bundle })).not.toContain("bytes by source file");
  });
});

describe("renderResults: the cold-import floors", () => {
  const module = (subject: string, importMs: number, requireMs: number) => ({
    subject,
    importMs,
    requireMs,
    importProcessMs: 1,
    requireProcessMs: 2,
  });
  const cold = (modules: ColdImportResults["modules"]): ColdImportResults => ({
    measuredAt: "2026-01-02T03:04:05.000Z",
    loadAverage: 0,
    runs: 3,
    modules,
  });

  it("shows the floors' rows against openapi-fetch alone, and says what they are", () => {
    const [one, two] = Object.keys(floorSubjects) as [string, string];
    const text = render({
      coldImport: cold([
        module("openapi-fetch", 10, 4),
        module(one, 11, 4.5),
        module(two, 12, 5),
        module("@patchbay/datagrid", 15, 6),
      ]),
    });
    expect(text).toContain(
      "| module | `import()` ms | `require()` ms | vs openapi-fetch (import / require) |",
    );
    expect(text).toContain("| `openapi-fetch` | 10 | 4 | 1.00× / 1.00× | – | 1 / 2 |");
    expect(text).toContain(
      "| `floor: 1 package → openapi-fetch` | 11 | 4.5 | 1.10× / 1.13× | – | 1 / 2 |",
    );
    expect(text).toContain(
      "| `floor: 2 packages → openapi-fetch` | 12 | 5 | 1.20× / 1.25× | – | 1 / 2 |",
    );
    expect(text).toContain("| `@patchbay/datagrid` | 15 | 6 | 1.50× / 1.50× | – | 1 / 2 |");
    expect(text).toContain("The `floor: …` rows are synthetic packages with no code of their own");
  });

  it("leaves the floors' note out of a run that did not measure them", () => {
    const text = render({ coldImport: cold([module("openapi-fetch", 10, 4)]) });
    expect(text).toContain("| `openapi-fetch` | 10 | 4 |");
    expect(text).not.toContain("floor");
  });
});
