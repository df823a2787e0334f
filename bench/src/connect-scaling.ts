// "Connect does not grow with the catalog": @patchbay/connect generated and built for 5 vendors,
// for every vendor of its registry and for 100 (connect-catalogs.ts), then, side by side in one
// run: cold import against @patchbay/datagrid's, the bytes a connect("datagrid") call loads in a
// browser against datagrid's own create call (two apps: through connect's main entry, and through
// `@patchbay/connect/core` with datagrid's definition passed in), and `tsc --noEmit` on a
// one-vendor app.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { loadavg } from "node:os";
import { join } from "node:path";
import { vendorNames } from "@patchbay/connect";
import { version as esbuildVersion } from "esbuild";
import type { SourceBytes } from "./bundle-size.ts";
import { childEnv } from "./child-env.ts";
import { type LoadMode, programOf } from "./cold-import.ts";
import {
  type BundleFigures,
  type CallBundle,
  type ConnectAppKind,
  connectApps,
  loadedBytesBySource,
  measureCall,
  vendorApp,
} from "./connect-bundle.ts";
import {
  type BuiltCatalog,
  baselineAppDir,
  buildCatalog,
  CALLED_VENDOR,
  type CatalogPlan,
  type ConnectFiles,
  planCatalogs,
  templateVendors,
} from "./connect-catalogs.ts";
import { CONNECT_BUNDLE_CEILING } from "./connect-goal-limits.ts";
import { vendorPackagesIn } from "./connect-sources.ts";
import { type Measured, measuredNow } from "./measured.ts";
import { alternatingOrder, median, round } from "./stats.ts";
import { connectDir } from "./vendor-packages.ts";

export interface ColdFigures {
  /** Medians of the `import()` / `require()` call itself, each in a fresh `node` process. */
  importMs: number;
  requireMs: number;
  samples: { importMs: number[]; requireMs: number[] };
}

export interface TscFigures {
  /** Median wall time of `tsc -p <app>` (node start-up, loading TypeScript and the check). */
  medianMs: number;
  samplesMs: number[];
  /** Files in the program (`--listFilesOnly`), TypeScript's own lib files included. */
  files: number;
  /** The vendor packages among them: the app types one vendor, so only that one. */
  vendorPackages: string[];
  /** Whether @patchbay/connect's files in the program are this catalog's (none from packages/connect). */
  connectFromCatalog: boolean;
}

export type ConnectBundle = CallBundle & {
  /** Where the loaded bytes fail the goal: what they are made of, by source file. */
  bytesBySource?: SourceBytes[];
};

export interface CatalogResult {
  id: CatalogPlan["id"];
  label: string;
  vendors: number;
  /** Synthetic copies among the vendors, and the documents they copy. */
  synthetic: number;
  templates: string[];
  generateMs: number;
  buildMs: number;
  connectFiles: ConnectFiles;
  matchesRepository?: boolean;
  cold: ColdFigures;
  /** The app through connect's main entry (`@patchbay/connect`: every vendor loaded on first use). */
  bundle: ConnectBundle;
  /**
   * The app through `@patchbay/connect/core`, datagrid's definition passed in (no catalog in its
   * bundle); absent from the results of runs before it was measured.
   */
  coreBundle?: ConnectBundle;
  tsc: TscFigures;
}

export interface ConnectScalingResults extends Measured {
  /** The 1-minute load average when the measurements ended (the catalogs are built before). */
  loadAverageAfter: number;
  esbuild: string;
  typescript: string;
  coldRuns: number;
  tscRounds: number;
  /** `@patchbay/<vendor>` alone, the vendor the app calls: cold import and its create-call bundle. */
  baseline: {
    subject: string;
    cold: ColdFigures;
    /** `bytesBySource` where a catalog's bytes fail the goal: the same breakdown of the vendor's own call. */
    bundle: CallBundle & { bytesBySource?: SourceBytes[] };
  };
  catalogs: CatalogResult[];
}

interface ColdSubject {
  key: string;
  specifier: string;
  dir: string;
}

