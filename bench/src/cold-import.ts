import { spawnSync } from "node:child_process";
import { floorSubjects, isFloor, writeFloorPackages } from "./cold-floors.ts";
import { type DocumentStat, documentStats } from "./document-stats.ts";
import { benchDir } from "./locations.ts";
import { measuredNow } from "./measured.ts";
import { alternatingOrder, median, round } from "./stats.ts";
import {
  bigDocumentVendors,
  bigDocumentVendorsOutsideRegistry,
  officialSdks,
  packageOf,
  SMALL_DOCUMENT_VENDOR,
  vendors,
} from "./subjects.ts";
import { writeVendorLinks } from "./vendor-packages.ts";

const vendorPackages = new Set<string>([...vendors, ...bigDocumentVendors].map(packageOf));

export const coldImportModules = [
  "openapi-fetch",
  // Packages with no code over openapi-fetch: what the vendor → runtime layering alone costs.
  ...Object.keys(floorSubjects),
  "@patchbay/runtime",
  ...vendors.map(packageOf),
  // Packages of big published documents (Plaid's, Stripe's, where generated) outside the registry
  // (those in it are above), beside datagrid's.
  ...bigDocumentVendorsOutsideRegistry.map(packageOf),
  "@patchbay/connect",
  ...Object.values(officialSdks).map((sdk) => sdk.name),
];

export type LoadMode = "import" | "require";

export interface ColdImport {
  subject: string;
  /** Median time of the `import()` / `require()` call itself, in a fresh `node` process. */
  importMs: number;
  requireMs: number;
  /** Median wall time of the whole process (node start-up + the load + exit). */
  importProcessMs: number;
  requireProcessMs: number;
}

export interface ColdImportResults {
  measuredAt: string;
  loadAverage: number;
  runs: number;
  modules: ColdImport[];
  /** The documents of the small-document baseline and the big documents measured beside it. */
  documents?: DocumentStat[];
}

/** The child's program: time one load of `specifier`, print the milliseconds. */
export const programOf = (mode: LoadMode, specifier: string): string[] =>
  mode === "import"
    ? [
        "--input-type=module",
        "-e",
        `const t = process.hrtime.bigint(); await import(${JSON.stringify(specifier)}); console.log(Number(process.hrtime.bigint() - t) / 1e6);`,
      ]
    : [
        "-e",
        `const t = process.hrtime.bigint(); require(${JSON.stringify(specifier)}); console.log(Number(process.hrtime.bigint() - t) / 1e6);`,
      ];

function loadOnce(
  mode: LoadMode,
  subject: string,
  dirs: { floors: string; vendorLinks: string },
): { loadMs: number; processMs: number } {
  const specifier = isFloor(subject) ? floorSubjects[subject] : subject;
  const started = process.hrtime.bigint();
  // Run from bench/ so bare specifiers resolve through bench's own dependencies, our vendor
  // packages through their links (in or out of connect's registry, all resolved the same way),
  // and the floors from the directory they were written to; no loader hooks.
  const child = spawnSync(process.execPath, programOf(mode, specifier), {
    cwd: isFloor(subject) ? dirs.floors : vendorPackages.has(subject) ? dirs.vendorLinks : benchDir,
    encoding: "utf8",
    env: { ...process.env, NODE_OPTIONS: "" },
  });
  const processMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (child.status !== 0) {
    throw new Error(`${mode}(${specifier}) failed: ${child.stderr.trim().split("\n")[0]}`);
  }
  return { loadMs: Number(child.stdout.trim()), processMs };
}

/** `runs` fresh processes per module and mode; rounds alternate the order of the modules. */
export async function runColdImport(runs = 11): Promise<ColdImportResults> {
  const started = measuredNow();
  const dirs = { floors: writeFloorPackages(), vendorLinks: writeVendorLinks() };
  const samples = new Map<string, { load: number[]; process: number[] }>();
  for (let run = 0; run < runs; run++) {
    for (const specifier of alternatingOrder(coldImportModules, run)) {
      for (const mode of alternatingOrder(["import", "require"] as const, run)) {
        const key = `${mode} ${specifier}`;
        const entry = samples.get(key) ?? { load: [], process: [] };
        const { loadMs, processMs } = loadOnce(mode, specifier, dirs);
        entry.load.push(loadMs);
        entry.process.push(processMs);
        samples.set(key, entry);
      }
    }
  }
  const pick = (mode: LoadMode, specifier: string, which: "load" | "process") =>
    round(median(samples.get(`${mode} ${specifier}`)?.[which] ?? []), 1);
  const modules = coldImportModules.map((subject) => ({
    subject,
    importMs: pick("import", subject, "load"),
    requireMs: pick("require", subject, "load"),
    importProcessMs: pick("import", subject, "process"),
    requireProcessMs: pick("require", subject, "process"),
  }));
  for (const m of modules)
    console.log(
      `  cold import ${m.subject}: import() ${m.importMs} ms, require() ${m.requireMs} ms`,
    );
  const documents = await documentStats(undefined, [SMALL_DOCUMENT_VENDOR, ...bigDocumentVendors]);
  return { ...started, runs, modules, documents };
}
