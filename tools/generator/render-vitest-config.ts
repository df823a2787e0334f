import type { VendorFile } from "./generated-file.ts";
import { generatedHeader } from "./render-schema.ts";
import type { VendorModel } from "./vendor-model.ts";

/**
 * `vitest.config.ts`: the package's hand-written tests (`test/`, if any) plus the shared contract
 * suite and the MSW suite (@patchbay/contract, resolved through this package's dependency on it), which
 * read the vendor from this package's package.json. The suite
 * thus runs inside the package's own `test` task and turbo caches it per vendor. The files share
 * one worker, so Prism (seconds to import) is loaded once per package, not once per file.
 * `@patchbay/runtime` resolves to its source, so the task needs no build (see turbo.json).
 * Its limits guard against a hang and are derived from the suite's heaviest hooks (work-limit.ts,
 * by path: vite hands a config's package imports to Node, which cannot load TypeScript): starting
 * Prism on the document and checking the whole document (Redocly, Ajv) cost seconds on a 3 MB
 * document, many more on a busy machine.
 */
export function renderVitestConfig(model: VendorModel): string {
  return `// ${generatedHeader(model.specFile)}
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
`;
}

export const vitestConfigFile: VendorFile = {
  path: "vitest.config.ts",
  render: ({ model }) => renderVitestConfig(model),
  biome: "checked",
};