/** One load in a fresh process, from `dir` (where the specifier resolves): the call's milliseconds. */
function loadOnce(mode: LoadMode, { specifier, dir }: ColdSubject): number {
  const child = spawnSync(process.execPath, programOf(mode, specifier), {
    cwd: dir,
    encoding: "utf8",
    env: { ...childEnv(), NODE_OPTIONS: "" },
  });
  if (child.status !== 0)
    throw new Error(
      `${mode}(${specifier}) in ${dir} failed: ${child.stderr.trim().split("\n")[0]}`,
    );
  return Number(child.stdout.trim());
}

/** `runs` rounds; each round every subject and mode once, the order reversed every other round. */
function coldImports(subjects: ColdSubject[], runs: number): Map<string, ColdFigures> {
  const samples = new Map(
    subjects.map((s) => [s.key, { importMs: [] as number[], requireMs: [] as number[] }]),
  );
  for (let round = 0; round < runs; round++)
    for (const subject of alternatingOrder(subjects, round))
      for (const mode of alternatingOrder(["import", "require"] as const, round))
        samples
          .get(subject.key)
          ?.[mode === "import" ? "importMs" : "requireMs"].push(loadOnce(mode, subject));
  return new Map(
    [...samples].map(([key, s]) => [
      key,
      {
        importMs: round(median(s.importMs), 1),
        requireMs: round(median(s.requireMs), 1),
        samples: s,
      },
    ]),
  );
}

const typescriptDir = (() => {
  const manifest = createRequire(import.meta.url).resolve("typescript/package.json");
  return join(manifest, "..");
})();
const tscCli = join(typescriptDir, "bin", "tsc");

