// Runs after `pnpm build`: the package's export conditions. Node (import and require) resolves the
// "node" entry, whose clients send through node:http by default; a browser bundle (esbuild,
// platform browser) takes the browser entry (no redirect-following code), a Worker's the main
// entry; none holds a `node:` import, and each keeps the full API.

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
    ["browser", "esm", [], "dist/index-browser.js"],
    ["browser", "cjs", [], "dist/index-browser.js"],
    ["neutral", "esm", [], "dist/index.js"],
    // what wrangler bundles a Worker with: workerd answers a manual redirect in full
    ["browser", "esm", ["workerd", "worker"], "dist/index.js"],
  ] as const)(
    "esbuild, platform %s (%s, conditions %j), bundles %s, with no node: import",
    async (platform, format, conditions, entry) => {
      const result = await build({
        stdin: {
          contents: 'export { createVendorClient } from "@patchbay/runtime";',
          resolveDir: packageDir,
        },
        bundle: true,
        write: false,
        platform,
        format,
        conditions: [...conditions],
        metafile: true,
        logLevel: "silent",
      });
      const inputs = Object.keys(result.metafile.inputs);
      expect(inputs).toContain(entry);
      expect(inputs.some((input) => input.includes("index-node"))).toBe(false);
      const code = result.outputFiles[0]?.text ?? "";
      expect(code).not.toMatch(/node:(http|https|zlib)/);
      // the redirect-following code (its refusal's words) only where a redirect can be read
      expect(code.includes("it would send the body to another origin")).toBe(
        !entry.includes("browser"),
      );
    },
  );

  it("the browser entry has the main entry's API, and rejects an opaque redirect", async () => {
    const runtime = (await import(
      new URL("../dist/index-browser.js", import.meta.url).href
    )) as typeof import("../src/index.js");
    expect(Object.keys(runtime).sort()).toEqual(
      Object.keys(await import("../src/index.js")).sort(),
    );
    const requested: Request[] = [];
    const opaque: typeof fetch = async (request) => {
      requested.push(request as Request);
      const response = new Response(null, { status: 200 });
      Object.defineProperty(response, "type", { value: "opaqueredirect" });
      return response;
    };
    const options: TestvendorOptions = { apiKey: "sk_dist", fetch: opaque, retry: false };
    const client = runtime.createVendorClient<paths>(descriptor, options);
    await expect(client.GET("/connections")).rejects.toThrow(/redirected in a browser/);
    expect(requested.map((request) => request.redirect)).toEqual(["manual"]);
  });

  it.each(["index.js", "index-node.js", "index-browser.js"])(
    "%s passes the body encodings on: a form operation is sent as a form",
    async (file) => {
      const runtime = (await import(
        new URL(`../dist/${file}`, import.meta.url).href
      )) as typeof import("../src/index.js");
      server = await startServer((res) => reply(res, 200, { ok: true }));
      const forms = {
        ...descriptor,
        formBodies: { operations: ["POST /connections"], style: "deepObject" },
      } as const;
      const options: TestvendorOptions = { baseUrl: server.url, apiKey: "sk_dist" };
      const client = runtime.createVendorClient<paths>(forms, options, [runtime.formBodies]);
      await client.POST("/connections", { body: { name: "n", config: { a: "1" } } as never });
      expect(server.received[0]?.headers["content-type"]).toBe("application/x-www-form-urlencoded");
      expect(server.received[0]?.body).toBe("name=n&config%5Ba%5D=1");
    },
  );
});
