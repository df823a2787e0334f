import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { type ConnectionStart, createPatchbay, type VendorName } from "@patchbay/connect";
import { registry } from "@patchbay/connect/registry";
import type { ConnectionScenario } from "@patchbay/connect/testing";
import { dummyCredentialOptions } from "@patchbay/test-support/dummy-credentials";
import { HttpResponse, http } from "msw";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConnectApp } from "../src/app.js";
import { connections, pageOrder } from "../src/connections.js";
import { completeInput, getInput, listInput, offers } from "../src/lifecycle-inputs.js";
import { mockCredentials } from "../src/mock-setup.js";
import { type Browser, hasChromium, launchChromium } from "./chromium.js";
import { stripeSignature, webhookSecrets } from "./mocked-apps.js";
import {
  appScenario,
  onUnhandledRequest,
  type ScenarioApp,
  scenarioServer,
  startScenarioApp,
} from "./scenario-apps.js";

export const screenshotPath = join(import.meta.dirname, "../test-output/connect-page.png");
export const connectionsScreenshotPath = join(
  import.meta.dirname,
  "../test-output/connections-page.png",
);

const url = (page: Page) => new URL(page.url());

/** What the callback page shows: a connection's status, id and name, and which call read it. */
interface Shown {
  status: string;
  connectionId: string | null;
  name: string | null;
  readBy: string;
}

