import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts", "src/node-transport.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  // Deno resolves `node:http`, not a bare `http`
  removeNodeProtocol: false,
  // each entry self-contained: the main entry loads no shared chunk
  splitting: false,
});
