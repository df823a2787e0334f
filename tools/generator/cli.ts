import { parseArgs } from "node:util";
import { readCommandLine } from "@patchbay/common/command-line";
import { formatTable } from "@patchbay/common/text-table";
import { type GenerateResult, generate, RefusedDocuments } from "./generate.ts";

const usage = `Usage: pnpm generate [--check] [--keep-going] [vendor...]

Generates packages/<vendor> from specs/<vendor>.yaml|json for every document (or those named).
A refused document stops its own vendor only: its package (and @patchbay/connect's registry) is
left as it was, the other vendors are generated, and the command exits 1 naming every problem.
  --check       write nothing; exit 1 and list every file that differs from a fresh generation
  --write       write even in CI (where CI is set, generate runs as --check, like pnpm's frozen lockfile)
  --keep-going  exit 0 even where a document is refused (its problems are still printed): for the
                test pipeline, where pnpm lint:specs fails on it and the other vendors go on to
                build and test
  --root        repository root (default: this checkout)`;

async function main(): Promise<number> {
  const commandLine = readCommandLine(parse, usage);
  if ("exitCode" in commandLine) return commandLine.exitCode;
  const { parsed, root } = commandLine;
  const frozen = Boolean(process.env.CI) && process.env.CI !== "false" && !parsed.values.write;
  const check = (parsed.values.check ?? false) || frozen;
  const started = performance.now();
  let result: GenerateResult;
  let refusal: RefusedDocuments | undefined;
  try {
    result = await generate({ root, vendors: parsed.positionals, check });
  } catch (error) {
    if (!(error instanceof RefusedDocuments)) {
      console.error(`Generation failed; nothing was written.\n${(error as Error).message}`);
      return 1;
    }
    refusal = error;
    result = error.result;
    console.error(
      `Refused ${error.refused.join(", ")}: ${error.refused.length === 1 ? "its package is" : "their packages are"} left as ${error.refused.length === 1 ? "it was" : "they were"}, and so is @patchbay/connect's registry.\n${error.message}`,
    );
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const outcome = report(result, check, frozen, seconds, refusal !== undefined);
  if (outcome !== 0) return outcome;
  return refusal && !parsed.values["keep-going"] ? 1 : 0;
}

/** The table of generated vendors and what was written (or differs); 1 when `check` finds differences. */
function report(
  result: GenerateResult,
  check: boolean,
  frozen: boolean,
  seconds: string,
  othersOnly: boolean,
): number {
  if (check && result.changed.length > 0) {
    console.error(
      `Generated output is out of date${frozen ? " (CI: generate runs as --check)" : ""}; run pnpm generate and commit:\n${result.changed.map((file) => `  ${file}`).join("\n")}`,
    );
    return 1;
  }
  console.log(
    formatTable(
      result.vendors.map(({ model }) => ({
        vendor: model.name,
        package: model.packageName,
        operations: model.operations.length,
        "source document": `${model.specFile} (${model.title} ${model.specVersion})`,
      })),
    ),
  );
  const which = othersOnly ? " for the vendors not refused" : "";
  console.log(
    check
      ? `Generated output is up to date${which} (checked in ${seconds}s).`
      : `${result.changed.length} file(s) written${which} in ${seconds}s.`,
  );
  return 0;
}

function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      check: { type: "boolean" },
      write: { type: "boolean" },
      "keep-going": { type: "boolean" },
      root: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
}

process.exitCode = await main();
