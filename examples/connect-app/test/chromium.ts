import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Page } from "playwright-core";

/** Debian's chromium (apt-get install chromium), or the one `CHROMIUM_PATH` names. */
export const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const hasChromium = existsSync(chromiumPath);
export const skipLine =
  "browser tests skipped: install Debian's chromium (apt-get install chromium)";

/** Headless, no sandbox (root in CI), and nothing that reaches the network on its own. */
const flags = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  // Belt and braces beside the request guard: no host name resolves, loopback is reached by IP.
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
];

export interface Browser {
  /** A new tab whose requests outside the allowed origins never leave the machine. */
  newPage(): Promise<Page>;
  /** Every request the guard kept from leaving loopback, in order. */
  outside: string[];
  close(): Promise<void>;
}

const stubPage = (host: string): string =>
  `<!doctype html><title>authorization page of ${host}</title><h1>authorization page of ${host}</h1>`;

/**
 * Chromium in a fresh profile. In each page from `newPage()`, a request to one of
 * `allowedOrigins` (the app's and the mocks' loopback origins) goes through; any other is
 * answered with a stub "authorization page of <host>" and recorded in `outside`.
 *
 * The guard is the DevTools protocol's request interception, not Playwright's `page.route`:
 * `route` does not see the target of a redirect, which is exactly where the app sends the browser.
 */
export async function launchChromium(allowedOrigins: readonly string[]): Promise<Browser> {
  const userDataDir = await mkdtemp(join(tmpdir(), "connect-app-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: flags,
    viewport: { width: 900, height: 720 },
  });
  const allowed = new Set(allowedOrigins);
  const outside: string[] = [];

  const guard = async (page: Page): Promise<Page> => {
    const session = await context.newCDPSession(page);
    session.on("Fetch.requestPaused", ({ requestId, request }) => {
      const url = new URL(request.url);
      if (allowed.has(url.origin)) {
        session.send("Fetch.continueRequest", { requestId }).catch(() => {});
        return;
      }
      outside.push(url.href);
      session
        .send("Fetch.fulfillRequest", {
          requestId,
          responseCode: 200,
          responseHeaders: [{ name: "content-type", value: "text/html; charset=utf-8" }],
          body: Buffer.from(stubPage(url.host)).toString("base64"),
        })
        .catch(() => {});
    });
    await session.send("Fetch.enable", {
      patterns: [{ urlPattern: "*", requestStage: "Request" }],
    });
    return page;
  };
  // The persistent context opens with one blank tab; it is not used.
  return {
    newPage: async () => guard(await context.newPage()),
    outside,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
