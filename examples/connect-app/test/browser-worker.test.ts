// @patchbay/connect/testing in a browser: a page bundled with MSW's setupWorker and a
// connectionScenario (msw's mockServiceWorker.js served by the test's server) drives connect(),
// getConnection(), listConnections() and disconnect() from @patchbay/connect/core in Chromium.
// Nothing leaves the browser: the service worker answers every call to the vendor.
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Browser, hasChromium, launchChromium } from "./chromium.js";

const apiKey = "browser-worker-test-key";

/** The page's script: the worker started with the scenario's handlers, then the app's calls. */
const pageScript = `
import { setupWorker } from "msw/browser";
import { connectionScenario } from "@patchbay/connect/testing";
import { createPatchbay } from "@patchbay/connect/core";
import { composio } from "@patchbay/connect/vendors/composio";

window.run = async (apiKey) => {
  const scenario = connectionScenario("composio", { states: ["authorization_required", "pending", "connected"] });
  const worker = setupWorker(...scenario.handlers);
  await worker.start({ serviceWorker: { url: "/mockServiceWorker.js" }, onUnhandledRequest: "error", quiet: true });
  try {
    const patchbay = createPatchbay({ vendors: { composio }, composio: { apiKey } });
    const start = await patchbay.connect("composio", { body: { auth_config_id: "ac_1", user_id: "user_1" } });
    const input = { params: { path: { nanoid: start.connectionId } } };
    const pending = await patchbay.getConnection("composio", input);
    const connected = await patchbay.waitForConnection("composio", input, { intervalMs: 1 });
    const listed = [];
    for await (const connection of patchbay.listConnections("composio")) listed.push(connection.connectionId);
    await patchbay.disconnect("composio", input);
    const after = [];
    for await (const connection of patchbay.listConnections("composio")) after.push(connection.connectionId);
    return {
      start: { status: start.status, connectionId: start.connectionId, url: start.authorizationUrl },
      reads: [pending.status, connected.status],
      listed,
      after,
      status: scenario.status,
      controlled: navigator.serviceWorker.controller !== null,
    };
  } finally {
    worker.stop();
  }
};
window.ready = true;
`;

describe.skipIf(!hasChromium)("connectionScenario under setupWorker, in Chromium", () => {
  let server: Server;
  let pageUrl: string;
  let files: Map<string, string>;
  let browser: Browser;

  beforeAll(async () => {
    // What an app's bundler does with its test page: msw/browser, the scenario, /core.
    const result = await build({
      stdin: { contents: pageScript, resolveDir: import.meta.dirname, sourcefile: "page.js" },
      bundle: true,
      splitting: true,
      platform: "browser",
      format: "esm",
      target: "es2022",
      outdir: "/page",
      write: false,
      logLevel: "silent",
    });
    files = new Map(
      result.outputFiles.map((file) => [file.path.replace(/^\/page/, ""), file.text]),
    );
    const worker = createRequire(import.meta.url).resolve("msw/mockServiceWorker.js");
    files.set("/mockServiceWorker.js", await readFile(worker, "utf8"));
    files.set(
      "/",
      `<!doctype html><title>scenario under setupWorker</title><script type="module" src="/stdin.js"></script>`,
    );
    server = createServer((request, response) => {
      const path = new URL(request.url ?? "/", "http://x").pathname;
      const body = files.get(path);
      if (body === undefined) return void response.writeHead(404).end();
      response.writeHead(200, {
        "content-type": path.endsWith(".js") ? "text/javascript" : "text/html",
      });
      response.end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    pageUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium([pageUrl]);
  });
  afterAll(async () => {
    await browser?.close();
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
  });

  it("connect → pending → connected → listed → disconnected, answered by the service worker", async () => {
    expect(files.has("/stdin.js")).toBe(true);
    const page = await browser.newPage();
    const network: string[] = [];
    page.on("request", (request) => network.push(request.url()));
    await page.goto(`${pageUrl}/`);
    await page.waitForFunction(() => "ready" in window);
    const result = await page.evaluate(
      (key) => (window as never as { run(key: string): Promise<unknown> }).run(key),
      apiKey,
    );
    expect(result).toEqual({
      start: {
        status: "authorization_required",
        connectionId: "1001",
        url: expect.stringMatching(/^https:\/\//),
      },
      reads: ["pending", "connected"],
      listed: ["1001"],
      after: [],
      status: "removed",
      controlled: true,
    });
    expect(JSON.stringify(result)).not.toContain(apiKey);
    // The page's requests to the vendor were made, and answered by the worker: none left it.
    expect(network.filter((url) => url.startsWith("https://backend.composio.dev/"))).toContain(
      "https://backend.composio.dev/api/v3/connected_accounts/link",
    );
    expect(browser.outside).toEqual([]);
    await page.close();
  });
});
