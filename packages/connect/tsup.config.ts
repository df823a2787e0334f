import { readdirSync } from "node:fs";
import type { Plugin } from "esbuild";
import { defineConfig } from "tsup";

/** One entry per vendor module: `@patchbay/connect/vendors/<vendor>`, also what the main entry imports on first use. */
const vendorEntries = Object.fromEntries(
  readdirSync("src/vendors")
    .filter((file) => file.endsWith(".ts"))
    .map((file) => [`vendors/${file.slice(0, -3)}`, `src/vendors/${file}`]),
);

/** The modules the main entry imports on first use, besides the vendors: files of their own too. */
const lazyEntries = {
  lifecycle: "src/lifecycle.ts",
  "list-all": "src/list-all.ts",
  failure: "src/failure.ts",
};

/**
 * The CommonJS build does not split: left to itself, dist/index.cjs would inline every vendor's
 * definition (and package require), and the methods loaded on first use. Here each
 * `./vendors/<vendor>.js` the catalog (and the registry) imports, and each lazy module, stays a
 * file of its own (`dist/vendors/<vendor>.cjs`, `dist/lifecycle.cjs`...), required on first use.
 */
const vendorsApartInCommonJs: Plugin = {
  name: "vendors-apart-in-commonjs",
  setup(build) {
    if (build.initialOptions.format !== "cjs") return;
    build.onResolve(
      { filter: /^\.\/(vendors\/[^/]+|lifecycle|list-all|failure)\.js$/ },
      ({ path }) => ({
        path: `${path.slice(0, -".js".length)}.cjs`,
        external: true,
      }),
    );
  },
};

export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      registry: "src/registry.generated.ts",
      ...vendorEntries,
      ...lazyEntries,
    },
    format: ["esm", "cjs"],
    dts: {
      entry: { index: "src/index.ts", registry: "src/registry.generated.ts", ...vendorEntries },
    },
    target: "es2022",
    esbuildPlugins: [vendorsApartInCommonJs],
    // In CommonJS a vendor's file is `require()`d on first use, not imported through the ESM loader.
    esbuildOptions(options, { format }) {
      if (format === "cjs") options.supported = { ...options.supported, "dynamic-import": false };
    },
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
