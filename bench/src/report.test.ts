import { describe, expect, it } from "vitest";
import { TWO_PACKAGE_FLOOR } from "./cold-floors.ts";
import type { ColdImport } from "./cold-import.ts";
import { evaluateGoals } from "./goals.ts";
import { parseTestRun } from "./pipeline.ts";
import { END, markdownTable, replaceBetweenMarkers, START } from "./report.ts";
import { packageOf, vendors } from "./subjects.ts";
import type { ThroughputRow } from "./throughput.ts";

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

/** One throughput row: every ratio 1 unless `fields` says otherwise. */
const throughputRow = (client: string, fields: Partial<ThroughputRow> = {}): ThroughputRow => ({
  client,
  requestsPerSecond: 1,
  cpuUsPerCall: 0,
  requestsPerSecondVsFetch: 1,
  cpuVsFetch: 1,
  requestsPerSecondVsOpenapiFetch: 1,
  requestsPerSecondVsOpenapiFetchRange: [1, 1],
  ...fields,
});

/** Throughput results of one round with these rows. */
const throughputOf = (rows: ThroughputRow[]) => ({
  measuredAt: "",
  loadAverage: 0,
  calls: 1,
  warmup: 0,
  rounds: 1,
  runs: [],
  rows,
});

describe("evaluateGoals", () => {
  it("reports every goal as not measured when nothing ran", () => {
    const goals = evaluateGoals({});
    expect(goals).toHaveLength(21);
    expect(goals.every((goal) => goal.met === null)).toBe(true);
  });

  it("puts the issue's fourteen goals first, then the project's own", () => {
    expect(evaluateGoals({}).map((goal) => goal.source)).toEqual([
      ...Array(14).fill("issue"),
      ...Array(7).fill("project"),
    ]);
  });

  it("judges the 4 KiB bundle budget for every vendor", () => {
    const sizes = (bytes: number) =>
      vendors.map((vendor) => ({
        subject: packageOf(vendor),
        minBytes: 0,
        gzipBytes: bytes,
        stubbedBuiltins: [],
      }));
    const bundle = (bytes: number) => ({
      measuredAt: "",
      loadAverage: 0,
      esbuild: "0",
      sizes: sizes(bytes),
      runtimeOverOpenapiFetchBytes: 0,
    });
    expect(evaluateGoals({ bundle: bundle(4096) })[0]?.met).toBe(true);
    expect(evaluateGoals({ bundle: bundle(4097) })[0]).toMatchObject({
      source: "issue",
      met: false,
      measured: expect.stringContaining("datagrid 4097 B"),
    });
  });

  it("judges issue 25's 8.7 KiB ceiling on the browser build, naming the vendors over it", () => {
    const sizes = vendors.map((vendor, index) => ({
      subject: packageOf(vendor),
      minBytes: 1,
      gzipBytes: index === 0 ? 9000 : 8000,
      stubbedBuiltins: [],
      builds: { worker: { minBytes: 1, gzipBytes: 9500 }, node: { minBytes: 1, gzipBytes: 9600 } },
    }));
    const goalOf = (bundleSizes: typeof sizes) =>
      evaluateGoals({
        bundle: {
          measuredAt: "",
          loadAverage: 0,
          esbuild: "",
          sizes: bundleSizes,
          runtimeOverOpenapiFetchBytes: 0,
        },
      }).find((goal) => goal.goal.includes("8.7 KiB"));
    const over = goalOf(sizes);
    expect(over?.met).toBe(false);
    expect(over?.measured).toContain(`over: ${vendors[0]}`);
    expect(over?.measured).toContain("worker build at most 9500 B");
    expect(goalOf(sizes.map((size) => ({ ...size, gzipBytes: 8909 })))?.met).toBe(true);
  });

  it("judges throughput against the fastest official SDK and names the transport when short", () => {
    const row = (client: string, requestsPerSecond: number) =>
      throughputRow(client, { requestsPerSecond });
    const throughput = (ours: number) =>
      throughputOf([
        row("plain fetch", 900),
        row("datagrid-ai", 1000),
        row("supermemory", 700),
        row("polytomic", 950),
        ...vendors.map((vendor) => row(packageOf(vendor), ours)),
      ]);
    const goal = (ours: number) =>
      evaluateGoals({ throughput: throughput(ours) }).find((g) =>
        g.goal.startsWith("Throughput at"),
      );
    expect(goal(1000)?.met).toBe(true);
    expect(goal(1000)?.measured).not.toContain("plain `fetch`");
    expect(goal(600)).toMatchObject({ met: false });
    expect(goal(600)?.measured).toContain("fastest official SDK: datagrid-ai 1000 req/s");
    expect(goal(600)?.measured).toContain("plain `fetch` 900 req/s = 0.9× datagrid-ai");
    expect(goal(600)?.measured).toContain("the transport accounts for that much of the gap");
    expect(goal(600)?.measured).toContain("reach 0.67–0.67× plain `fetch`");
  });

  it("judges CPU against each official SDK and, when short, what plain fetch alone spends", () => {
    const row = (client: string, cpuUsPerCall: number, cpuVsFetch: number, vsSdk?: number) =>
      throughputRow(client, {
        cpuUsPerCall,
        cpuVsFetch,
        ...(vsSdk === undefined ? {} : { cpuVsOfficialSdk: vsSdk }),
      });
    const cpu = (ours: number) =>
      evaluateGoals({
        throughput: throughputOf([
          row("plain fetch", 800, 1),
          row("datagrid-ai", 500, 0.625),
          row("supermemory", 900, 1.125),
          row("polytomic", 640, 0.8),
          ...vendors.map((vendor) => row(packageOf(vendor), 880, 1.1, ours)),
        ]),
      }).find((g) => g.goal.startsWith("CPU per call not worse"));
    expect(cpu(1)?.met).toBe(true);
    expect(cpu(1)?.measured).not.toContain("plain `fetch` alone");
    expect(cpu(1.7)?.met).toBe(false);
    expect(cpu(1.7)?.measured).toContain("datagrid 880 µs, 1.7× datagrid-ai");
    expect(cpu(1.7)?.measured).toContain(
      "plain `fetch` alone, with no client code, spends 800 µs per call = 1.60× datagrid-ai (datagrid itself 1.1× plain fetch)",
    );
    expect(cpu(1.7)?.measured).toContain("0.89× supermemory");
  });

  /** Bundle results where the runtime adds 1600 B over openapi-fetch. */
  const runtimeBundle = {
    measuredAt: "",
    loadAverage: 0,
    esbuild: "0",
    sizes: [],
    runtimeOverOpenapiFetchBytes: 1600,
  };

  it("judges the runtime budget from the bundle sizes", () => {
    const bundle = runtimeBundle;
    const runtime = evaluateGoals({ bundle }).find((goal) => goal.goal.includes("runtime"));
    expect(runtime?.met).toBe(false);
    expect(
      evaluateGoals({ bundle: { ...bundle, runtimeOverOpenapiFetchBytes: 1200 } }).find((goal) =>
        goal.goal.includes("runtime"),
      )?.met,
    ).toBe(true);
  });

  it("names the runtime's three largest source files, when measured, without changing the verdict", () => {
    const bundle = runtimeBundle;
    const runtimeGoal = (results: Parameters<typeof evaluateGoals>[0]) =>
      evaluateGoals(results).find((goal) => goal.goal.includes("runtime"));
    expect(runtimeGoal({ bundle })?.measured).toBe("+1600 B (1.56 KiB)");
    const bySource = {
      ...bundle,
      runtimeBytesBySource: [
        { file: "packages/runtime/src/retry.ts", minBytes: 300 },
        { file: "packages/runtime/src/send.ts", minBytes: 3000 },
        { file: "packages/runtime/src/index.ts", minBytes: 0 },
        { file: "packages/runtime/src/client.ts", minBytes: 2000 },
        { file: "packages/runtime/src/redact.ts", minBytes: 1000 },
      ],
    };
    expect(runtimeGoal({ bundle: bySource })).toMatchObject({
      met: false,
      measured:
        "+1600 B (1.56 KiB); the runtime's 6300 minified bytes (before gzip) come most from send.ts 3000 B, client.ts 2000 B, redact.ts 1000 B",
    });
  });
});

