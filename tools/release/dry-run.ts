// `pnpm release:dry`: see release-dry-run.ts and docs/releasing.md.
import { parseArgs } from "node:util";
import { repositoryRoot } from "@patchbay/common/git";
import { consumerTable, packagesTable, releaseDryRun } from "./release-dry-run.ts";

const usage = `Usage: pnpm release:dry [--working-tree] [--keep] [--no-consumer] [--verbose]

In a temporary copy of the repository: pnpm install (offline, from the store), changeset version,
turbo build of packages/*, pnpm pack of every public package; prints package | version | tarball |
size; then runs the consumer test on the tarballs (plain npm, ESM + CJS against Prism mocks,
connect(), tsc under node16 and bundler). Nothing in this checkout changes.
  --working-tree  copy the working tree as it is (default: HEAD plus the pending .changeset/*.md)
  --keep          keep the copy, the tarballs and the consumer project, and print where they are
  --no-consumer   stop after packing
  --verbose       show every command's output`;

async function main(): Promise<number> {
  let values: ReturnType<typeof parse>["values"];
  try {
    values = parse().values;
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const started = performance.now();
  const result = await releaseDryRun({
    root: repositoryRoot(process.cwd()),
    source: values["working-tree"] ? "working-tree" : "head",
    keep: values.keep,
    consumer: !values["no-consumer"],
    verbose: values.verbose,
    log: (line) => console.log(line),
  });
  const { pack, consumer } = result;
  const versioning = pack.versioning.split("\n").filter((line) => line.includes("🦋"));
  console.log(`\nchangeset version: ${versioning.join(" ").replace(/🦋\s*/g, "") || "done"}`);
  console.log(`\n${packagesTable(pack, result.workDir)}\n`);
  console.log(
    `install ${pack.seconds.install.toFixed(1)}s, version ${pack.seconds.version.toFixed(1)}s, build ${pack.seconds.build.toFixed(1)}s (turbo: ${pack.buildCache}), pack ${pack.seconds.pack.toFixed(1)}s`,
  );
  if (consumer) {
    console.log(`\nconsumer test (${consumer.seconds.toFixed(1)}s):\n${consumerTable(consumer)}`);
    for (const check of consumer.checks) console.log(`  ${check.name}: ${check.detail}`);
    if (!consumer.connect) {
      console.log(
        "  note: @patchbay/connect was not packed (no packages/connect): connect() not run",
      );
    }
  }
  if (values.keep) console.log(`\nkept: ${result.workDir}${consumer ? `, ${consumer.dir}` : ""}`);
  console.log(
    `\nrelease dry run ${result.ok ? "passed" : "FAILED"} in ${((performance.now() - started) / 1000).toFixed(1)}s; nothing was published`,
  );
  return result.ok ? 0 : 1;
}

function parse() {
  return parseArgs({
    options: {
      "working-tree": { type: "boolean", default: false },
      keep: { type: "boolean", default: false },
      "no-consumer": { type: "boolean", default: false },
      verbose: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`release dry run failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