describe.skipIf(!hasChromium)(
  "in Chromium: the settings page, clicked, each vendor answered by a connection scenario",
  () => {
    const server = scenarioServer();
    let started: ScenarioApp | undefined;
    let app: ConnectApp;
    let browser: Browser;
    /** Per vendor, one connection: authorization_required at connect(), connected when read back. */
    const scenarios = new Map<VendorName, ConnectionScenario>();
    const handlers = () => [...scenarios.values()].flatMap((scenario) => scenario.handlers);
    /** What `connect()` returns for the app's call, against the same scenarios. */
    const starts = new Map<VendorName, ConnectionStart>();
    /** What the callback should show per vendor, and each vendor's first listed id. */
    const shown = new Map<VendorName, Shown>();
    const firstListed = new Map<VendorName, string | null>();

    beforeAll(async () => {
      server.listen({ onUnhandledRequest });
      for (const vendor of pageOrder) scenarios.set(vendor, appScenario(vendor));
      server.use(...handlers());
      started = await startScenarioApp({ vendors: pageOrder, webhookSecrets });
      ({ app } = started);
      const patchbay = createPatchbay(
        Object.fromEntries(
          pageOrder.map((vendor) => [vendor, dummyCredentialOptions(registry[vendor].descriptor)]),
        ) as never,
      );
      for (const vendor of pageOrder) {
        const input = connections[vendor].input(`${app.url}/callback?vendor=${vendor}`);
        const start = await patchbay.connect(vendor, input);
        starts.set(vendor, start);
        const read = offers(vendor, "complete")
          ? {
              ...(await patchbay.completeConnection(vendor, completeInput(vendor))),
              readBy: "completeConnection",
            }
          : offers(vendor, "get")
            ? {
                ...(await patchbay.getConnection(vendor, getInput(vendor, start.connectionId))),
                readBy: "getConnection",
              }
            : { ...start, name: null, readBy: "connect" };
        shown.set(vendor, read);
        if (offers(vendor, "list")) {
          for await (const { connectionId } of patchbay.listConnections(vendor, listInput(vendor), {
            maxPages: 1,
          })) {
            firstListed.set(vendor, connectionId);
            break;
          }
        }
        // The app's own Connect click starts the life again.
        scenarios.get(vendor)?.reset();
      }
      // Only the app: the server, not the browser, talks to the vendors.
      browser = await launchChromium([app.url]);
    });
    afterAll(async () => {
      await browser?.close();
      await started?.close();
      server.close();
    });

    const expectNoCredential = async (page: Page) => {
      const html = await page.content();
      for (const secret of [mockCredentials.apiKey, mockCredentials.password])
        expect(html).not.toContain(secret);
    };

    /** The callback page, then the list: Disconnect the vendor's first connection. */
    async function callbackThenDisconnect(page: Page, vendor: VendorName): Promise<void> {
      const { label, vendorName } = connections[vendor];
      const read = shown.get(vendor) as Shown;
      const field = (name: string) => page.locator(`[data-field="${name}"]`).textContent();
      expect(await field("status")).toBe(read.status);
      expect(await field("connection-id")).toBe(read.connectionId ?? "-");
      expect(await field("name")).toBe(read.name ?? "-");
      expect(await field("read-by")).toBe(read.readBy);
      if (read.status === "connected")
        expect(await page.getByRole("status").textContent()).toBe(`${label} is connected`);
      await expectNoCredential(page);

      await page.getByRole("link", { name: "Your connections" }).click();
      await page.waitForURL((url) => url.pathname === "/connections");
      const section = page.locator(`section[data-vendor="${vendor}"]`);
      expect(await section.getByRole("heading").textContent()).toBe(vendorName);
      expect(await section.getByRole("alert").count()).toBe(0);
      if (!offers(vendor, "delete")) {
        expect(await section.getByRole("button").count()).toBe(0);
        expect(await section.textContent()).toContain("offers no way to disconnect from here");
        return;
      }
      const first = section.locator("li").first();
      const connectionId = await first.locator('input[name="connection_id"]').inputValue();
      expect(connectionId).toBe(firstListed.get(vendor));
      await first.getByRole("button", { name: /^Disconnect/ }).click();
      await page.waitForURL((url) => url.searchParams.get("disconnected") === vendor);
      expect(url(page).pathname).toBe("/connections");
      expect(await page.getByRole("status").textContent()).toBe(
        `Disconnected: ${vendorName} connection ${connectionId}`,
      );
      await expectNoCredential(page);
    }

    it.each(pageOrder)(
      "%s: Connect → the authorization URL the vendor returned (or straight to the callback, where there is none); back at the callback, the connection completed or read back; the list; Disconnect",
      async (vendor) => {
        const { label } = connections[vendor];
        const start = starts.get(vendor);
        const page = await browser.newPage();
        await page.goto(`${app.url}/`);
        await page.getByRole("button", { name: `Connect ${label}` }).click();
        if (start?.authorizationUrl) {
          const authorizationUrl = new URL(start.authorizationUrl).href;
          await page.waitForURL((url) => url.href === authorizationUrl);
          expect(await page.title()).toBe(
            `authorization page of ${new URL(authorizationUrl).host}`,
          );
          expect(browser.outside).toContain(authorizationUrl);
          // The vendor sends the user back to the app's callback.
          await page.goto(`${app.url}/callback?${new URLSearchParams({ vendor, code: "c0de" })}`);
        } else {
          // A direct connection (Chartbrew), or one finished in the app's page (Plaid Link).
          await page.waitForURL((url) => url.pathname === "/callback");
          expect(url(page).searchParams.get("vendor")).toBe(vendor);
        }
        await callbackThenDisconnect(page, vendor);
        await page.close();
      },
    );

    /** Datagrid refusing the credentials (401) and Stripe down (500), first in line for every call. */
    const refusing = () =>
      server.use(
        http.all(`${registry.datagrid.descriptor.defaultBaseUrl}/*`, () =>
          HttpResponse.json({ error: "unauthorized", message: "Invalid API key" }, { status: 401 }),
        ),
        http.all(`${registry.stripe.descriptor.defaultBaseUrl}/*`, () =>
          HttpResponse.json({ error: { type: "api_error", message: "down" } }, { status: 500 }),
        ),
      );
    const notRefusing = () => {
      server.resetHandlers();
      server.use(...handlers());
    };

    it("Your connections with Datagrid refusing the credentials and Stripe down: their messages beside the others' connections (screenshot)", async () => {
      // Each vendor's connection back where it was, connected, for the others' sections.
      for (const scenario of scenarios.values()) scenario.reset();
      const patchbay = createPatchbay(
        Object.fromEntries(
          pageOrder.map((vendor) => [vendor, dummyCredentialOptions(registry[vendor].descriptor)]),
        ) as never,
      );
      for (const vendor of pageOrder)
        if (offers(vendor, "complete"))
          await patchbay.completeConnection(vendor, completeInput(vendor));
        else if (offers(vendor, "get"))
          await patchbay.getConnection(vendor, getInput(vendor, null));
      refusing();
      const page = await browser.newPage();
      await page.goto(`${app.url}/`);
      await page.getByRole("link", { name: "Your connections" }).click();
      await page.waitForURL((url) => url.pathname === "/connections");
      const alerts = page.getByRole("alert");
      expect(await alerts.allTextContents()).toEqual([
        "Datagrid did not accept the request (HTTP 401): check the API key",
        "Stripe did not accept the request (HTTP 500): Stripe failed; try again later",
      ]);
      for (const vendor of pageOrder) {
        const section = page.locator(`section[data-vendor="${vendor}"]`);
        const buttons = await section.getByRole("button", { name: /^Disconnect/ }).count();
        if (vendor === "datagrid" || vendor === "stripe") expect(buttons).toBe(0);
        else if (offers(vendor, "list") && offers(vendor, "delete"))
          expect(buttons).toBeGreaterThan(0);
      }
      await expectNoCredential(page);
      await mkdir(join(connectionsScreenshotPath, ".."), { recursive: true });
      await page.screenshot({ path: connectionsScreenshotPath, fullPage: true });
      await page.close();
      notRefusing();
    });

    it("a vendor answering 401: the friendly message on the page, no credential in it (screenshot)", async () => {
      refusing();
      const page = await browser.newPage();
      await page.goto(`${app.url}/`);
      await page.getByRole("button", { name: `Connect ${connections.datagrid.label}` }).click();
      await page.waitForURL((url) => url.pathname === "/connect/datagrid");
      expect(await page.getByRole("alert").textContent()).toBe(
        "Datagrid did not accept the request (HTTP 401): check the API key",
      );
      await expectNoCredential(page);
      expect(await page.getByRole("button").count()).toBe(pageOrder.length);
      await mkdir(join(screenshotPath, ".."), { recursive: true });
      await page.screenshot({ path: screenshotPath, fullPage: true });
      await page.close();
      notRefusing();
    });

    it("a signed webhook changes a connection's status on Your connections", async () => {
      const page = await browser.newPage();
      await page.goto(`${app.url}/connections`);
      const row = page.locator('section[data-vendor="stripe"] li[data-connection-id]').first();
      const id = (await row.getAttribute("data-connection-id")) as string;
      const status = row.locator('[data-field="status"]');
      expect(await status.getAttribute("data-status")).not.toBe("disconnected");
      // Stripe's delivery: account.updated for that account, rejected; signed as Stripe signs.
      const body = JSON.stringify({
        id: "evt_browser",
        object: "event",
        created: Math.floor(Date.now() / 1000),
        data: {
          object: { id, object: "account", requirements: { disabled_reason: "rejected.other" } },
        },
        type: "account.updated",
      });
      const answer = await fetch(`${app.url}/webhooks/stripe`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "stripe-signature": stripeSignature(body, webhookSecrets.stripe),
        },
        body,
      });
      expect(answer.status).toBe(204);
      await page.reload();
      expect(await status.getAttribute("data-status")).toBe("disconnected");
      expect(await status.textContent()).toContain("by webhook account.updated");
      await page.close();
    });

    it("the browser went nowhere but loopback and the authorization hosts (stubbed)", () => {
      const redirecting = pageOrder.filter((vendor) => starts.get(vendor)?.authorizationUrl);
      const hosts = new Set(
        redirecting.map((vendor) => new URL(starts.get(vendor)?.authorizationUrl ?? "").host),
      );
      expect(browser.outside.length).toBeGreaterThanOrEqual(redirecting.length);
      for (const url of browser.outside) expect(hosts).toContain(new URL(url).host);
    });
  },
);
