// The report's section on @patchbay/connect and its catalog (connect-scaling.ts).

import { CONNECT_BUNDLE_CEILING } from "./connect-goal-limits.ts";
import type { ConnectScalingResults } from "./connect-scaling.ts";
import { describeByPackage, sourcesSideBySide } from "./connect-sources.ts";
import { markdownTable } from "./markdown-table.ts";
import { ratio } from "./stats.ts";

const times = (value: number) => (Number.isNaN(value) ? "–" : `${value.toFixed(2)}×`);
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
/** How many source files of a failing catalog's breakdown the report lists. */
const SOURCES_LISTED = 20;

export function connectScalingSection(scaling: ConnectScalingResults): string[] {
  const base = scaling.baseline;
  const [five] = scaling.catalogs;
  const synthetic = scaling.catalogs.find((c) => c.synthetic > 0);
  const registry = scaling.catalogs.find((c) => c.id === "registry");
  return [
    `### Connect and its catalog: 5 vendors, connect's registry, ${synthetic?.vendors ?? 100} vendors, side by side (${scaling.measuredAt.slice(0, 16).replace("T", " ")} UTC, load ${scaling.loadAverage} at the start, ${scaling.loadAverageAfter} at the end)`,
    markdownTable(
      [
        "catalog",
        "`import()` ms (vs datagrid)",
        "`require()` ms (vs datagrid)",
        'what `connect("datagrid")` loads through `@patchbay/connect`, min+gz (vs datagrid)',
        "all emitted, min+gz",
        "the same through `@patchbay/connect/core` (vs datagrid)",
        "all emitted through `/core`, min+gz",
        "`tsc --noEmit` (vs 5 vendors)",
        "connect's `index.js` / `index.cjs` / `index.d.ts`",
      ],
      [
        [
          `\`${base.subject}\` alone`,
          base.cold.importMs,
          base.cold.requireMs,
          `${base.bundle.loaded.gzipBytes} B`,
          "–",
          "–",
          "–",
          "–",
          "–",
        ],
        ...scaling.catalogs.map((c) => [
          c.label,
          `${c.cold.importMs} (${times(ratio(c.cold.importMs, base.cold.importMs))})`,
          `${c.cold.requireMs} (${times(ratio(c.cold.requireMs, base.cold.requireMs))})`,
          `${c.bundle.loaded.gzipBytes} B in ${c.bundle.loaded.files} files (${times(ratio(c.bundle.loaded.gzipBytes, base.bundle.loaded.gzipBytes))})`,
          `${kib(c.bundle.all.gzipBytes)} in ${c.bundle.all.files} files`,
          c.coreBundle
            ? `${c.coreBundle.loaded.gzipBytes} B in ${c.coreBundle.loaded.files} files (${times(ratio(c.coreBundle.loaded.gzipBytes, base.bundle.loaded.gzipBytes))})`
            : "–",
          c.coreBundle
            ? `${kib(c.coreBundle.all.gzipBytes)} in ${c.coreBundle.all.files} files`
            : "–",
          `${(c.tsc.medianMs / 1000).toFixed(2)} s (${times(ratio(c.tsc.medianMs, five?.tsc.medianMs))})`,
          `${kib(c.connectFiles.indexJsBytes)} / ${kib(c.connectFiles.indexCjsBytes)} / ${kib(c.connectFiles.indexDtsBytes)}`,
        ]),
      ],
    ),
    `How: each catalog is a scratch root (\`results/tmp/connect-scaling/<catalog>/\`) holding its documents and sidecars, a copy of packages/connect, \`generate({ root })\` (its catalog.generated.ts, vendors/*.ts and package.json rendered for that catalog${registry?.matchesRepository === undefined ? "" : registry.matchesRepository ? "; the registry's catalog.generated.ts is packages/connect's, byte for byte" : "; the registry's catalog.generated.ts differs from packages/connect's"}), then tsup as packages/connect builds. A real vendor resolves to its package in packages/; a synthetic copy (${synthetic ? `${synthetic.synthetic}, cycling through ${synthetic.templates.join(", ")}: the documents with a \`connections\` section up to 1 MiB` : "none"}) to a copy of its document's built package under its own name, so every vendor has its own files. The app: one \`connect("datagrid", …)\` call, written two ways: through the main entry (\`import { createPatchbay } from "@patchbay/connect"\`, its catalog loading every vendor on first use) and through \`@patchbay/connect/core\` (\`createPatchbay({ vendors: { datagrid }, … })\`, datagrid's definition imported from \`@patchbay/connect/vendors/datagrid\`, no catalog in the bundle); the bundle goal judges the \`/core\` app. Both resolve to the catalog's build. Cold import (of the main entry): median of ${scaling.coldRuns} fresh \`node\` processes per module and mode, interleaved, order reversed every other round. Bundles: esbuild ${scaling.esbuild}, browser ESM, minified, code splitting, gzip -9 per file, summed. \`tsc\`: TypeScript ${scaling.typescript}, \`tsc -p\` on the app (strict, skipLibCheck, bundler resolution, no ambient types), median of ${scaling.tscRounds} wall times, catalogs interleaved; each program read ${scaling.catalogs.map((c) => `${c.tsc.files} files (${c.tsc.vendorPackages.join(", ") || "no vendor package"}${c.tsc.connectFromCatalog ? "" : "; connect NOT the catalog's"})`).join(" / ")}. Building the catalogs (before the measurements): ${scaling.catalogs.map((c) => `${c.label} generated in ${(c.generateMs / 1000).toFixed(1)} s, built in ${(c.buildMs / 1000).toFixed(1)} s`).join("; ")}. Raw samples in results/latest.json (\`connectScaling\`).`,
    ...sourcesSection(scaling),
  ];
}

/**
 * Where an app's loaded bytes are over the ceiling: what the call loads, by source file, in every
 * catalog and app (main entry, `/core`) over it and in `@patchbay/datagrid`'s own call, side by side.
 */
function sourcesSection(scaling: ConnectScalingResults): string[] {
  const failing = scaling.catalogs.flatMap((c) => [
    ...(c.bundle.bytesBySource ? [{ label: c.label, sources: c.bundle.bytesBySource }] : []),
    ...(c.coreBundle?.bytesBySource
      ? [{ label: `${c.label}, \`/core\``, sources: c.coreBundle.bytesBySource }]
      : []),
  ]);
  if (failing.length === 0) return [];
  const base = scaling.baseline;
  const columns = [base.bundle.bytesBySource ?? [], ...failing.map((f) => f.sources)];
  return [
    `What \`connect("datagrid")\` loads, by source file, where it is over ${CONNECT_BUNDLE_CEILING}× \`${base.subject}\`'s own call (minified bytes before gzip, esbuild's \`bytesInOutput\`; the same apps bundled from connect's and the runtime's sources so that each file shows; a catalog's label alone is the main entry's app, \`/core\` the app through \`@patchbay/connect/core\`). By package: ${failing
      .map((f) => `${f.label}: ${describeByPackage(f.sources, base.bundle.bytesBySource)}`)
      .join("; ")}.`,
    markdownTable(
      ["source file", `\`${base.subject}\` alone`, ...failing.map((f) => f.label)],
      sourcesSideBySide(columns, SOURCES_LISTED),
    ),
  ];
}
