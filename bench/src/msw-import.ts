// `msw-import`: what an app's test pays to load a vendor's MSW handlers. Each sample is a fresh
// `node` process that imports `@patchbay/<vendor>/msw` (its built ESM entry, msw's HTTP handlers
// with it) and then makes its handlers once (`handlers()`: the answers' JSON parsed, one handler
// per operation). The goal is the import of the largest document's, Stripe's; msw's own entries
// are measured beside it, in the same rounds, as the floor.
import { spawnSync } from "node:child_process";
import { readFileSync, realpathSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { repositoryRoot } from "./locations.ts";
import { type Measured, measuredNow } from "./measured.ts";
import { alternatingOrder, median, round } from "./stats.ts";
import { generatedVendorPackages, writeVendorLinks } from "./vendor-packages.ts";

/** Issue 27: importing `@patchbay/stripe/msw` takes under 100 ms. */
export const MSW_IMPORT_BUDGET_MS = 100;
/** The largest document, whose entry the goal is judged on. */
export const MSW_GOAL_VENDOR = "stripe";

export interface MswImportRow {
  /** `@patchbay/<vendor>/msw`, or one of msw's own entries. */
  subject: string;
  /** Median time of the `import()` itself, in a fresh process. */
  importMs: number;
  /**
   * Median time of the same `import()` in a fresh process that has imported `msw/node` first, as
   * an app's test does: what the package adds over msw itself.
   */
  afterMswMs?: number;
  /** Median time of the first `handlers()` after it (none for msw's entries). */
  handlersMs?: number;
  /** How many handlers `handlers()` made. */
  handlers?: number;
}

export interface MswImportResults extends Measured {
  runs: number;
  rows: MswImportRow[];
}

/** msw's own entries: `msw/core/http` is all the packages load; `msw` (GraphQL and WebSockets too) is what an app imports. */
const MSW_FLOORS = ["msw/core/http", "msw"];

/**
 * The child's program: time the import (after an untimed `import("msw/node")` with `afterMsw`),
 * then `handlers()` (where there is one), print both as JSON.
 */
export const mswProgramOf = (specifier: string, mswNode?: string): string[] => [
  "--input-type=module",
  "-e",
  `${mswNode ? `await import(${JSON.stringify(mswNode)}); ` : ""}const t = process.hrtime.bigint(); const m = await import(${JSON.stringify(specifier)}); const i = Number(process.hrtime.bigint() - t) / 1e6;
let h, n; if (typeof m.handlers === "function") { const u = process.hrtime.bigint(); n = m.handlers().length; h = Number(process.hrtime.bigint() - u) / 1e6; }
console.log(JSON.stringify({ importMs: i, handlersMs: h, handlers: n }));`,
];

/**
 * The file URL of `msw/node`'s ESM entry, as the runtime's msw resolves (its real path, so the
 * vendor entry's `msw/core/http` is the module already loaded, as in an app's test).
 */
function mswNodeUrl(runtimeDir: string): string {
  const dir = realpathSync(join(runtimeDir, "node_modules", "msw"));
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  return pathToFileURL(join(dir, manifest.exports["./node"].import.default)).href;
}

function loadOnce(specifier: string, cwd: string, mswNode?: string) {
  const child = spawnSync(process.execPath, mswProgramOf(specifier, mswNode), {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NODE_OPTIONS: "" },
  });
  if (child.status !== 0)
    throw new Error(`import(${specifier}) failed: ${child.stderr.trim().split("\n")[0]}`);
  return JSON.parse(child.stdout.trim().split("\n").at(-1) as string) as {
    importMs: number;
    handlersMs?: number;
    handlers?: number;
  };
}

/** `runs` fresh processes per entry, rounds alternating the order. Needs the packages built. */
export async function runMswImport(runs = 11): Promise<MswImportResults> {
  const started = measuredNow();
  const links = writeVendorLinks();
  // msw's entries resolve as the packages resolve them: from the runtime's directory
  const runtimeDir = join(repositoryRoot, "packages", "runtime");
  const mswNode = mswNodeUrl(runtimeDir);
  const subjects = [
    ...MSW_FLOORS,
    ...generatedVendorPackages().map((vendor) => `@patchbay/${vendor}/msw`),
  ];
  const samples = new Map<
    string,
    { importMs: number[]; afterMswMs: number[]; handlersMs: number[]; handlers?: number }
  >();
  for (let run = 0; run < runs; run++) {
    for (const subject of alternatingOrder(subjects, run)) {
      const floor = MSW_FLOORS.includes(subject);
      const sample = loadOnce(subject, floor ? runtimeDir : links);
      const entry = samples.get(subject) ?? { importMs: [], afterMswMs: [], handlersMs: [] };
      entry.importMs.push(sample.importMs);
      // msw/node resolves from the runtime's directory, the vendor entries through the links:
      // the same msw files (one pnpm copy), so the second import loads only the package's own
      if (!floor) entry.afterMswMs.push(loadOnce(subject, links, mswNode).importMs);
      if (sample.handlersMs !== undefined) entry.handlersMs.push(sample.handlersMs);
      if (sample.handlers !== undefined) entry.handlers = sample.handlers;
      samples.set(subject, entry);
    }
  }
  const rows = subjects.map((subject): MswImportRow => {
    const entry = samples.get(subject);
    return {
      subject,
      importMs: round(median(entry?.importMs ?? []), 1),
      ...(entry?.afterMswMs.length && { afterMswMs: round(median(entry.afterMswMs), 1) }),
      ...(entry?.handlersMs.length && {
        handlersMs: round(median(entry.handlersMs), 1),
        handlers: entry.handlers,
      }),
    };
  });
  for (const row of rows)
    console.log(
      `  ${row.subject}: import() ${row.importMs} ms${row.afterMswMs !== undefined ? ` (${row.afterMswMs} ms after msw/node)` : ""}${row.handlersMs !== undefined ? `, handlers() ${row.handlersMs} ms (${row.handlers})` : ""}`,
    );
  return { ...started, runs, rows };
}
