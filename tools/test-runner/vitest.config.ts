// The test runner's own helpers (failed-tests.ts); run-tests.ts itself is `pnpm test`.
// vite bundles a config file's relative imports and hands package imports to Node, which cannot
// load TypeScript: so the shared settings come by path, not through @patchbay/common.
import { toolTestConfig } from "../common/vitest-config.ts";

export default toolTestConfig();
