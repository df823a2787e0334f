// The runtime matrix's entry on Node, Bun and Deno: loads the packed packages with `import` and
// with `require` (node:module's createRequire, which all three have), runs the checks and prints
// one line, `MATRIX_RESULT {...}`. The configuration is the first argument (JSON).
import { createRequire } from "node:module";
import { runChecks } from "./checks.mjs";

const config = JSON.parse(globalThis.Deno ? globalThis.Deno.args[0] : globalThis.process.argv[2]);
const load = async (loader) => {
  try {
    return {
      datagrid: await loader("@patchbay/datagrid"),
      connect: await loader("@patchbay/connect"),
    };
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
};
const esm = await load((name) => import(name));
const cjs = await load(createRequire(import.meta.url));
const nodeTransport = await import("@patchbay/runtime/node-transport").catch((error) =>
  error instanceof Error ? error : new Error(String(error)),
);
const results = await runChecks({ esm, cjs, config, nodeTransport });
console.log(`MATRIX_RESULT ${JSON.stringify(results)}`);
