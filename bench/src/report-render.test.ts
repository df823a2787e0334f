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

  it("prints one column per build where each build was measured, `–` for a file a build leaves out", () => {
    const file = (name: string, minBytes: number) => ({
      file: `packages/runtime/src/${name}`,
      minBytes,
    });
    const text = render({
      bundle: {
        ...bundle,
        sizes: [
          {
            subject: "@patchbay/datagrid",
            minBytes: 2048,
            gzipBytes: 900,
            stubbedBuiltins: [],
            builds: {
              worker: { minBytes: 3000, gzipBytes: 950 },
              node: { minBytes: 4000, gzipBytes: 1200 },
            },
          },
        ],
        runtimeBytesByBuild: {
          browser: [file("send.ts", 300)],
          worker: [file("send.ts", 300), file("redirects.ts", 120)],
          node: [file("send.ts", 300), file("redirects.ts", 120), file("node-transport.ts", 500)],
        },
      },
    });
    expect(text).toContain("| `@patchbay/datagrid` | 2.0 KiB | 900 B | 950 B | 1200 B |");
    expect(text).toContain(
      [
        "| source file | browser | worker | node |",
        "| --- | --- | --- | --- |",
        "| `packages/runtime/src/node-transport.ts` | – | – | 500 |",
        "| `packages/runtime/src/send.ts` | 300 | 300 | 300 |",
        "| `packages/runtime/src/redirects.ts` | – | 120 | 120 |",
        "| all runtime sources | 300 | 420 | 920 |",
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

describe("renderResults: generation document by document, and each vendor's steps", () => {
  const documents = [
    {
      vendor: "plaid",
      file: "specs/plaid.yml",
      bytes: 2_983_410,
      operations: 300,
      published: true,
    },
    {
      vendor: "datagrid",
      file: "specs/datagrid.yaml",
      bytes: 19_339,
      operations: 0,
      published: false,
    },
  ];
  const documentGeneration = {
    measuredAt: "2026-01-02T03:04:05.000Z",
    loadAverage: 3,
    rounds: 3,
    how: "how",
    documents: documents.map((d) => ({
      ...d,
      ok: true,
      wallMs: d.vendor === "plaid" ? 6_000 : 300,
      cpuMs: d.vendor === "plaid" ? 9_000 : 1_000,
      processMs: 7_000,
      maxRssMiB: 400,
      runs: [],
    })),
    inRepository: {
      vendor: "datagrid",
      ok: true,
      wallMs: 20_000,
      cpuMs: 25_000,
      processMs: 21_000,
      maxRssMiB: 900,
      runs: [],
    },
  };

  it("prints each document by operations, and the single-vendor command in the repository", () => {
    const text = render({ documentGeneration });
    expect(text).toContain(
      "| `specs/datagrid.yaml` | no | 19 kB | 0 | 0.30 s | 1.00 s | 7.00 s | 400 MiB | ok |",
    );
    expect(text).toContain(
      "| `specs/plaid.yml` | yes | 3.0 MB | 300 | 6.00 s | 9.00 s | 7.00 s | 400 MiB | ok |",
    );
    expect(text).toContain("by operations, 0.30 s + 1.90 s per 100 operations (r² 1);");
    expect(text).toContain("`pnpm generate --check datagrid` (the smallest document) took 20.00 s");
    expect(text).toContain("Each published document generates in under 5 s | ");
  });

  it("prints each vendor's steps from the cold suite's tasks, and each step's growth", () => {
    const coldCi = {
      commit: "abcdef0",
      wallMs: 1,
      exitCode: 0,
      summary: "",
      loadBefore: 1,
      slowestTasks: [],
      slowestTests: [],
      documents,
      tasks: [
        { task: "//#generate:packages", ms: 10_000, cache: "MISS" },
        { task: "@patchbay/plaid#build", ms: 40_000, cache: "MISS" },
        { task: "@patchbay/datagrid#build", ms: 4_000, cache: "MISS" },
        { task: "@patchbay/plaid#test", ms: 30_000, cache: "MISS" },
        { task: "@patchbay/datagrid#test", ms: 3_000, cache: "MISS" },
      ],
    };
    const pipeline = {
      measuredAt: "2026-01-02T03:04:05.000Z",
      loadAverage: 3,
      coldCi,
      commit: "abcdef0",
      setupMs: 0,
      warmTest: { warmups: [], runs: [], medianWallMs: 0, unchangedRuns: 0 },
    };
    const byBytes = render({ pipeline });
    expect(byBytes).toContain(
      "| vendor | operations | document | generate (share) | build | type-check | contract (`#test`) | lint:package | total |",
    );
    expect(byBytes).toContain("| datagrid | 0 | 19 kB | 0.1 s | 4.0 s | – | 3.0 s | – | 7.1 s |");
    expect(byBytes).toContain(
      "| plaid | 300 | 3.0 MB | 9.9 s | 40.0 s | – | 30.0 s | – | 79.9 s |",
    );
    expect(byBytes).toContain("in proportion to each document's size in bytes");
    expect(byBytes).toContain("| build | 12.00 s | 4.00 s | 1 | – | 12.14 s | 1 | 2 |");
    expect(byBytes).toContain("| contract (`#test`) | 9.00 s | 3.00 s | 1 |");
    expect(byBytes).toContain("| typecheck | – | – | – | – | – | – | 0 |");
    const byCpu = render({ pipeline, documentGeneration });
    expect(byCpu).toContain("| datagrid | 0 | 19 kB | 1.0 s | 4.0 s |");
    expect(byCpu).toContain("in proportion to each document's own generation CPU time");
  });
});
