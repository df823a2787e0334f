import { generatedHeader } from "./render-schema.ts";
import type { VendorModel } from "./vendor-model.ts";

/**
 * `vitest.config.ts`: the package's hand-written tests (`test/`, if any) plus the shared contract
 * suite (scripts/contract), which reads the vendor from this package's package.json. The suite
 * thus runs inside the package's own `test` task and turbo caches it per vendor. The files share
 * one worker, so Prism (seconds to import) is loaded once per package, not once per file.
 * `@patchbay/runtime` resolves to its source, so the task needs no build (see turbo.json).
 */
export function renderVitestConfig(model: VendorModel): string {
  return `// ${generatedHeader(model.specFile)}
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
`;
}
