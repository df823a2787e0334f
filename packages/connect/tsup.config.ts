import { readdirSync } from "node:fs";
import { defineConfig } from "tsup";

/** One entry per vendor module: `@patchbay/connect/vendors/<vendor>`, also what the main entry imports on first use. */
const vendorEntries = Object.fromEntries(
  readdirSync("src/vendors")
    .filter((file) => file.endsWith(".ts"))
    .map((file) => [`vendors/${file.slice(0, -3)}`, `src/vendors/${file}`]),
);

export default defineConfig([
  {
    entry: { index: "src/index.ts", registry: "src/registry.generated.ts", ...vendorEntries },
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
