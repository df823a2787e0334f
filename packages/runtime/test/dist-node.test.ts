// Runs after `pnpm build`: the package's export conditions. Node (import and require) resolves the
// "node" entry, whose clients send through node:http by default; a browser bundle (esbuild,
// platform browser) takes the main entry and holds no `node:` import; both keep the full API.

import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { afterEach, describe, expect, it } from "vitest";
import { descriptor, type paths, type TestvendorOptions } from "./fixtures.js";
import { reply, startServer, type TestServer } from "./server.js";

const built = existsSync(new URL("../dist/index-node.cjs", import.meta.url));
const packageDir = fileURLToPath(new URL("..", import.meta.url));
let server: TestServer | undefined;
afterEach(() => server?.close());

describe.skipIf(!built)("dist: export conditions", () => {
  it("Node resolves the node entry, for require and for import", () => {
    expect(createRequire(import.meta.url).resolve("@patchbay/runtime")).toMatch(/index-node\.cjs$/);
    expect(import.meta.resolve("@patchbay/runtime")).toMatch(/index-node\.js$/);
  });

  it.each([
    ["require", () => createRequire(import.meta.url)("@patchbay/runtime")],
    ["import", () => import(import.meta.resolve("@patchbay/runtime"))],
  ])(
    "the node entry through %s has the main entry's API and sends through node:http",
    async (_, load) => {
      const runtime = (await load()) as typeof import("../src/index.js");
      expect(Object.keys(runtime).sort()).toEqual(
        Object.keys(await import("../src/index.js")).sort(),
      );
      server = await startServer((res) => reply(res, 200, { ok: true }));
      const options: TestvendorOptions = { baseUrl: server.url, apiKey: "sk_dist" };
      const client = runtime.createVendorClient<paths>(descriptor, options);
      const { data } = await client.GET("/connections");
      expect(data).toEqual({ ok: true });
      expect(server.received[0]?.headers["sec-fetch-mode"]).toBeUndefined();
      expect(server.received[0]?.headers.authorization).toBe("Bearer sk_dist");
    },
  );

  it.each([
    ["browser", "esm"],
    ["neutral", "esm"],
    ["browser", "cjs"],
  ] as const)(
    "esbuild, platform %s (%s), bundles the main entry, with no node: import",
    async (platform, format) => {
      const result = await build({
        stdin: {
          contents: 'export { createVendorClient } from "@patchbay/runtime";',
          resolveDir: packageDir,
        },
        bundle: true,
        write: false,
        platform,
        format,
        metafile: true,
        logLevel: "silent",
      });
      const inputs = Object.keys(result.metafile.inputs);
      expect(inputs).toContain("dist/index.js");
      expect(inputs.some((input) => input.includes("index-node"))).toBe(false);
      expect(result.outputFiles[0]?.text).not.toMatch(/node:(http|https|zlib)/);
    },
  );
});
