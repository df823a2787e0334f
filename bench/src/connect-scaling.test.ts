import { join } from "node:path";
import type { Metafile } from "esbuild";
import { describe, expect, it } from "vitest";
import { bytesByInput, loadedByCall, staticClosure } from "./connect-bundle.ts";
import { CALLED_VENDOR, FIRST_FIVE, planCatalogs, syntheticName } from "./connect-catalogs.ts";
import type { CatalogResult, ConnectScalingResults } from "./connect-scaling.ts";
import {
  bytesByPackage,
  describeByPackage,
  packageOfSource,
  sourceLabel,
  sourcesSideBySide,
  vendorPackagesIn,
} from "./connect-sources.ts";
import { notInRun, vendorsInRun } from "./goal-types.ts";
import { connectBundleGoal, connectColdImportGoal, connectTscGoal } from "./goals-connect.ts";
import { repositoryRoot } from "./locations.ts";
import { outsideRegistry, type Vendor } from "./subjects.ts";
import { retitled } from "./synthetic-documents.ts";

const registry = ["agentstack", "airbyte", "chartbrew", "datagrid", "polytomic", "supermemory"];

describe("planCatalogs", () => {
  const [five, all, synthetic] = planCatalogs({
    registry,
    templates: ["agentstack", "datagrid"],
    total: 6,
  });

  it("makes the first five, the whole registry, and the called vendor with synthetic copies", () => {
    expect(five?.vendors.map((v) => v.name)).toEqual(FIRST_FIVE);
    expect(all?.vendors.map((v) => v.name)).toEqual(registry);
    expect(all?.label).toBe("6 vendors (connect's registry)");
    expect(synthetic?.vendors).toHaveLength(6);
    expect(synthetic?.vendors[0]).toEqual({ name: CALLED_VENDOR, template: CALLED_VENDOR });
  });

  it("names the copies synth-001… and cycles through the templates", () => {
    expect(synthetic?.vendors.slice(1)).toEqual([
      { name: "synth-001", template: "agentstack", copy: 1 },
      { name: "synth-002", template: "datagrid", copy: 2 },
      { name: "synth-003", template: "agentstack", copy: 3 },
      { name: "synth-004", template: "datagrid", copy: 4 },
      { name: "synth-005", template: "agentstack", copy: 5 },
    ]);
    expect(syntheticName(100)).toBe("synth-100");
  });

  it("refuses a registry without the first five or without templates", () => {
    expect(() =>
      planCatalogs({ registry: ["datagrid"], templates: ["datagrid"], total: 3 }),
    ).toThrow(/lacks agentstack, chartbrew, polytomic, supermemory/);
    expect(() => planCatalogs({ registry, templates: [], total: 3 })).toThrow(/connections/);
  });
});

