// Names for the source files of a bundle's bytes, and the packages they belong to: what the
// bytes a connect("datagrid") call loads are made of (connect-bundle.ts, goals-connect.ts).
import { relative, sep } from "node:path";
import type { SourceBytes } from "./bundle-size.ts";
import { repositoryRoot } from "./locations.ts";

/**
 * A readable name for an input of a catalog's bundle: `<stdin>` is the app; a file of the
 * catalog's scratch root is named from that root (it mirrors the repository: packages/connect/…);
 * a package from the pnpm store by its path after the last `node_modules/`; the rest from the
 * repository root.
 */
export function sourceLabel(absolute: string, catalogRoot?: string): string {
  if (absolute.endsWith("<stdin>")) return "the app";
  if (catalogRoot && absolute.startsWith(catalogRoot + sep))
    return relative(catalogRoot, absolute).replaceAll("\\", "/");
  const store = absolute.lastIndexOf(`node_modules${sep}`);
  if (store !== -1 && !absolute.startsWith(`${repositoryRoot}${sep}packages`))
    return absolute.slice(store + "node_modules/".length).replaceAll("\\", "/");
  return relative(repositoryRoot, absolute).replaceAll("\\", "/");
}

/**
 * The package a labelled source belongs to (`sourceLabel`'s names): `@patchbay/connect`,
 * `@patchbay/runtime`, `@patchbay/<vendor>` (a synthetic copy's too), `the app`, or the package
 * of a file from the store (`openapi-fetch`).
 */
export function packageOfSource(label: string): string {
  if (label === "the app") return label;
  const copy = /^packages\/connect\/node_modules\/(@patchbay\/[^/]+)\//.exec(label);
  if (copy) return copy[1] as string;
  const own = /^packages\/([^/]+)\//.exec(label);
  if (own) return `@patchbay/${own[1]}`;
  const [scope, name] = label.split("/");
  return scope?.startsWith("@") ? `${scope}/${name}` : (scope as string);
}

/** Minified bytes by package (`packageOfSource`), largest first. */
export function bytesByPackage(
  sources: readonly SourceBytes[],
): { name: string; minBytes: number }[] {
  const totals = new Map<string, number>();
  for (const { file, minBytes } of sources) {
    const name = packageOfSource(file);
    totals.set(name, (totals.get(name) ?? 0) + minBytes);
  }
  return [...totals]
    .map(([name, minBytes]) => ({ name, minBytes }))
    .sort((a, b) => b.minBytes - a.minBytes || a.name.localeCompare(b.name));
}

/**
 * `@patchbay/runtime 19770 B (datagrid alone 19770 B), …`: each package's minified bytes in
 * `sources`, beside its bytes in the baseline's (the vendor's own call), when there is one.
 */
export function describeByPackage(
  sources: readonly SourceBytes[],
  baseline?: readonly SourceBytes[],
  baselineName = "datagrid alone",
): string {
  const before = new Map(bytesByPackage(baseline ?? []).map((p) => [p.name, p.minBytes]));
  return bytesByPackage(sources)
    .map(
      (p) =>
        `${p.name} ${p.minBytes} B${baseline ? ` (${baselineName} ${before.get(p.name) ?? 0} B)` : ""}`,
    )
    .join(", ");
}

const vendorPackage = /(?:^|\/)(?:packages|node_modules\/@patchbay)\/([a-z0-9-]+)\/dist\//;

/** The `@patchbay/<vendor>` packages (not connect, not the runtime) among a program's files. */
export function vendorPackagesIn(files: readonly string[]): string[] {
  return [
    ...new Set(
      files.flatMap((file) => {
        const vendor = vendorPackage.exec(file.replaceAll("\\", "/"))?.[1];
        return vendor === undefined || vendor === "connect" || vendor === "runtime" ? [] : [vendor];
      }),
    ),
  ].sort();
}

/**
 * One row per source file over several breakdowns (columns), largest in the last column first:
 * the first `limit` files, then the rest summed, then every file summed. A file missing from a
 * breakdown counts 0 there.
 */
export function sourcesSideBySide(
  columns: readonly (readonly SourceBytes[])[],
  limit: number,
): (string | number)[][] {
  const maps = columns.map((sources) => new Map(sources.map((s) => [s.file, s.minBytes])));
  const last = maps.at(-1) ?? new Map<string, number>();
  const files = [...new Set(columns.flatMap((sources) => sources.map((s) => s.file)))].sort(
    (a, b) => (last.get(b) ?? 0) - (last.get(a) ?? 0) || a.localeCompare(b),
  );
  const sum = (list: string[], map: Map<string, number>) =>
    list.reduce((total, file) => total + (map.get(file) ?? 0), 0);
  const rest = files.slice(limit);
  return [
    ...files
      .slice(0, limit)
      .map((file) => [`\`${file}\``, ...maps.map((map) => map.get(file) ?? 0)]),
    ...(rest.length > 0
      ? [[`${rest.length} more files`, ...maps.map((map) => sum(rest, map))]]
      : []),
    ["all", ...maps.map((map) => sum(files, map))],
  ];
}
