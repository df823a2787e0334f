// The issue's goals on big documents: each published document generates in under 5 s, and the
// package of a big document costs its user no more, bundled or imported, than the smallest's.
import type { BundleResults } from "./bundle-size.ts";
import type { ColdImportResults } from "./cold-import.ts";
import type { DocumentGenerationResults } from "./document-generation.ts";
import { type DocumentStat, describeDocument } from "./document-stats.ts";
import { type Goal, notMeasured } from "./goal-types.ts";
import { ratio } from "./stats.ts";
import { bigDocumentCalls, packageOf, SMALL_DOCUMENT_VENDOR } from "./subjects.ts";

const GENERATION_CEILING_MS = 5000;
/** A big document's create-connection bundle, at most this many times the small document's. */
const BUNDLE_CEILING = 1.05;
/** A big document's cold import, at most this many times the small document's. */
const COLD_IMPORT_CEILING = 1.25;

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export function documentGenerationGoal(generation: DocumentGenerationResults | undefined): Goal {
  const goal = "Each published document generates in under 5 s";
  const target = `median wall time of \`generate({ root, vendors: [vendor], check: true })\` < ${GENERATION_CEILING_MS / 1000} s, every document whose sidecar names its published \`source\``;
  if (!generation) return notMeasured(goal, target);
  const published = generation.documents.filter((d) => d.published);
  if (published.length === 0) return notMeasured(goal, target);
  const slowest = [...published].sort((a, b) => b.wallMs - a.wallMs);
  return {
    source: "issue",
    goal,
    target,
    measured: `${published.length} published documents: ${slowest
      .map(
        (d) =>
          `${d.vendor} ${d.ok ? seconds(d.wallMs) : `failed: ${d.error}`} (${describeDocument(d)})`,
      )
      .join("; ")}`,
    met: published.every((d) => d.ok && d.wallMs < GENERATION_CEILING_MS),
  };
}

/** The big documents measured (those of `bigDocumentCalls` present in the run), and the baseline. */
function bigSubjects<T>(of: (subject: string) => T | undefined) {
  const big = (Object.keys(bigDocumentCalls) as string[]).flatMap((vendor) => {
    const found = of(packageOf(vendor));
    return found === undefined ? [] : [{ vendor, found }];
  });
  return { base: of(packageOf(SMALL_DOCUMENT_VENDOR)), big };
}

const documentOf = (documents: DocumentStat[] | undefined, vendor: string) =>
  documents === undefined
    ? ""
    : ` (${describeDocument(documents.find((d) => d.vendor === vendor))})`;

export function bigDocumentBundleGoal(bundle: BundleResults | undefined): Goal {
  const goal = `A big document's create-connection bundle is within 5 % of \`${packageOf(SMALL_DOCUMENT_VENDOR)}\`'s`;
  const target = `min+gz ≤ ${BUNDLE_CEILING}× \`${packageOf(SMALL_DOCUMENT_VENDOR)}\`'s in the same run, every big document's package there (\`${Object.keys(bigDocumentCalls).map(packageOf).join("`, `")}\`)`;
  if (!bundle) return notMeasured(goal, target);
  const { base, big } = bigSubjects(
    (subject) => bundle.sizes.find((s) => s.subject === subject)?.gzipBytes,
  );
  if (base === undefined || big.length === 0) return notMeasured(goal, target);
  const missing = Object.keys(bigDocumentCalls).filter((v) => !big.some((b) => b.vendor === v));
  return {
    source: "issue",
    goal,
    target,
    measured: [
      `${SMALL_DOCUMENT_VENDOR} ${base} B${documentOf(bundle.documents, SMALL_DOCUMENT_VENDOR)}`,
      ...big.map(
        (b) =>
          `${b.vendor} ${b.found} B, ${ratio(b.found, base)}×${documentOf(bundle.documents, b.vendor)}`,
      ),
      ...missing.map((vendor) => `${vendor}: no package in packages/ yet, not measured`),
    ].join("; "),
    met: big.every((b) => b.found <= BUNDLE_CEILING * base),
  };
}

export function bigDocumentColdImportGoal(cold: ColdImportResults | undefined): Goal {
  const goal = `A big document's cold import takes at most 1.25× \`${packageOf(SMALL_DOCUMENT_VENDOR)}\`'s`;
  const target = `median \`import()\` and \`require()\` ≤ ${COLD_IMPORT_CEILING}× \`${packageOf(SMALL_DOCUMENT_VENDOR)}\`'s in the same run, every big document's package there`;
  if (!cold) return notMeasured(goal, target);
  const { base, big } = bigSubjects((subject) => cold.modules.find((m) => m.subject === subject));
  if (base === undefined || big.length === 0) return notMeasured(goal, target);
  const missing = Object.keys(bigDocumentCalls).filter((v) => !big.some((b) => b.vendor === v));
  return {
    source: "issue",
    goal,
    target,
    measured: [
      `${SMALL_DOCUMENT_VENDOR} import() ${base.importMs} ms, require() ${base.requireMs} ms${documentOf(cold.documents, SMALL_DOCUMENT_VENDOR)}`,
      ...big.map(
        (b) =>
          `${b.vendor} import() ${b.found.importMs} ms (${ratio(b.found.importMs, base.importMs)}×), require() ${b.found.requireMs} ms (${ratio(b.found.requireMs, base.requireMs)}×)${documentOf(cold.documents, b.vendor)}`,
      ),
      ...missing.map((vendor) => `${vendor}: no package in packages/ yet, not measured`),
    ].join("; "),
    met: big.every(
      (b) =>
        b.found.importMs <= COLD_IMPORT_CEILING * base.importMs &&
        b.found.requireMs <= COLD_IMPORT_CEILING * base.requireMs,
    ),
  };
}
