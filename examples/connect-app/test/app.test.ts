import {
  type ConnectionStart,
  createPatchbay,
  type VendorName,
  vendorNames,
} from "@patchbay/connect";
import { registry } from "@patchbay/connect/registry";
import { dummyCredentialOptions } from "@patchbay/test-support/dummy-credentials";
import { isolateVendorEnv } from "@patchbay/test-support/vendor-env";
import { HttpResponse, http } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { ConnectApp } from "../src/app.js";
import { configuredVendors } from "../src/configured-vendors.js";
import { connections, pageOrder } from "../src/connections.js";
import { mockCredentials } from "../src/mock-setup.js";
import {
  appScenario,
  onUnhandledRequest,
  type ScenarioApp,
  scenarioServer,
  startScenarioApp,
} from "./scenario-apps.js";

/**
 * The server alone, through `fetch` (no browser needed): what each click would get back. Every
 * vendor is answered by a connectionScenario under MSW (the app's own behaviour is tested here,
 * not the vendors' contract: lifecycle.test.ts keeps Prism for that).
 */

const server = scenarioServer();
let app: ConnectApp;
let requests: string[];
let started: ScenarioApp | undefined;
const log: string[] = [];
const useScenarios = () =>
  server.use(...pageOrder.flatMap((vendor) => appScenario(vendor).handlers));
beforeAll(async () => {
  server.listen({ onUnhandledRequest });
  started = await startScenarioApp({ vendors: pageOrder, log: (line) => log.push(line) });
  ({ app, requests } = started);
});
afterEach(() => server.resetHandlers());
afterAll(async () => {
  await started?.close();
  server.close();
});

/** What `connect()` itself returns for the app's call, against the same scenarios. */
const direct = (vendor: VendorName, appUrl: string): Promise<ConnectionStart> =>
  createPatchbay({
    [vendor]: dummyCredentialOptions(registry[vendor].descriptor),
  } as never).connect(vendor, connections[vendor].input(`${appUrl}/callback?vendor=${vendor}`));

const post = (url: string) => fetch(url, { method: "POST", redirect: "manual" });

describe("the settings page server, each vendor answered by a connection scenario", () => {
  it("offers every vendor of connect's registry, in its order", () => {
    expect(pageOrder).toEqual(vendorNames);
    expect([...pageOrder].sort()).toEqual(Object.keys(registry).sort());
  });

  it("GET / lists a Connect button per vendor", async () => {
    const html = await (await fetch(`${app.url}/`)).text();
    for (const vendor of pageOrder) {
      const { label } = connections[vendor];
      expect(html).toContain(
        `action="/connect/${vendor}"><button type="submit">Connect ${label}</button>`,
      );
    }
    expect(html.match(/<button /g)).toHaveLength(pageOrder.length);
  });

  it.each(pageOrder)(
    "POST /connect/%s → 303 to the authorization URL the vendor returned, or to the callback page where it returned none",
    async (vendor) => {
      useScenarios();
      const expected = await direct(vendor, app.url);
      const response = await post(`${app.url}/connect/${vendor}`);
      expect(response.status).toBe(303);
      if (expected.authorizationUrl) {
        expect(expected.authorizationUrl).toMatch(/^https?:\/\//);
        expect(response.headers.get("location")).toBe(expected.authorizationUrl);
      } else {
        expect(response.headers.get("location")).toBe(`/callback?vendor=${vendor}`);
      }
    },
  );

  it("POST /connect/chartbrew (direct credentials) → 303 to the callback page: connected, read back by its id", async () => {
    server.use(...appScenario("chartbrew", { states: ["connected"] }).handlers);
    const response = await post(`${app.url}/connect/chartbrew`);
    expect(response.status).toBe(303);
    const location = response.headers.get("location") ?? "";
    expect(location).toBe("/callback?vendor=chartbrew");
    requests.length = 0;
    const html = await (await fetch(new URL(location, app.url))).text();
    const { defaultBaseUrl } = registry.chartbrew.descriptor;
    expect(requests).toEqual([`GET ${defaultBaseUrl}/team/42/connections/187`]);
    expect(html).toContain(`${connections.chartbrew.label} is connected`);
    expect(html).toContain(`<dd data-field="connection-id">187</dd>`);
    expect(html).toContain(`<dd data-field="name">Production Postgres</dd>`);
  });

  it("a vendor answering 401 → the page with a friendly message and no credential", async () => {
    server.use(
      http.post(`${registry.datagrid.descriptor.defaultBaseUrl}/connections`, () =>
        HttpResponse.json({ error: "unauthorized", message: "Invalid API key" }, { status: 401 }),
      ),
    );
    log.length = 0;
    const response = await post(`${app.url}/connect/datagrid`);
    expect(response.status).toBe(502);
    const html = await response.text();
    expect(html).toContain("Datagrid did not accept the request (HTTP 401): check the API key");
    expect(html).toContain(`Connect ${connections.datagrid.label}`); // the buttons are still there
    for (const secret of [mockCredentials.apiKey, mockCredentials.password]) {
      expect(html).not.toContain(secret);
      expect(log.join("\n")).not.toContain(secret);
    }
    expect(log).toEqual([
      expect.stringMatching(/^connect datagrid failed: datagrid: 401 Unauthorized/),
    ]);
  });

  it("GET /callback with the vendor's error says so, and reads nothing back", async () => {
    requests.length = 0;
    const html = await (
      await fetch(`${app.url}/callback?vendor=polytomic&error=access_denied`)
    ).text();
    expect(html).toContain(
      "Salesforce was not connected: Polytomic said &quot;access_denied&quot;",
    );
    expect(html).toContain(`<dd data-field="status">failed</dd>`);
    expect(requests).toEqual([]);
    expect((await fetch(`${app.url}/callback?vendor=nope`)).status).toBe(404);
  });

  it("an unknown vendor or route is a 404, and GET /connect/… sends nothing", async () => {
    expect((await post(`${app.url}/connect/nope`)).status).toBe(404);
    expect((await fetch(`${app.url}/connect/datagrid`)).status).toBe(404);
    expect((await fetch(`${app.url}/nope`)).status).toBe(404);
  });
});

describe("--live: the configured vendors are the ones with credentials in the environment", () => {
  isolateVendorEnv();

  it("lists the others with the variables to set", async () => {
    process.env.SUPERMEMORY_API_KEY = "sm_from_env";
    process.env.AGENTSTACK_USERNAME = "me";
    process.env.AGENTSTACK_PASSWORD = "pw";
    const { configured, unconfigured } = await configuredVendors(createPatchbay());
    expect(configured).toEqual(["supermemory"]);
    expect(unconfigured.map(({ vendor }) => vendor)).toEqual(
      vendorNames.filter((vendor) => vendor !== "supermemory"),
    );
    expect(unconfigured).toEqual(
      expect.arrayContaining([
        { vendor: "datagrid", missing: "DATAGRID_API_KEY" },
        {
          vendor: "polytomic",
          missing: "POLYTOMIC_USERNAME and POLYTOMIC_PASSWORD, or POLYTOMIC_API_KEY",
        },
        // A self-hosted vendor (no public host in its document): credentials are not enough.
        { vendor: "agentstack", missing: "AGENTSTACK_BASE_URL" },
      ]),
    );
  });
});
