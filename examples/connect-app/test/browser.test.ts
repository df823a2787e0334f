import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { type ConnectionStart, createPatchbay, registry, type VendorName } from "@patchbay/connect";
import type { MockServers } from "@patchbay/scripts/mocks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConnectApp } from "../src/app.js";
import { connections, pageOrder } from "../src/connections.js";
import { mockCredentials, mockPatchbayOptions } from "../src/mock-setup.js";
import { type Browser, hasChromium, launchChromium } from "./chromium.js";
import { type MockedApps, startMockedApps } from "./mocked-apps.js";

export const screenshotPath = join(import.meta.dirname, "../test-output/connect-page.png");

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

    beforeAll(async () => {
      apps = await startMockedApps();
      ({ mocks, app, refusing } = apps);
      const patchbay = createPatchbay(mockPatchbayOptions(mocks.urls));
      for (const vendor of pageOrder) {
        const input = connections[vendor].input(`${app.url}/callback?vendor=${vendor}`);
        starts.set(vendor, await patchbay.connect(vendor, input));
      }
      // Only the app: the server, not the browser, talks to the vendors.
      browser = await launchChromium([app.url, refusing.url]);
    });
    afterAll(async () => {
      await browser?.close();
      await apps?.close();
    });

    it.each(redirecting)(
      "%s: Connect → the browser lands on the authorization URL the mock returned; back at the callback, the result",
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
        const back = new URLSearchParams({ vendor, status: "connected" });
        if (start?.connectionId) back.set("connection_id", start.connectionId);
        await page.goto(`${app.url}/callback?${back}`);
        expect(await page.getByRole("status").textContent()).toBe(`${label} is connected`);
        expect(await page.locator('[data-field="connection-id"]').textContent()).toBe(
          start?.connectionId ?? "-",
        );
        await page.close();
      },
    );

    it("chartbrew: Connect → 'connected' with the connection id, no authorization step", async () => {
      const { label } = connections.chartbrew;
      const page = await browser.newPage();
      await page.goto(`${app.url}/`);
      await page.getByRole("button", { name: `Connect ${label}` }).click();
      await page.waitForURL((url) => url.pathname === "/callback");
      expect(await page.getByRole("status").textContent()).toBe(`${label} is connected`);
      expect(await page.locator('[data-field="connection-id"]').textContent()).toBe(
        starts.get("chartbrew")?.connectionId,
      );
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
