import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import {
  type Connection,
  type ConnectionStart,
  createPatchbay,
  registry,
  type VendorName,
} from "@patchbay/connect";
import type { MockServers } from "@patchbay/mocks/start-mocks";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConnectApp } from "../src/app.js";
import { connections, pageOrder } from "../src/connections.js";
import { getInput, listInput, offers } from "../src/lifecycle-inputs.js";
import { mockCredentials, mockPatchbayOptions } from "../src/mock-setup.js";
import { type Browser, hasChromium, launchChromium } from "./chromium.js";
import { type MockedApps, startMockedApps } from "./mocked-apps.js";

export const screenshotPath = join(import.meta.dirname, "../test-output/connect-page.png");
export const connectionsScreenshotPath = join(
  import.meta.dirname,
  "../test-output/connections-page.png",
);

const url = (page: Page) => new URL(page.url());

/** The vendors whose mock answers with an authorization step, and the one that connects at once. */
const redirecting = pageOrder.filter((vendor) => registry[vendor].start.authorizationUrl !== null);

describe.skipIf(!hasChromium)(
  "in Chromium: the settings page, clicked, against Prism mocks",
  () => {
    let mocks: MockServers;
    let apps: MockedApps | undefined;
    let app: ConnectApp;
    let refusing: ConnectApp;
    let browser: Browser;
    /** What each vendor's mock returns to the app's call: the mocks answer every call alike. */
    const starts = new Map<VendorName, ConnectionStart>();
    /** What getConnection reads back for the app's callback, and each vendor's first listed id. */
    const reads = new Map<VendorName, Connection>();
    const firstListed = new Map<VendorName, string | null>();

    beforeAll(async () => {
      apps = await startMockedApps();
      ({ mocks, app, refusing } = apps);
      const patchbay = createPatchbay(mockPatchbayOptions(mocks.urls));
      for (const vendor of pageOrder) {
        const input = connections[vendor].input(`${app.url}/callback?vendor=${vendor}`);
        const start = await patchbay.connect(vendor, input);
        starts.set(vendor, start);
        if (offers(vendor, "get"))
          reads.set(
            vendor,
            await patchbay.getConnection(vendor, getInput(vendor, start.connectionId)),
          );
        if (offers(vendor, "list")) {
          for await (const { connectionId } of patchbay.listConnections(vendor, listInput(vendor), {
            maxPages: 1,
          })) {
            firstListed.set(vendor, connectionId);
            break;
          }
        }
      }
      // Only the app: the server, not the browser, talks to the vendors.
      browser = await launchChromium([app.url, refusing.url]);
    });
    afterAll(async () => {
      await browser?.close();
      await apps?.close();
    });

    /** The callback page, read back, then the list: Disconnect the vendor's first connection. */
    async function readBackThenDisconnect(page: Page, vendor: VendorName): Promise<void> {
      const { label, vendorName } = connections[vendor];
      const read = reads.get(vendor);
      if (read) {
        expect(await page.locator('[data-field="status"]').textContent()).toBe(read.status);
        expect(await page.locator('[data-field="connection-id"]').textContent()).toBe(
          read.connectionId ?? "-",
        );
        if (read.status === "connected")
          expect(await page.getByRole("status").textContent()).toBe(`${label} is connected`);
      }
      await page.getByRole("link", { name: "Your connections" }).click();
      await page.waitForURL((url) => url.pathname === "/connections");
      const section = page.locator(`section[data-vendor="${vendor}"]`);
      expect(await section.getByRole("heading").textContent()).toBe(vendorName);
      if (!offers(vendor, "delete")) return;
      const first = section.locator("li").first();
      const connectionId = await first.locator('input[name="connection_id"]').inputValue();
      expect(connectionId).toBe(firstListed.get(vendor));
      await first.getByRole("button", { name: /^Disconnect/ }).click();
      await page.waitForURL((url) => url.searchParams.get("disconnected") === vendor);
      expect(url(page).pathname).toBe("/connections");
      expect(await page.getByRole("status").textContent()).toBe(
        `Disconnected: ${vendorName} connection ${connectionId}`,
      );
      const html = await page.content();
      for (const secret of [mockCredentials.apiKey, mockCredentials.password])
        expect(html).not.toContain(secret);
    }

    it.each(redirecting)(
      "%s: Connect → the authorization URL the mock returned; back at the callback, the status read back; the list; Disconnect",
      async (vendor) => {
        const { label } = connections[vendor];
        const start = starts.get(vendor);
        const authorizationUrl = new URL(start?.authorizationUrl ?? "").href;
        const page = await browser.newPage();
        await page.goto(`${app.url}/`);
        await page.getByRole("button", { name: `Connect ${label}` }).click();
        await page.waitForURL((url) => url.href === authorizationUrl);
        expect(await page.title()).toBe(`authorization page of ${new URL(authorizationUrl).host}`);
        expect(browser.outside).toContain(authorizationUrl);

        // The vendor sends the user back to the app's callback.
        await page.goto(`${app.url}/callback?${new URLSearchParams({ vendor, code: "c0de" })}`);
        await readBackThenDisconnect(page, vendor);
        await page.close();
      },
    );

    it("chartbrew: Connect → 'connected', read back by its id, no authorization step; the list; Disconnect", async () => {
      const { label } = connections.chartbrew;
      const page = await browser.newPage();
      await page.goto(`${app.url}/`);
      await page.getByRole("button", { name: `Connect ${label}` }).click();
      await page.waitForURL((url) => url.pathname === "/callback");
      expect(await page.locator('[data-field="connection-id"]').textContent()).toBe(
        starts.get("chartbrew")?.connectionId,
      );
      await readBackThenDisconnect(page, "chartbrew");
      await mkdir(join(connectionsScreenshotPath, ".."), { recursive: true });
      await page.screenshot({ path: connectionsScreenshotPath, fullPage: true });
      await page.close();
    });

    it("a vendor answering 401: the friendly message on the page, no credential in it (screenshot)", async () => {
      const page = await browser.newPage();
      await page.goto(`${refusing.url}/`);
      await page.getByRole("button", { name: `Connect ${connections.datagrid.label}` }).click();
      await page.waitForURL((url) => url.pathname === "/connect/datagrid");
      expect(await page.getByRole("alert").textContent()).toBe(
        "Datagrid did not accept the request (HTTP 401): check the API key",
      );
      const html = await page.content();
      expect(html).not.toContain(mockCredentials.apiKey);
      expect(html).not.toContain(mockCredentials.password);
      expect(await page.getByRole("button").count()).toBe(pageOrder.length);
      await mkdir(join(screenshotPath, ".."), { recursive: true });
      await page.screenshot({ path: screenshotPath, fullPage: true });
      await page.close();
    });

    it("the browser went nowhere but loopback and the authorization hosts (stubbed)", () => {
      const hosts = new Set(
        redirecting.map((vendor) => new URL(starts.get(vendor)?.authorizationUrl ?? "").host),
      );
      expect(browser.outside.length).toBeGreaterThanOrEqual(redirecting.length);
      for (const url of browser.outside) expect(hosts).toContain(new URL(url).host);
    });
  },
);
