// Generated from specs/supermemory.yaml by scripts/generate; do not edit (change the document or the generator).
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@patchbay/runtime": fileURLToPath(new URL("../runtime/src/index.ts", import.meta.url)),
    },
  },
  test: {
    include: ["test/**/*.test.ts", "../../scripts/contract/contract.test.ts"],
    provide: { contractPackageDir: fileURLToPath(new URL(".", import.meta.url)) },
    isolate: false,
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
