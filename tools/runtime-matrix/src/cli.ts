// `pnpm --filter @patchbay/runtime-matrix matrix [--keep]`: the matrix on its own, after a build.
import { formatMatrix } from "./matrix-table.ts";
import { runMatrix } from "./run-matrix.ts";

const keep = process.argv.includes("--keep");
const result = await runMatrix({ keep });
console.log(formatMatrix(result));
console.log(
  `${result.installed}; pack ${result.seconds.pack.toFixed(1)}s, npm install ${result.seconds.install.toFixed(1)}s, runtimes ${result.seconds.runtimes.toFixed(1)}s, total ${result.seconds.total.toFixed(1)}s${keep ? `; project kept in ${result.projectDir}` : ""}`,
);
