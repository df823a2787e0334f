import { parseArgs } from "node:util";
import { readCommandLine } from "@patchbay/common/command-line";
import { formatPullReport } from "./pull-report.ts";
import { PULL_DEFAULTS, pullSpecs } from "./pull-specs.ts";

const usage = `Usage: pnpm specs:pull [--timeout-ms N] [--max-bytes N] [vendor...]

Fetches each vendor's published document (the \`source\` URL in specs/<vendor>.patchbay.yaml),
checks it as the generator would (with specs/<vendor>.overlay.yaml applied) and, when its bytes
changed, writes them unchanged to the vendor's document (specs/<vendor>.json, .yaml or .yml).
https only, no credentials, ETag / Last-Modified remembered in tools/specs-pull/state.json.
  --timeout-ms   deadline per vendor, redirects and body included (default ${PULL_DEFAULTS.timeoutMs})
  --max-bytes    largest document accepted (default ${PULL_DEFAULTS.maxBytes})
  --root         repository root (default: this checkout)
Exit code: 0 when no vendor was refused, 1 when any was (the others are still pulled), 2 on usage.`;

async function main(): Promise<number> {
  const commandLine = readCommandLine(parse, usage);
  if ("exitCode" in commandLine) return commandLine.exitCode;
  const { parsed, root } = commandLine;
  const timeoutMs = positiveInteger(parsed.values["timeout-ms"], "--timeout-ms");
  const maxBytes = positiveInteger(parsed.values["max-bytes"], "--max-bytes");
  if (timeoutMs === null || maxBytes === null) return 2;
  let outcomes: Awaited<ReturnType<typeof pullSpecs>>;
  try {
    outcomes = await pullSpecs({ root, vendors: parsed.positionals, timeoutMs, maxBytes });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  console.log(formatPullReport(outcomes));
  return outcomes.some((outcome) => outcome.result === "refused") ? 1 : 0;
}

function positiveInteger(value: string | undefined, flag: string): number | undefined | null {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (Number.isInteger(number) && number > 0) return number;
  console.error(`${flag} must be a positive integer, not ${JSON.stringify(value)}\n\n${usage}`);
  return null;
}

function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      "timeout-ms": { type: "string" },
      "max-bytes": { type: "string" },
      root: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
}

process.exitCode = await main();