describe("what the call loads", () => {
  const output = (
    imports: { path: string; kind: "import-statement" | "dynamic-import" }[],
    inputs: string[] = [],
    entryPoint?: string,
  ) => ({
    bytes: 1,
    exports: [],
    imports,
    ...(entryPoint && { entryPoint }),
    inputs: Object.fromEntries(inputs.map((input) => [input, { bytesInOutput: 10 }])),
  });
  const outputs = {
    "out/stdin.js": output(
      [
        { path: "out/chunk-shared.js", kind: "import-statement" },
        { path: "out/agentstack.js", kind: "dynamic-import" },
        { path: "out/datagrid.js", kind: "dynamic-import" },
      ],
      ["<stdin>", "connect/index.js"],
      "<stdin>",
    ),
    "out/chunk-shared.js": output([], ["runtime/index.js"]),
    "out/agentstack.js": output(
      [{ path: "out/chunk-vendor.js", kind: "import-statement" }],
      ["packages/agentstack/dist/index.js"],
    ),
    "out/datagrid.js": output(
      [
        { path: "out/chunk-vendor.js", kind: "import-statement" },
        { path: "out/chunk-shared.js", kind: "import-statement" },
      ],
      ["packages/datagrid/dist/index.js"],
    ),
    "out/chunk-vendor.js": output([], ["connect/define-vendor.js"]),
  } as unknown as Metafile["outputs"];
  const isDatagrid = (input: string) => input.startsWith("packages/datagrid/");

  it("follows static imports only", () => {
    expect(staticClosure(outputs, "out/datagrid.js")).toEqual([
      "out/datagrid.js",
      "out/chunk-vendor.js",
      "out/chunk-shared.js",
    ]);
  });

  it("is the entry's closure and the closure of the called vendor's dynamic chunk, each once", () => {
    expect(loadedByCall(outputs, isDatagrid)).toEqual([
      "out/stdin.js",
      "out/chunk-shared.js",
      "out/datagrid.js",
      "out/chunk-vendor.js",
    ]);
  });

  it("is the entry's closure when nothing is imported dynamically; refuses a call that loads no vendor", () => {
    const alone = { "out/stdin.js": output([], ["<stdin>"], "<stdin>") } as Metafile["outputs"];
    expect(loadedByCall(alone, isDatagrid)).toEqual(["out/stdin.js"]);
    expect(() => loadedByCall(outputs, () => false)).toThrow(/called vendor/);
  });

  it("is the entry's closure when the app imports the called vendor statically (`/core`)", () => {
    const core = {
      "out/stdin.js": output(
        [
          { path: "out/chunk-vendor.js", kind: "import-statement" },
          { path: "out/lifecycle.js", kind: "dynamic-import" },
        ],
        ["<stdin>", "connect/core.js"],
        "<stdin>",
      ),
      "out/chunk-vendor.js": output(
        [],
        ["connect/vendors/datagrid.js", "packages/datagrid/dist/index.js"],
      ),
      "out/lifecycle.js": output([], ["connect/lifecycle.js"]),
    } as unknown as Metafile["outputs"];
    expect(loadedByCall(core, isDatagrid)).toEqual(["out/stdin.js", "out/chunk-vendor.js"]);
  });

  it("adds each input's bytes over the files, largest first, zeros dropped", () => {
    const withZero = {
      ...outputs,
      "out/chunk-vendor.js": {
        ...outputs["out/chunk-vendor.js"],
        inputs: { "connect/define-vendor.js": { bytesInOutput: 0 } },
      },
    } as Metafile["outputs"];
    expect(
      bytesByInput(withZero, ["out/stdin.js", "out/chunk-shared.js", "out/chunk-vendor.js"]),
    ).toEqual([
      { file: "<stdin>", minBytes: 10 },
      { file: "connect/index.js", minBytes: 10 },
      { file: "runtime/index.js", minBytes: 10 },
    ]);
  });
});

describe("the sources' names and packages", () => {
  const root = join(repositoryRoot, "bench/results/tmp/connect-scaling/five");

  it("names a catalog's file from its root, a store file after node_modules, the rest from the repository", () => {
    expect(sourceLabel(join(root, "packages/connect/src/lifecycle.ts"), root)).toBe(
      "packages/connect/src/lifecycle.ts",
    );
    expect(
      sourceLabel(
        join(
          repositoryRoot,
          "node_modules/.pnpm/openapi-fetch@0.17.0/node_modules/openapi-fetch/dist/index.mjs",
        ),
        root,
      ),
    ).toBe("openapi-fetch/dist/index.mjs");
    expect(sourceLabel(join(repositoryRoot, "packages/runtime/src/send.ts"), root)).toBe(
      "packages/runtime/src/send.ts",
    );
    expect(sourceLabel(join(root, "app/<stdin>"), root)).toBe("the app");
  });

  it("groups them by package, a synthetic copy under its own name", () => {
    expect(packageOfSource("packages/connect/src/catalog.generated.ts")).toBe("@patchbay/connect");
    expect(packageOfSource("packages/connect/node_modules/@patchbay/synth-001/dist/index.js")).toBe(
      "@patchbay/synth-001",
    );
    expect(packageOfSource("packages/datagrid/dist/index.js")).toBe("@patchbay/datagrid");
    expect(packageOfSource("openapi-fetch/dist/index.mjs")).toBe("openapi-fetch");
    expect(packageOfSource("@scope/name/index.js")).toBe("@scope/name");
    const sources = [
      { file: "packages/runtime/src/send.ts", minBytes: 30 },
      { file: "packages/connect/src/lifecycle.ts", minBytes: 20 },
      { file: "packages/connect/src/errors.ts", minBytes: 15 },
    ];
    expect(bytesByPackage(sources)).toEqual([
      { name: "@patchbay/connect", minBytes: 35 },
      { name: "@patchbay/runtime", minBytes: 30 },
    ]);
    expect(
      describeByPackage(sources, [{ file: "packages/runtime/src/send.ts", minBytes: 30 }]),
    ).toBe(
      "@patchbay/connect 35 B (datagrid alone 0 B), @patchbay/runtime 30 B (datagrid alone 30 B)",
    );
  });

  it("sets breakdowns side by side, largest in the last first, the rest and all summed", () => {
    const alone = [{ file: "send.ts", minBytes: 30 }];
    const catalog = [
      { file: "send.ts", minBytes: 30 },
      { file: "catalog.generated.ts", minBytes: 60 },
      { file: "errors.ts", minBytes: 5 },
    ];
    expect(sourcesSideBySide([alone, catalog], 2)).toEqual([
      ["`catalog.generated.ts`", 0, 60],
      ["`send.ts`", 30, 30],
      ["1 more files", 0, 5],
      ["all", 30, 95],
    ]);
  });

  it("finds the vendor packages of a program, copies included, not connect nor the runtime", () => {
    expect(
      vendorPackagesIn([
        "/r/packages/runtime/dist/index.d.ts",
        "/r/bench/results/tmp/connect-scaling/five/packages/connect/dist/index.d.ts",
        "/r/packages/datagrid/dist/index.d.ts",
        "/r/tmp/synthetic/packages/connect/node_modules/@patchbay/synth-002/dist/index.d.ts",
        "/r/node_modules/typescript/lib/lib.d.ts",
      ]),
    ).toEqual(["datagrid", "synth-002"]);
  });
});

