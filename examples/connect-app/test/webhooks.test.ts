// POST /webhooks/:vendor: a signed delivery changes the connection's status on "Your connections";
// a forged one is refused (400, its reason) and changes nothing. Over HTTP, Stripe's connection
// answered by a connectionScenario under MSW.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stripeSignature, webhookSecrets } from "./mocked-apps.js";
import {
  appScenario,
  onUnhandledRequest,
  type ScenarioApp,
  scenarioServer,
  startScenarioApp,
} from "./scenario-apps.js";

const server = scenarioServer();
let apps: ScenarioApp;
beforeAll(async () => {
  server.listen({ onUnhandledRequest });
  // A connection whose onboarding is not finished (authorization_required) until the webhook.
  server.use(...appScenario("stripe").handlers);
  apps = await startScenarioApp({ vendors: ["stripe"], webhookSecrets });
});
afterAll(async () => {
  await apps?.close();
  server.close();
});

const accountUpdated = (id: string) =>
  JSON.stringify({
    id: "evt_demo",
    object: "event",
    created: Math.floor(Date.now() / 1000),
    data: {
      object: { id, object: "account", requirements: { disabled_reason: "rejected.fraud" } },
    },
    type: "account.updated",
  });

const post = (body: string, signature: string, vendor = "stripe") =>
  fetch(`${apps.app.url}/webhooks/${vendor}`, {
    method: "POST",
    headers: { "content-type": "application/json", "stripe-signature": signature },
    body,
  });

/** The first Stripe connection on "Your connections": its id and status. */
async function firstStripeConnection() {
  const html = await (await fetch(`${apps.app.url}/connections`)).text();
  const section = html.slice(html.indexOf('<section data-vendor="stripe">'));
  const id = /data-connection-id="([^"]+)"/.exec(section)?.[1];
  const status = /data-status="([^"]+)"/.exec(section)?.[1];
  return { id, status, section: section.slice(0, section.indexOf("</section>")) };
}

describe("POST /webhooks/:vendor", () => {
  it("a signed account.updated changes the connection's status on Your connections", async () => {
    const before = await firstStripeConnection();
    expect(before.id).toBeTruthy();
    expect(before.status).not.toBe("disconnected");
    const body = accountUpdated(before.id as string);
    const answer = await post(body, stripeSignature(body, webhookSecrets.stripe));
    expect(answer.status).toBe(204);
    const after = await firstStripeConnection();
    expect(after).toMatchObject({ id: before.id, status: "disconnected" });
    expect(after.section).toContain("by webhook account.updated");
  });

  it("a forged or replayed delivery is a 400 with its reason, and changes nothing", async () => {
    const { id } = await firstStripeConnection();
    const body = accountUpdated(`${id}_other`);
    const forged = await post(body, stripeSignature(body, "whsec_attacker"));
    expect([forged.status, await forged.text()]).toEqual([400, "bad_signature"]);
    const old = await post(body, stripeSignature(body, webhookSecrets.stripe, 1_600_000_000));
    expect([old.status, await old.text()]).toEqual([400, "timestamp_outside_tolerance"]);
    const unsigned = await post(body, "");
    expect([unsigned.status, await unsigned.text()]).toEqual([400, "missing_signature"]);
  });

  it("a vendor whose webhooks the app does not take is a 404", async () => {
    expect((await post("{}", "", "datagrid")).status).toBe(404);
    expect((await post("{}", "", "plaid")).status).toBe(404);
  });
});
