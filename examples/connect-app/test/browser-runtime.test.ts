import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { components } from "@patchbay/datagrid";
import { type MockServers, startMocks } from "@patchbay/mocks/start-mocks";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import { type Browser, hasChromium, launchChromium } from "./chromium.js";

declare global {
  interface Window {
    /** The bundled package, as the test page exposes it. */
    datagrid: typeof import("@patchbay/datagrid");
  }
}

const apiKey = "browser-runtime-test-key";

describe.skipIf(!hasChromium)(
  "@patchbay/datagrid, bundled for the browser, runs in Chromium",
  () => {
    let mocks: MockServers;
    let server: Server;
    let pageUrl: string;
    let bundle: string;
    let browser: Browser;

    beforeAll(async () => {
      mocks = await startMocks({ vendors: ["datagrid"], cors: true });
      // What an app's bundler does: the package and its imports (runtime, openapi-fetch) for a
      // browser target. A Node built-in anywhere in them would fail this build.
      const result = await build({
        stdin: {
          contents: `export { createClient } from "@patchbay/datagrid";`,
          resolveDir: import.meta.dirname,
          sourcefile: "datagrid-entry.js",
        },
        bundle: true,
        platform: "browser",
        format: "esm",
        target: "es2022",
        write: false,
        logLevel: "silent",
      });
      bundle = result.outputFiles[0]?.text ?? "";
      const page = `<!doctype html><title>browser runtime</title>
<script type="module">import * as datagrid from "/datagrid.js"; window.datagrid = datagrid;</script>`;
      server = createServer((request, response) => {
        const js = request.url === "/datagrid.js";
        response.writeHead(200, { "content-type": js ? "text/javascript" : "text/html" });
        response.end(js ? bundle : page);
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      pageUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      browser = await launchChromium([pageUrl, mocks.urls.datagrid as string]);
    });
    afterAll(async () => {
      await browser?.close();
      server?.closeAllConnections();
      await new Promise((resolve) => server?.close(resolve));
      await mocks?.close();
    });

    it("the bundle is self-contained: no Node built-in, no bare import", () => {
      expect(bundle).toContain("createClient");
      expect(bundle).not.toMatch(/from\s*["'](node:|[a-z@])/);
      expect(bundle).not.toMatch(/\brequire\(/);
    });

    it("createClient().POST('/connections') from the page: the request leaves the browser, typed data comes back", async () => {
      const page = await browser.newPage();
      const sent: string[] = [];
      page.on("request", (request) => {
        if (request.url().startsWith(mocks.urls.datagrid as string)) {
          sent.push(`${request.method()} ${new URL(request.url()).pathname}`);
        }
      });
      await page.goto(`${pageUrl}/`);
      await page.waitForFunction(() => "datagrid" in window);
      const result = await page.evaluate(
        async ({ baseUrl, apiKey }) => {
          const client = window.datagrid.createClient({ baseUrl, apiKey });
          const { data, error, response } = await client.POST("/connections", {
            body: { connector_id: "google_drive" },
          });
          return { data, error, status: response.status, userAgent: navigator.userAgent };
        },
        { baseUrl: mocks.urls.datagrid as string, apiKey },
      );
      expectTypeOf(result.data).toEqualTypeOf<
        components["schemas"]["RedirectURLResponse"] | undefined
      >();
      expect(result.status).toBe(200);
      expect(result.error).toBeUndefined();
      expect(result.data).toEqual({
        object: "redirect_url",
        redirect_url: expect.stringMatching(
          /^https:\/\/accounts\.google\.com\/o\/oauth2\/v2\/auth\?/,
        ),
      });
      expect(result.userAgent).toContain("HeadlessChrome");
      expect(sent).toContain("POST /connections");
      await page.close();
    });

    it("a documented error comes back typed too (429 rate_limit_exceeded), with the runtime's retry off", async () => {
      const page = await browser.newPage();
      await page.goto(`${pageUrl}/`);
      await page.waitForFunction(() => "datagrid" in window);
      const result = await page.evaluate(
        async ({ baseUrl, apiKey }) => {
          const client = window.datagrid.createClient({
            baseUrl,
            apiKey,
            retry: false,
            headers: { Prefer: "code=429" },
          });
          const { data, error, response } = await client.POST("/connections", {
            body: { connector_id: "google_drive" },
          });
          return { data, error, status: response.status };
        },
        { baseUrl: mocks.urls.datagrid as string, apiKey },
      );
      expectTypeOf(result.error).toEqualTypeOf<
        components["schemas"]["RateLimitError"] | undefined
      >();
      expect(result.status).toBe(429);
      expect(result.data).toBeUndefined();
      expect(result.error).toMatchObject({ error: "rate_limit_exceeded", retryable: true });
      await page.close();
    });
  },
);