describe("the synthetic copies' documents", () => {
  it("retitles a plain or quoted YAML title", () => {
    expect(retitled("info:\n  title: Datagrid API\n", 3)).toBe(
      "info:\n  title: Datagrid API (synthetic copy 3)\n",
    );
    expect(retitled('info:\n  title: "supermemory API"\n  version: "3"\n', 6)).toBe(
      'info:\n  title: "supermemory API (synthetic copy 6)"\n  version: "3"\n',
    );
  });
});

describe("the big documents' packages and connect's registry", () => {
  it("measures a big document's package once, with the registry's when it is there", () => {
    expect(outsideRegistry(["plaid", "stripe"], ["datagrid", "plaid"])).toEqual(["stripe"]);
    expect(outsideRegistry(["plaid"], [])).toEqual(["plaid"]);
  });
});

describe("connect's goals", () => {
  const catalog = (
    id: CatalogResult["id"],
    importMs: number,
    requireMs: number,
    gzipBytes: number,
    tscMs: number,
    /** `null`: a run before the `/core` app was measured. */
    coreGzipBytes: number | null = gzipBytes,
  ): CatalogResult => ({
    id,
    label: id,
    vendors: 5,
    synthetic: 0,
    templates: [],
    generateMs: 0,
    buildMs: 0,
    connectFiles: {
      catalogSourceBytes: 0,
      indexJsBytes: 0,
      indexCjsBytes: 0,
      indexDtsBytes: 0,
      vendorModules: 5,
    },
    cold: { importMs, requireMs, samples: { importMs: [], requireMs: [] } },
    bundle: {
      loaded: { files: 3, minBytes: 0, gzipBytes, outputs: [] },
      all: { files: 9, minBytes: 0, gzipBytes: gzipBytes * 2 },
      stubbedBuiltins: [],
    },
    ...(coreGzipBytes !== null && {
      coreBundle: {
        loaded: { files: 1, minBytes: 0, gzipBytes: coreGzipBytes, outputs: [] },
        all: { files: 4, minBytes: 0, gzipBytes: coreGzipBytes * 2 },
        stubbedBuiltins: [],
      },
    }),
    tsc: {
      medianMs: tscMs,
      samplesMs: [tscMs],
      files: 70,
      vendorPackages: ["datagrid"],
      connectFromCatalog: true,
    },
  });
  const results = (catalogs: CatalogResult[]): ConnectScalingResults => ({
    measuredAt: "2026-12-07T08:00:00.000Z",
    loadAverage: 1,
    loadAverageAfter: 1,
    esbuild: "0",
    typescript: "5",
    coldRuns: 1,
    tscRounds: 1,
    baseline: {
      subject: "@patchbay/datagrid",
      cold: { importMs: 10, requireMs: 8, samples: { importMs: [], requireMs: [] } },
      bundle: {
        loaded: { files: 1, minBytes: 0, gzipBytes: 1000, outputs: [] },
        all: { files: 1, minBytes: 0, gzipBytes: 1000 },
        stubbedBuiltins: [],
      },
    },
    catalogs,
  });

  it("is not measured without results", () => {
    expect(connectColdImportGoal(undefined).met).toBeNull();
    expect(connectBundleGoal(undefined).met).toBeNull();
    expect(connectTscGoal(undefined).met).toBeNull();
  });

  it("judges every catalog against datagrid's cold import and bundle, at the ceilings", () => {
    const atCeiling = results([
      catalog("five", 12.5, 10, 1150, 1000),
      catalog("synthetic", 12.5, 10, 1150, 1000),
    ]);
    expect(connectColdImportGoal(atCeiling).met).toBe(true);
    expect(connectBundleGoal(atCeiling).met).toBe(true);
    const over = results([
      catalog("five", 12.5, 10, 1150, 1000),
      catalog("synthetic", 12.5, 10.1, 1151, 1000),
    ]);
    expect(connectColdImportGoal(over)).toMatchObject({ met: false });
    expect(connectColdImportGoal(over).measured).toContain("require() 10.1 ms (1.26×)");
    expect(connectBundleGoal(over)).toMatchObject({ met: false });
  });

  it("judges the bundle on the `/core` app, the main entry's figure beside it", () => {
    const mainOver = results([
      catalog("five", 10, 8, 1500, 1000, 1100),
      catalog("synthetic", 10, 8, 1700, 1000, 1150),
    ]);
    const goal = connectBundleGoal(mainOver);
    expect(goal.met).toBe(true);
    expect(goal.measured).toContain("synthetic: `/core` 1150 B (1.12 KiB, 1.15×, 1 files");
    expect(goal.measured).toContain("main entry 1700 B (1.66 KiB, 1.7×, 3 files");
    expect(goal.target).toContain("@patchbay/connect/core");
    expect(connectBundleGoal(results([catalog("five", 10, 8, 1000, 1000, 1151)])).met).toBe(false);
  });

  it("is not judged on results without the `/core` app", () => {
    const goal = connectBundleGoal(results([catalog("five", 10, 8, 1000, 1000, null)]));
    expect(goal.met).toBeNull();
    expect(goal.measured).toContain("`/core` not measured in that run, main entry 1000 B");
  });

  it("names what the `/core` app's loaded bytes are made of where the bundle goal fails", () => {
    const failing = catalog("synthetic", 10, 8, 2000, 1000);
    const coreBundle = failing.coreBundle as NonNullable<CatalogResult["coreBundle"]>;
    coreBundle.bytesBySource = [
      { file: "packages/connect/src/patchbay.ts", minBytes: 6000 },
      { file: "packages/runtime/src/send.ts", minBytes: 3000 },
    ];
    const goal = connectBundleGoal(results([catalog("five", 10, 8, 1000, 1000), failing]));
    expect(goal.met).toBe(false);
    expect(goal.measured).toContain("synthetic, `/core`, what the call loads by package");
    expect(goal.measured).toContain("@patchbay/connect 6000 B");
    expect(goal.measured).toContain("patchbay.ts 6000 B");
  });

  it("judges tsc at the larger catalogs against 5 vendors", () => {
    const tsc = (ms: number) =>
      connectTscGoal(results([catalog("five", 0, 0, 0, 2000), catalog("registry", 0, 0, 0, ms)]));
    expect(tsc(2500).met).toBe(true);
    expect(tsc(2501).met).toBe(false);
    expect(tsc(2500).measured).toContain("registry: 2500 ms (1.25×)");
  });
});

describe("goals judged vendor by vendor, as connect's registry grows", () => {
  it("judges the vendors a run measured and names those it did not", () => {
    const { measured, missing } = vendorsInRun((vendor) => vendor !== "airbyte", [
      "agentstack",
      "airbyte",
      "datagrid",
    ] as Vendor[]);
    expect(measured).toEqual(["agentstack", "datagrid"]);
    expect(missing).toEqual(["airbyte"]);
    expect(notInRun(missing)).toBe("; not in that run (in connect's registry since): airbyte");
    expect(notInRun([])).toBe("");
  });
});
