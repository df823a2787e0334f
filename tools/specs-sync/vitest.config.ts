// The chain: pull, generate, spec:changes on a scratch repository.
// vite bundles a config file's relative imports and hands package imports to Node, which cannot
// load TypeScript: so the shared settings come by path, not through @patchbay/common.
import { toolTestConfig } from "../common/vitest-config.ts";

export default toolTestConfig({ generate: 1, process: 1 });