function tsc(dir: string, args: string[] = []): { ms: number; stdout: string } {
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [tscCli, "-p", dir, ...args], {
    encoding: "utf8",
    env: childEnv(),
    maxBuffer: 64 << 20,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (child.status !== 0) throw new Error(`tsc -p ${dir} failed:\n${child.stdout.slice(0, 2000)}`);
  return { ms, stdout: child.stdout };
}

function programOfApp(catalog: BuiltCatalog) {
  const files = tsc(catalog.appDir, ["--listFilesOnly"]).stdout.split("\n").filter(Boolean);
  const fromRepository = files.some((file) => file.startsWith(`${connectDir}/`));
  const fromCatalog = files.some((file) => file.startsWith(`${catalog.connectDir}/`));
  return {
    files: files.length,
    vendorPackages: vendorPackagesIn(files),
    connectFromCatalog: fromCatalog && !fromRepository,
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export async function runConnectScaling({
  coldRuns = 11,
  tscRounds = 5,
  vendors = 100,
} = {}): Promise<ConnectScalingResults> {
  const plans = planCatalogs({
    registry: vendorNames,
    templates: templateVendors(),
    total: vendors,
  });
  const catalogs: BuiltCatalog[] = [];
  for (const plan of plans) {
    const built = await buildCatalog(plan);
    console.log(
      `  connect-scaling ${plan.label}: generated in ${seconds(built.generateMs)}, built in ${seconds(built.buildMs)}`,
    );
    if (built.matchesRepository === false)
      console.warn(
        "  connect-scaling: the registry catalog's catalog.generated.ts differs from packages/connect's (run pnpm generate)",
      );
    catalogs.push(built);
  }
  const started = measuredNow();
  const baselineDir = baselineAppDir();
  const baselineSubject = `@patchbay/${CALLED_VENDOR}`;

  const cold = coldImports(
    [
      { key: baselineSubject, specifier: baselineSubject, dir: baselineDir },
      ...catalogs.map((c) => ({ key: c.id, specifier: "@patchbay/connect", dir: c.appDir })),
    ],
    coldRuns,
  );
  const coldOf = (key: string) => cold.get(key) as ColdFigures;
  console.log(
    `  connect-scaling cold import ${baselineSubject}: import() ${coldOf(baselineSubject).importMs} ms, require() ${coldOf(baselineSubject).requireMs} ms`,
  );

  const baselineBundle: ConnectScalingResults["baseline"]["bundle"] = await measureCall(
    vendorApp,
    baselineDir,
  );
  console.log(
    `  connect-scaling bundle ${baselineSubject}: ${baselineBundle.loaded.gzipBytes} B min+gz`,
  );
  const bundles = new Map<string, Record<ConnectAppKind, ConnectBundle>>();
  const appName = { main: "@patchbay/connect", core: "@patchbay/connect/core" };
  for (const catalog of catalogs) {
    const measureApp = async (app: ConnectAppKind): Promise<ConnectBundle> => {
      const measured: ConnectBundle = await measureCall(connectApps[app], catalog.appDir);
      if (measured.loaded.gzipBytes > CONNECT_BUNDLE_CEILING * baselineBundle.loaded.gzipBytes) {
        measured.bytesBySource = (await loadedBytesBySource(catalog.appDir, catalog, app)).sources;
        console.log(
          `  connect-scaling ${catalog.label}, ${appName[app]}: the call loads ${measured.loaded.gzipBytes} B min+gz; by source (minified): ${measured.bytesBySource
            .slice(0, 8)
            .map((s) => `${s.file} ${s.minBytes} B`)
            .join(", ")}`,
        );
      }
      return measured;
    };
    bundles.set(catalog.id, { main: await measureApp("main"), core: await measureApp("core") });
  }
  if ([...bundles.values()].some((b) => b.main.bytesBySource || b.core.bytesBySource))
    baselineBundle.bytesBySource = (await loadedBytesBySource(baselineDir)).sources;

  const tscSamples = new Map(catalogs.map((c) => [c.id, [] as number[]]));
  for (let pass = 0; pass < tscRounds; pass++)
    for (const catalog of alternatingOrder(catalogs, pass))
      tscSamples.get(catalog.id)?.push(round(tsc(catalog.appDir).ms));

  const results: CatalogResult[] = catalogs.map((catalog) => {
    const copies = catalog.vendors.filter((v) => v.copy !== undefined);
    const samplesMs = tscSamples.get(catalog.id) ?? [];
    const result: CatalogResult = {
      id: catalog.id,
      label: catalog.label,
      vendors: catalog.vendors.length,
      synthetic: copies.length,
      templates: [...new Set(copies.map((v) => v.template))].sort(),
      generateMs: round(catalog.generateMs),
      buildMs: round(catalog.buildMs),
      connectFiles: catalog.connectFiles,
      ...(catalog.matchesRepository !== undefined && {
        matchesRepository: catalog.matchesRepository,
      }),
      cold: coldOf(catalog.id),
      bundle: bundles.get(catalog.id)?.main as ConnectBundle,
      coreBundle: bundles.get(catalog.id)?.core as ConnectBundle,
      tsc: { medianMs: round(median(samplesMs)), samplesMs, ...programOfApp(catalog) },
    };
    const base = coldOf(baselineSubject);
    const loads = (bundle: ConnectBundle) =>
      `${bundle.loaded.gzipBytes} B min+gz (${round(bundle.loaded.gzipBytes / baselineBundle.loaded.gzipBytes, 2)}×), all emitted ${bundle.all.gzipBytes} B`;
    console.log(
      `  connect-scaling ${catalog.label}: import() ${result.cold.importMs} ms (${round(result.cold.importMs / base.importMs, 2)}×), require() ${result.cold.requireMs} ms (${round(result.cold.requireMs / base.requireMs, 2)}×); the call loads ${loads(result.bundle)} through @patchbay/connect, ${result.coreBundle ? loads(result.coreBundle) : "–"} through @patchbay/connect/core; tsc ${result.tsc.medianMs} ms`,
    );
    return result;
  });
  return {
    ...started,
    loadAverageAfter: round(loadavg()[0] ?? 0, 1),
    esbuild: esbuildVersion,
    typescript: (createRequire(import.meta.url)("typescript/package.json") as { version: string })
      .version,
    coldRuns,
    tscRounds,
    baseline: { subject: baselineSubject, cold: coldOf(baselineSubject), bundle: baselineBundle },
    catalogs: results,
  };
}

export type { BundleFigures };
