import { defineConfig } from "tsup";

export default defineConfig({
  // index-node: the "node" export condition's entry (the main entry and a node:http default);
  // index-browser: the "browser" condition's (the main entry without the redirect-following code)
  entry: [
    "src/index.ts",
    "src/index-node.ts",
    "src/index-browser.ts",
    "src/node-transport.ts",
    // @patchbay/runtime/msw: msw (an optional peer dependency) is external, loaded by this entry only
    "src/msw.ts",
  ],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  // Deno resolves `node:http`, not a bare `http`
  removeNodeProtocol: false,
  // each entry self-contained: the main entry loads no shared chunk
  splitting: false,
});
