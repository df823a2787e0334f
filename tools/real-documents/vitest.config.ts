// GitHub's REST description (13 MB, 1,223 operations): generation about ten times a vendor
// document's, and one type-check of the package it makes.
// vite bundles a config file's relative imports and hands package imports to Node, which cannot
// load TypeScript: so the shared settings come by path, not through @patchbay/common.
import { toolTestConfig } from "../common/vitest-config.ts";

export default toolTestConfig({ generate: 10, typeCheck: 2 });
