// `pnpm --filter @patchbay/runtime-matrix matrix [--keep] [--details]`: the matrix on its own, after a build.
import { detailLines, formatMatrix } from "./matrix-table.ts";
import { runMatrix } from "./run-matrix.ts";

const keep = process.argv.includes("--keep");
const details = process.argv.includes("--details");
const result = await runMatrix({ keep });
console.log(formatMatrix(result));
if (details) console.log(detailLines(result).join("\n"));
console.log(
  `${result.installed}; pack ${result.seconds.pack.toFixed(1)}s, npm install ${result.seconds.install.toFixed(1)}s, runtimes ${result.seconds.runtimes.toFixed(1)}s, total ${result.seconds.total.toFixed(1)}s${keep ? `; project kept in ${result.projectDir}` : ""}`,
);
