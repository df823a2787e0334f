// `pnpm lint:specs`: every vendor document as generation takes it (overlay applied), checked by
// validateDocument (errors: exit 1), and Redocly's recommended style rules (warnings: missing
// descriptions, tags, licence), each at file:line. Examples are example-findings.ts's (pnpm test).
import { join, resolve } from "node:path";
import { createConfig } from "@redocly/openapi-core";
import { lintProblems, STRUCTURE_RULES } from "./document-structure.ts";
import { pointerOf, tokensOf } from "./json-pointer.ts";
import { SpecError } from "./spec-error.ts";
import { checkDocument } from "./validate-document.ts";
import { loadVendorDocument } from "./vendor-document.ts";
import { listDocuments } from "./vendor-documents.ts";

/** Off: checked elsewhere (structure, examples, path templates) or legal for a routed server. */
const NOT_STYLE = [
  ...Object.keys(STRUCTURE_RULES),
  "no-invalid-media-type-examples",
  "no-invalid-schema-examples",
  "no-invalid-parameter-examples",
  "no-example-value-and-externalValue",
  "no-unresolved-refs",
  "path-parameters-defined",
  "path-declaration-must-exist",
  "security-defined",
  // Supermemory's /v3/connections/{provider} and /v3/connections/{connectionId}: legal for a
  // server that routes by method
  "no-identical-paths",
  "no-ambiguous-paths",
];

const root = resolve(process.argv[2] ?? ".");
const style = await createConfig({
  extends: ["recommended"],
  rules: Object.fromEntries(NOT_STYLE.map((rule) => [rule, "off"])),
});
let errors = 0;
let warnings = 0;
let findings = 0;
for (const file of listDocuments(root)) {
  try {
    const vendor = await loadVendorDocument(root, file);
    const loaded = { ...vendor.loaded, document: vendor.document };
    const checked = await checkDocument(loaded, join(root, "specs"));
    const problems = [...(vendor.overlay?.unused ?? []), ...checked.errors];
    for (const problem of problems) console.error(`error   ${problem.message}`);
    // The document's defects the generator types correctly anyway: reported, never fatal.
    for (const finding of checked.findings) console.log(`finding ${finding.message}`);
    findings += checked.findings.length;
    errors += problems.length;
    if (problems.length > 0) continue;
    for (const problem of await lintProblems(loaded.document, vendor.path, style)) {
      const pointer = pointerOf(tokensOf(problem.location[0]?.pointer ?? "#"));
      const at = loaded.errorAt(pointer, `${problem.message} (Redocly rule ${problem.ruleId})`);
      console.log(`warning ${at.message}`);
      warnings++;
    }
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    console.error(`error   ${error.message}`);
    errors++;
  }
}
console.log(`${errors} error(s), ${findings} finding(s), ${warnings} warning(s)`);
process.exitCode = errors > 0 ? 1 : 0;
