import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Plugin } from "esbuild";
import { defineConfig } from "tsup";

/** One entry per vendor module: `@patchbay/connect/vendors/<vendor>`, also what the main entry imports on first use. */
const vendorEntries = Object.fromEntries(
  readdirSync("src/vendors")
    .filter((file) => file.endsWith(".ts"))
    .map((file) => [`vendors/${file.slice(0, -3)}`, `src/vendors/${file}`]),
);

/**
 * The modules the entries import on first use, besides the vendors: built apart (the second
 * config), so that no code of theirs, and no runtime code they alone use (paging, redaction),
 * is in a file an entry loads. They make no error themselves (the entry hands them its classes),
 * so the runtime's pure helpers they use are bundled into them: imported from `@patchbay/runtime`,
 * those would share one file with the entry's runtime in an app's bundle.
 */
const lazyEntries = {
  later: "src/later.ts",
  failure: "src/failure.ts",
  webhooks: "src/webhooks.ts",
};

/** The runtime's sources, found through its package as installed (a workspace link). */
const runtimeSources = join(
  dirname(createRequire(import.meta.url).resolve("@patchbay/runtime/package.json")),
  "src/index.ts",
);

/** `./later.js`, `./failure.js` as imported: the lazy modules' files, not bundled in. */
const LAZY_IMPORT = /^\.\/(later|failure|webhooks)\.js$/;

/**
 * The CommonJS build does not split: left to itself, dist/index.cjs would inline every vendor's
 * definition (and package require), and the methods loaded on first use. Here each
 * `./vendors/<vendor>.js` the catalog (and the registry) imports, and each lazy module, stays a
 * file of its own (`dist/vendors/<vendor>.cjs`, `dist/later.cjs`...), required on first use.
 */
const vendorsApartInCommonJs: Plugin = {
  name: "vendors-apart-in-commonjs",
  setup(build) {
    if (build.initialOptions.format !== "cjs") return;
    build.onResolve({ filter: /^\.\/vendors\/[^/]+\.js$/ }, ({ path }) => ({
      path: `${path.slice(0, -".js".length)}.cjs`,
      external: true,
    }));
  },
};

/** The lazy modules stay files of their own (`dist/later.js`, `dist/later.cjs`...). */
const lazyModulesApart: Plugin = {
  name: "lazy-modules-apart",
  setup(build) {
    const extension = build.initialOptions.format === "cjs" ? ".cjs" : ".js";
    build.onResolve({ filter: LAZY_IMPORT }, ({ path }) => ({
      path: `${path.slice(0, -".js".length)}${extension}`,
      external: true,
    }));
  },
};

export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      core: "src/core.ts",
      registry: "src/registry.generated.ts",
      ...vendorEntries,
    },
    format: ["esm", "cjs"],
    dts: {
      entry: {
        index: "src/index.ts",
        core: "src/core.ts",
        registry: "src/registry.generated.ts",
        ...vendorEntries,
      },
    },
    target: "es2022",
    esbuildPlugins: [vendorsApartInCommonJs, lazyModulesApart],
    // In CommonJS a vendor's file is `require()`d on first use, not imported through the ESM loader.
    esbuildOptions(options, { format }) {
      if (format === "cjs") options.supported = { ...options.supported, "dynamic-import": false };
    },
    // The builds run at once: this one empties dist/ but keeps what the others write.
    clean: ["!cli.js", "!later.*", "!failure.*", "!webhooks.*", "!chunk-lazy-*", "!testing.*"],
  },
  {
    entry: lazyEntries,
    format: ["esm", "cjs"],
    target: "es2022",
    // Bundled in: the runtime's pure helpers (no class; see lazyEntries), from its sources, whose
    // files esbuild leaves out where nothing of theirs is used (the client, its openapi-fetch).
    noExternal: ["@patchbay/runtime"],
    esbuildOptions(options, { format }) {
      options.alias = { "@patchbay/runtime": runtimeSources };
      if (format === "cjs") options.supported = { ...options.supported, "dynamic-import": false };
      options.chunkNames = "chunk-lazy-[hash]";
    },
  },
  {
    // `patchbay`: ESM only, no types; tsup keeps the shebang and makes the file executable.
    entry: ["src/cli.ts"],
    format: ["esm"],
    target: "node20",
  },
]);
