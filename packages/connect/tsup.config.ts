import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: ["src/index.ts"],
    format: ["esm", "cjs"],
    dts: true,
    target: "es2022",
    // Both builds run at once: this one empties dist/ but keeps the CLI the other one writes.
    clean: ["!cli.js"],
  },
  {
    // `patchbay`: ESM only, no types; tsup keeps the shebang and makes the file executable.
    entry: ["src/cli.ts"],
    format: ["esm"],
    target: "node20",
  },
]);
