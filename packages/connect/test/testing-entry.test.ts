// @patchbay/connect/testing as built: it works from dist (ESM and CommonJS), and no other entry
// of the package — the main entry, /core, the modules they load on first use, the vendors —
// loads msw or the testing code. Read from dist/, as an app resolves the package.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { setupServer } from "msw/node";
import { describe, expect, it } from "vitest";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(packageDir, "dist");
const requireFromPackage = createRequire(join(packageDir, "package.json"));

/** Every input of an app's browser bundle (its chunks loaded on demand included) that imports `entry`. */
async function bundledInputs(entry: string, call: string): Promise<string[]> {
  const result = await build({
    stdin: {
      contents: `import { createPatchbay } from "${entry}";\n${call}`,
      resolveDir: packageDir,
      sourcefile: "app.ts",
    },
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "browser",
    outdir: join(packageDir, ".tmp/testing-entry-bundle"),
    write: false,
    metafile: true,
    logLevel: "silent",
    external: ["node:*"],
    tsconfigRaw: {},
  });
  return Object.keys(result.metafile.inputs);
}

const mswOrTesting = (path: string) =>
  /node_modules\/(\.pnpm\/)?msw|@mswjs|dist\/testing|\/dist\/msw\.|src\/msw\.ts/.test(path);

describe("no entry but /testing loads msw or the testing code", () => {
  it("an app's bundle of the main entry and of /core, every lazy chunk included", async () => {
    const main = await bundledInputs(
      "@patchbay/connect",
      `const p = createPatchbay({ datagrid: { apiKey: "k" } });
export const run = async () => { await p.connect("datagrid", { body: {} }); await p.getConnection("datagrid", {}); await p.webhooks.verify("stripe", new Request("http://x"), { secret: "s" }); };`,
    );
    const core = await bundledInputs(
      "@patchbay/connect/core",
      `import { datagrid } from "@patchbay/connect/vendors/datagrid";
const p = createPatchbay({ vendors: { datagrid }, datagrid: { apiKey: "k" } });
export const run = async () => { await p.connect("datagrid", { body: {} }); await p.getConnection("datagrid", {}); };`,
    );
    expect(main).toContain("dist/index.js");
    expect(core).toContain("dist/core.js");
    expect(main.filter(mswOrTesting)).toEqual([]);
    expect(core.filter(mswOrTesting)).toEqual([]);
  });

  it("no built file but testing.* names msw or the testing entry", () => {
    const files = readdirSync(dist, { recursive: true, encoding: "utf8" }).filter(
      (file) => /\.(c?js)$/.test(file) && !file.startsWith("testing."),
    );
    expect(files.length).toBeGreaterThan(20);
    const naming = files.filter((file) =>
      /["'](msw|msw\/[^"']*|@patchbay\/[a-z0-9-]+\/msw|\.\/testing(\.c?js)?)["']/.test(
        readFileSync(join(dist, file), "utf8"),
      ),
    );
    expect(naming).toEqual([]);
  });

  it("CommonJS: requiring the main entry and /core loads no msw", () => {
    requireFromPackage("@patchbay/connect");
    requireFromPackage("@patchbay/connect/core");
    const loaded = Object.keys(requireFromPackage.cache);
    expect(loaded.some((file) => file.endsWith("dist/index.cjs"))).toBe(true);
    expect(loaded.filter(mswOrTesting)).toEqual([]);
  });
});

describe("@patchbay/connect/testing from dist", () => {
  it("ESM: a scenario over the built createPatchbay, under setupServer", async () => {
    const { connectionScenario } = await import(pathToFileURL(join(dist, "testing.js")).href);
    const { createPatchbay } = await import(pathToFileURL(join(dist, "index.js")).href);
    const scenario = connectionScenario("composio", {
      states: ["authorization_required", "pending", "connected"],
    });
    const server = setupServer(...scenario.handlers);
    server.listen({ onUnhandledRequest: "error" });
    try {
      const patchbay = createPatchbay({ composio: { apiKey: "example-key" } });
      const start = await patchbay.connect("composio", {
        body: { auth_config_id: "ac_1", user_id: "u" },
      });
      expect(start).toMatchObject({ status: "authorization_required", connectionId: "1001" });
      const input = { params: { path: { nanoid: start.connectionId } } };
      expect((await patchbay.getConnection("composio", input)).status).toBe("pending");
      const done = await patchbay.waitForConnection("composio", input, { intervalMs: 1 });
      expect(done.status).toBe("connected");
      expect(JSON.stringify(done)).not.toContain("example-key");
    } finally {
      server.close();
    }
  });

  it("CommonJS: require() gives the same API", () => {
    const testing = requireFromPackage("@patchbay/connect/testing");
    expect(typeof testing.connectionScenario).toBe("function");
    expect(() => testing.connectionScenario("composio", { states: [] })).toThrow(
      testing.ScenarioError,
    );
    const { handlers } = testing.connectionScenario("datagrid", {
      states: ["authorization_required", "connected"],
    });
    expect(handlers.map((handler: { info: { header: string } }) => handler.info.header)).toEqual([
      "POST https://api.datagrid.com/v1/connections",
      "GET https://api.datagrid.com/v1/connections",
      "GET https://api.datagrid.com/v1/connections/:connection_id",
      "DELETE https://api.datagrid.com/v1/connections/:connection_id",
    ]);
  });
});
