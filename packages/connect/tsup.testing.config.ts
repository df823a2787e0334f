import { defineConfig } from "tsup";

/**
 * `@patchbay/connect/testing`, built after tsup.config.ts (the build script runs both): apart, so
 * that no file the other entries load changes, and after, because tsup's declaration step removes
 * every `.d.ts` of dist/ when a build with `clean` starts it. It bundles its own copy of the
 * definitions and rules it reads; the vendor packages (and their `/msw` mocks, imported with a
 * scenario's first answer) and msw stay imports.
 */
export default defineConfig({
  entry: { testing: "src/testing/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  target: "es2022",
  clean: false,
  // One file per format: the definitions' `rules()` imports are inlined, not split into chunks.
  splitting: false,
  external: ["msw", /^@patchbay\//],
  esbuildOptions(options, { format }) {
    if (format === "cjs") options.supported = { ...options.supported, "dynamic-import": false };
  },
});
