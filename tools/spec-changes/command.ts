import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import type { TypeCheck } from "./classify.ts";
import { runSpecChanges, type VendorResult } from "./run-spec-changes.ts";
import { createUsageTypeCheck, fixturePath, type UsageTypeCheck } from "./type-check.ts";

const usage = `Usage: pnpm spec:changes [--base <git ref>] [--dry-run] [--type-check <module>] [vendor...]

For each changed document in specs/, classifies the change (breaking / additive / docs-only) and
writes .changeset/spec-<vendor>-<hash>.md with the bump the release policy gives (docs/releasing.md).
Running it again for the same change writes nothing.
  --base <ref>           diff from this ref (default: the package's last release tag, else the
                         last @patchbay/* release tag, else origin/main, else HEAD~1)
  --dry-run              print what would be written; write and remove nothing
  --type-check <module>  a module whose default export is (vendor) => { ok, diagnostics }
                         (or a promise of it); a failed check makes the change breaking.
                         Default: tools/spec-changes/type-check.ts, which compiles each
                         packages/<vendor>/test/usage.fixture.ts as it was at the base against
                         the newly generated client (run pnpm generate first)
  --verbose              list every classified change under its vendor's line`;

export interface CommandIo {
  /** The directory the command runs in (the CLI: process.cwd()). */
  cwd: string;
  log: (line: string) => void;
  error: (line: string) => void;
}

/** `pnpm spec:changes` with these arguments; resolves to the exit code. */
export async function runSpecChangesCommand(
  args: readonly string[],
  { cwd, log, error: logError }: CommandIo,
): Promise<number> {
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine(args);
  } catch (error) {
    logError(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    log(usage);
    return 0;
  }
  let typeCheck: TypeCheck | undefined;
  let usageTypeCheck: UsageTypeCheck | undefined;
  try {
    if (values["type-check"]) {
      typeCheck = await loadTypeCheck(values["type-check"], values.base, cwd);
    } else {
      usageTypeCheck = createUsageTypeCheck({ cwd, base: values.base });
      typeCheck = usageTypeCheck;
    }
  } catch (error) {
    logError((error as Error).message);
    return 2;
  }

  let results: VendorResult[];
  try {
    results = await runSpecChanges({
      cwd,
      base: values.base,
      vendors: positionals,
      dryRun: values["dry-run"],
      typeCheck,
    });
  } catch (error) {
    logError((error as Error).message);
    return 2;
  }

  for (const base of new Set(results.map((result) => result.base?.ref))) {
    const vendors = results
      .filter((result) => result.base?.ref === base)
      .map((result) => result.vendor);
    const reason = results.find((result) => result.base?.ref === base)?.base?.reason;
    log(
      base
        ? `base ${base} (${reason}): ${vendors.join(", ")}`
        : `no base commit: ${vendors.join(", ")}`,
    );
  }
  for (const result of results) {
    log(result.line);
    for (const file of result.removed)
      log(`  ${values["dry-run"] ? "would replace" : "replaced"} ${file}`);
    for (const note of result.notes) log(`  note: ${note}`);
    if (values.verbose) {
      for (const change of result.classification?.changes ?? []) {
        log(
          `  - ${change.level}: ${change.operation ? `${change.operation}: ` : ""}${change.message}`,
        );
      }
    }
  }
  log(
    usageTypeCheck
      ? usageTypeCheckSummary(usageTypeCheck)
      : "type check: ran for additive and docs-only changes (a breaking one is already the highest bump)",
  );
  return results.some((result) => result.status === "failed") ? 1 : 0;
}

function parseCommandLine(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      base: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      "type-check": { type: "string" },
      verbose: { type: "boolean", short: "v", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
}

function usageTypeCheckSummary(check: UsageTypeCheck): string {
  const outcomes = [...check.outcomes];
  const checked = outcomes.filter(([, outcome]) => outcome === "ok" || outcome === "failed");
  const unchecked = outcomes.filter(([, outcome]) => outcome === "no-fixture");
  const notGenerated = outcomes.filter(([, outcome]) => outcome === "not-generated");
  const lines: string[] = [];
  if (checked.length > 0) {
    const verdicts = checked.map(([vendor, outcome]) =>
      outcome === "failed" ? `${vendor} failed (escalated to breaking)` : `${vendor} ok`,
    );
    lines.push(
      `type check: the base's usage fixtures against the new client: ${verdicts.join(", ")}`,
    );
  }
  if (unchecked.length > 0) {
    lines.push(
      `type check: not wired for ${unchecked.map(([vendor]) => vendor).join(", ")}: no ${fixturePath("<vendor>")} at the base, so those bumps come from the spec diff alone`,
    );
  }
  if (notGenerated.length > 0) {
    lines.push(
      `type check: refused for ${notGenerated.map(([vendor]) => vendor).join(", ")}: the package is not generated from the current document (run pnpm generate first)`,
    );
  }
  if (lines.length === 0) {
    lines.push("type check: nothing to check (it runs for additive and docs-only changes only)");
  }
  return lines.join("\n");
}

async function loadTypeCheck(
  modulePath: string,
  base: string | undefined,
  cwd: string,
): Promise<TypeCheck> {
  const loaded = (await import(pathToFileURL(resolve(cwd, modulePath)).href)) as {
    default?: unknown;
    typeCheck?: unknown;
    createTypeCheck?: unknown;
  };
  if (typeof loaded.createTypeCheck === "function") {
    return loaded.createTypeCheck({ cwd, base }) as TypeCheck;
  }
  const candidate = loaded.default ?? loaded.typeCheck;
  if (typeof candidate !== "function") {
    throw new Error(
      `--type-check ${modulePath}: export a function (vendor) => { ok, diagnostics } as default or as typeCheck`,
    );
  }
  return candidate as TypeCheck;
}
