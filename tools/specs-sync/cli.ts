import { appendFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { readCommandLine } from "@patchbay/common/command-line";
import { formatPullReport } from "@patchbay/specs-pull/pull-report";
import { runSync } from "./run-sync.ts";
import { formatRegenerated, formatStepLines, renderSyncMarkdown } from "./sync-report.ts";
import { describeStep } from "./sync-steps.ts";

const usage = `Usage: pnpm specs:sync [--report <file>] [vendor...]

pnpm specs:pull, then for every vendor whose document changed (in this pull, or since its package
was generated: a pnpm specs:pull <vendor> before this): pnpm generate --write <vendors>,
pnpm spec:changes <vendors> (the changeset), and the vendors' tests (turbo run test --filter).
  --report <file>   also write the outcome as Markdown (a pull request body); where
                    GITHUB_STEP_SUMMARY is set it is appended there too
  --root            repository root (default: this checkout)
Exit code: 0 when nothing was refused and every step passed; 1 otherwise; 2 on usage.`;

async function main(): Promise<number> {
  const commandLine = readCommandLine(parse, usage);
  if ("exitCode" in commandLine) return commandLine.exitCode;
  const { parsed, root } = commandLine;
  let result: Awaited<ReturnType<typeof runSync>>;
  try {
    result = await runSync({
      root,
      vendors: parsed.positionals,
      onPulled: (outcomes) => console.log(`${formatPullReport(outcomes)}\n`),
      onRegenerating: (regenerated) => {
        if (regenerated.length > 0) console.log(formatRegenerated(regenerated));
      },
      onStep: (step) => console.log(`\n> ${step.name}: ${describeStep(step)}`),
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  console.log(`\n${formatStepLines(result)}`);
  const markdown = renderSyncMarkdown(result);
  if (parsed.values.report) writeFileSync(parsed.values.report, markdown);
  if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, markdown);
  return result.exitCode;
}

function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      report: { type: "string" },
      root: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
}

process.exitCode = await main();
