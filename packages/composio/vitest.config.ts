// Generated from specs/composio.json by tools/generator; do not edit (change the document or the generator).
import { createRequire } from "node:module";
import { dirname, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { workLimitMs } from "../../tools/common/work-limit.ts";

const packageDir = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const contractSuite = require.resolve("@patchbay/contract/contract.test");
const mswSuite = require.resolve("@patchbay/contract/msw-suite.test");

export default defineConfig({
  resolve: {
    // the subpath first: "@patchbay/runtime" alone would also match "@patchbay/runtime/msw"
    alias: {
      "@patchbay/runtime/msw": fileURLToPath(new URL("../runtime/src/msw.ts", import.meta.url)),
      "@patchbay/runtime": fileURLToPath(new URL("../runtime/src/index.ts", import.meta.url)),
    },
  },
  test: {
    include: [
      "test/**/*.test.ts",
      relative(packageDir, contractSuite),
      relative(packageDir, mswSuite),
    ],
    provide: { contractPackageDir: fileURLToPath(new URL(".", import.meta.url)) },
    isolate: false,
    fileParallelism: false,
    testTimeout: workLimitMs({ process: 2, generate: 2 }),
    hookTimeout: workLimitMs({ process: 2, generate: 2 }),
  },
});
