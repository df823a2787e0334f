// The issue's goals on @patchbay/connect and its catalog: connect does not grow with the number of
// vendors. Each is judged at every catalog of the same run (5 vendors, connect's registry, 100).
import type { SourceBytes } from "./bundle-size.ts";
import { CONNECT_BUNDLE_CEILING } from "./connect-goal-limits.ts";
import type { ConnectBundle, ConnectScalingResults } from "./connect-scaling.ts";
import { describeByPackage, packageOfSource } from "./connect-sources.ts";
import { type Goal, notMeasured } from "./goal-types.ts";
import { ratio } from "./stats.ts";

/** Connect's cold import, at most this many times the called vendor's package's. */
export const CONNECT_COLD_CEILING = 1.25;
/** What a connect("datagrid") call loads (the `/core` app judged), at most this many times datagrid's own create call. */
export { CONNECT_BUNDLE_CEILING };
/** tsc on a one-vendor app at a larger catalog, at most this many times its time at 5 vendors. */
export const CONNECT_TSC_CEILING = 1.25;

const kib = (bytes: number) => `${(bytes / 1024).toFixed(2)} KiB`;

export function connectColdImportGoal(scaling: ConnectScalingResults | undefined): Goal {
  const goal =
    "Connect's cold import stays within 1.25× `@patchbay/datagrid`'s, at every catalog size";
  const target = `median \`import()\` and \`require()\` of \`@patchbay/connect\` ≤ ${CONNECT_COLD_CEILING}× \`@patchbay/datagrid\`'s in the same run, with 5 vendors, connect's registry and 100 (with five vendors before the lazy catalog: 2.15×)`;
  if (!scaling) return notMeasured(goal, target);
  const base = scaling.baseline.cold;
  return {
    source: "issue",
    goal,
    target,
    measured: [
      `${scaling.baseline.subject} import() ${base.importMs} ms, require() ${base.requireMs} ms`,
      ...scaling.catalogs.map(
        (c) =>
          `${c.label}: import() ${c.cold.importMs} ms (${ratio(c.cold.importMs, base.importMs)}×), require() ${c.cold.requireMs} ms (${ratio(c.cold.requireMs, base.requireMs)}×)`,
      ),
    ].join("; "),
    met: scaling.catalogs.every(
      (c) =>
        c.cold.importMs <= CONNECT_COLD_CEILING * base.importMs &&
        c.cold.requireMs <= CONNECT_COLD_CEILING * base.requireMs,
    ),
  };
}

export function connectBundleGoal(scaling: ConnectScalingResults | undefined): Goal {
  const goal =
    'An app that only calls `connect("datagrid")` loads within 1.15× `@patchbay/datagrid`\'s create-call bundle, at every catalog size';
  const target = `min+gz of what the call loads (the entry chunk, its static imports, the chunks its datagrid import loads; esbuild, browser ESM, splitting) ≤ ${CONNECT_BUNDLE_CEILING}× \`@patchbay/datagrid\`'s own create call in the same run, with 5 vendors, connect's registry and 100. Two apps are measured: through \`@patchbay/connect/core\` (\`createPatchbay({ vendors: { datagrid }, … })\`, datagrid's definition imported from \`@patchbay/connect/vendors/datagrid\`: no catalog in the bundle, the form an app that cares about bytes writes) and through the main entry \`@patchbay/connect\` (every vendor loaded on first use); met when the \`/core\` app is within the ceiling at every catalog size, the main entry's figure reported beside it (before: 13.45 KiB against 8.43 KiB, 1.59×, growing with each vendor)`;
  if (!scaling) return notMeasured(goal, target);
  const base = scaling.baseline.bundle.loaded.gzipBytes;
  const over = (bundle: ConnectBundle) => bundle.loaded.gzipBytes > CONNECT_BUNDLE_CEILING * base;
  const figures = (bundle: ConnectBundle) =>
    `${bundle.loaded.gzipBytes} B (${kib(bundle.loaded.gzipBytes)}, ${ratio(bundle.loaded.gzipBytes, base)}×, ${bundle.loaded.files} files; all emitted ${kib(bundle.all.gzipBytes)} in ${bundle.all.files} files)`;
  const coreMeasured = scaling.catalogs.every((c) => c.coreBundle !== undefined);
  // Where the judged app fails: what it loads, by source, at the largest catalog that fails.
  const failing = scaling.catalogs.filter((c) => c.coreBundle && over(c.coreBundle));
  const largest = failing.at(-1);
  const sources = largest?.coreBundle?.bytesBySource ?? [];
  return {
    source: "issue",
    goal,
    target,
    measured: [
      `${scaling.baseline.subject} ${base} B (${kib(base)})`,
      ...scaling.catalogs.map(
        (c) =>
          `${c.label}: \`/core\` ${c.coreBundle ? figures(c.coreBundle) : "not measured in that run"}, main entry ${figures(c.bundle)}`,
      ),
      ...(largest && sources.length > 0
        ? [madeOf(`${largest.label}, \`/core\``, sources, scaling.baseline.bundle.bytesBySource)]
        : []),
    ].join("; "),
    met: coreMeasured ? failing.length === 0 : null,
  };
}

/** `<catalog>: the loaded bytes (minified) by package: …; connect's own, most from …`. */
export function madeOf(
  label: string,
  sources: readonly SourceBytes[],
  baseline?: readonly SourceBytes[],
): string {
  const connect = sources.filter((s) => packageOfSource(s.file) === "@patchbay/connect");
  const name = (file: string) => file.slice(file.lastIndexOf("/") + 1);
  return `${label}, what the call loads by package (minified, before gzip): ${describeByPackage(sources, baseline)}; connect's own most from ${connect
    .slice(0, 4)
    .map((s) => `${name(s.file)} ${s.minBytes} B`)
    .join(", ")}`;
}

export function connectTscGoal(scaling: ConnectScalingResults | undefined): Goal {
  const goal = "Type-checking a one-vendor app does not grow with the catalog";
  const target = `median \`tsc --noEmit\` wall time of an app typing one vendor (\`@patchbay/connect/vendors/datagrid\`) with connect's registry and with 100 vendors ≤ ${CONNECT_TSC_CEILING}× its time with 5 vendors, same run`;
  if (!scaling) return notMeasured(goal, target);
  const [first, ...larger] = scaling.catalogs;
  if (first?.id !== "five" || larger.length === 0) return notMeasured(goal, target);
  const onlyOne = scaling.catalogs.every((c) => c.tsc.vendorPackages.length === 1);
  return {
    source: "issue",
    goal,
    target,
    measured: [
      `${first.label}: ${first.tsc.medianMs} ms`,
      ...larger.map(
        (c) => `${c.label}: ${c.tsc.medianMs} ms (${ratio(c.tsc.medianMs, first.tsc.medianMs)}×)`,
      ),
      onlyOne
        ? `each program read one vendor package (${first.tsc.vendorPackages.join(", ")}), ${scaling.catalogs.map((c) => c.tsc.files).join(" / ")} files`
        : `vendor packages read: ${scaling.catalogs.map((c) => `${c.label} ${c.tsc.vendorPackages.length}`).join(", ")}`,
    ].join("; "),
    met: larger.every((c) => c.tsc.medianMs <= CONNECT_TSC_CEILING * first.tsc.medianMs),
  };
}