describe("the issue's ratios to openapi-fetch alone", () => {
  const cold = (ours: number) => ({
    measuredAt: "",
    loadAverage: 0,
    runs: 1,
    modules: [
      {
        subject: "openapi-fetch",
        importMs: 8,
        requireMs: 4,
        importProcessMs: 0,
        requireProcessMs: 0,
      },
      ...vendors.map((vendor) => ({
        subject: packageOf(vendor),
        importMs: 8 * ours,
        requireMs: 4 * ours,
        importProcessMs: 0,
        requireProcessMs: 0,
      })),
    ],
  });
  const coldGoal = (ours: number) =>
    evaluateGoals({ coldImport: cold(ours) }).find((g) => g.goal.startsWith("Cold import takes"));

  it("cold import: met at 1.25× openapi-fetch's import() and require(), not above", () => {
    expect(coldGoal(1.25)).toMatchObject({ source: "issue", met: true });
    expect(coldGoal(1.3)).toMatchObject({ met: false });
    expect(coldGoal(1.3)?.measured).toContain("datagrid import() 10.4 ms (1.3×)");
  });

  it("cold import: says what of the ratio the two-package layering with no code takes", () => {
    expect(coldGoal(1.3)?.measured).not.toContain("layering");
    const withFloor = (floorRatio: number) => {
      const results = cold(1.3);
      results.modules.push({
        subject: TWO_PACKAGE_FLOOR,
        importMs: 8 * floorRatio,
        requireMs: 4 * floorRatio + 1,
        importProcessMs: 0,
        requireProcessMs: 0,
      });
      return evaluateGoals({ coldImport: results }).find((g) =>
        g.goal.startsWith("Cold import takes"),
      );
    };
    expect(withFloor(1.15)?.measured).toContain(
      "The same two-package layering with no code at all (`floor: 2 packages → openapi-fetch`) takes 1.15× `import()` / 1.4× `require()` of openapi-fetch alone",
    );
    // The floor is shown, not judged: the verdict stays the vendors' alone.
    expect(withFloor(2)?.met).toBe(false);
    expect(withFloor(1)?.met).toBe(false);
    const metWithFloor = cold(1.25);
    metWithFloor.modules.push({
      ...(metWithFloor.modules[0] as ColdImport),
      subject: TWO_PACKAGE_FLOOR,
      importMs: 80,
    });
    expect(
      evaluateGoals({ coldImport: metWithFloor }).find((g) =>
        g.goal.startsWith("Cold import takes"),
      ),
    ).toMatchObject({ met: true, measured: expect.stringContaining("takes 10× `import()`") });
  });

  it("cold import without openapi-fetch measured is not judged", () => {
    const withoutBase = cold(1);
    withoutBase.modules = withoutBase.modules.filter((m) => m.subject !== "openapi-fetch");
    const goal = evaluateGoals({ coldImport: withoutBase }).find((g) =>
      g.goal.startsWith("Cold import takes"),
    );
    expect(goal?.met).toBeNull();
  });

  it("CPU per call: met at 1.25× openapi-fetch's for every vendor, not when one is above", () => {
    const throughput = (ratios: number[]) =>
      throughputOf(
        vendors.map((vendor, index) =>
          throughputRow(packageOf(vendor), {
            cpuUsPerCall: 100,
            cpuVsOpenapiFetch: ratios[index] ?? 1,
          }),
        ),
      );
    const cpu = (ratios: number[]) =>
      evaluateGoals({ throughput: throughput(ratios) }).find((g) =>
        g.goal.startsWith("CPU per call within"),
      );
    expect(cpu([1.25, 1, 1, 1, 1])?.met).toBe(true);
    expect(cpu([1, 1, 1.26, 1, 1])?.met).toBe(false);
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
