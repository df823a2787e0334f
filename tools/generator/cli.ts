import { parseArgs } from "node:util";
import { readCommandLine } from "@patchbay/common/command-line";
import { formatTable } from "@patchbay/common/text-table";
import { SpecErrors } from "@patchbay/openapi/spec-error";
import { generate } from "./generate.ts";

const usage = `Usage: pnpm generate [--check] [vendor...]

Generates packages/<vendor> from specs/<vendor>.yaml for every document (or those named).
  --check   write nothing; exit 1 and list every file that differs from a fresh generation
  --write   write even in CI (where CI is set, generate runs as --check, like pnpm's frozen lockfile)
  --root    repository root (default: this checkout)`;

async function main(): Promise<number> {
  const commandLine = readCommandLine(parse, usage);
  if ("exitCode" in commandLine) return commandLine.exitCode;
  const { parsed, root } = commandLine;
  const frozen = Boolean(process.env.CI) && process.env.CI !== "false" && !parsed.values.write;
  const check = (parsed.values.check ?? false) || frozen;
  try {
    const started = performance.now();
    const result = await generate({ root, vendors: parsed.positionals, check });
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    if (check) {
      if (result.changed.length > 0) {
        console.error(
          `Generated output is out of date${frozen ? " (CI: generate runs as --check)" : ""}; run pnpm generate and commit:\n${result.changed.map((file) => `  ${file}`).join("\n")}`,
        );
        return 1;
      }
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
    console.log(
      check
        ? `Generated output is up to date (checked in ${seconds}s).`
        : `${result.changed.length} file(s) written in ${seconds}s.`,
    );
    return 0;
  } catch (error) {
    if (error instanceof SpecErrors) {
      console.error(`Generation failed; nothing was written.\n${error.message}`);
      return 1;
    }
    console.error(`Generation failed; nothing was written.\n${(error as Error).message}`);
    return 1;
  }
}

function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      check: { type: "boolean" },
      write: { type: "boolean" },
      root: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
}

process.exitCode = await main();
