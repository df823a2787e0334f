// vite bundles a config file's relative imports and hands package imports to Node, which cannot
// load TypeScript: so the shared settings come by path, not through @patchbay/common.

import { mergeConfig } from "vitest/config";
import { toolTestConfig } from "../common/vitest-config.ts";

// contract.test.ts and msw-suite.test.ts run in each vendor package's vitest, for that vendor.
export default mergeConfig(toolTestConfig(), {
  test: { exclude: ["contract.test.ts", "msw-suite.test.ts"] },
});
