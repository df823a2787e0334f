import { defineConfig } from "vitest/config";
// By path: vite bundles a config file's relative imports, and Node cannot load a .ts package.
import { workLimitMs } from "../../tools/common/work-limit.ts";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The files share one module graph per worker: the app's modules (the documents' examples,
    // every vendor's package) are loaded once per worker, not once per file (~20 s each).
    isolate: false,
    globalSetup: ["test/chromium-notice.ts"],
    testTimeout: 60_000,
    // A suite's set-up starts the Prism mocks, the app and Chromium.
    hookTimeout: workLimitMs({ process: 3 }),
  },
});
