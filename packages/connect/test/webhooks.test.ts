// webhooks.verify per vendor: Stripe cross-checked against the `stripe` package (what it signs,
// patchbay verifies; what its constructEvent refuses, patchbay refuses), Fivetran's HMAC of the
// body, Plaid's ES256 JWT with keys fetched by kid and cached; each event read as a
// ConnectionEvent by the vendor's sidecar. Times are passed as `now`: nothing here is timed.
import Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { ConfigurationError, createPatchbay, WebhookVerificationError } from "../src/index.js";
import {
  composioSignature,
  fivetranSignature,
  plaidJwt,
  plaidKeyServer,
  signingKey,
} from "./support/webhook-signing.js";

const stripe = new Stripe("sk_test_patchbay");
const secret = "whsec_test_Q2h1cmNoIG9mIHRoZSBXZWJob29r";
const now = 1_765_000_000; // seconds
const patchbay = createPatchbay({});

const accountUpdated = (object: Record<string, unknown>) =>
  JSON.stringify(
    {
      id: "evt_1",
      object: "event",
      api_version: "2025-09-30.clover",
      account: "acct_1",
      created: now - 5,
      data: { object: { id: "acct_1", object: "account", ...object } },
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type: "account.updated",
    },
    null,
    2,
  );

const stripeDelivery = (payload: string, timestamp = now, signingSecret = secret) => ({
  body: payload,
  headers: {
    "content-type": "application/json; charset=utf-8",
    "stripe-signature": stripe.webhooks.generateTestHeaderString({
      payload,
      secret: signingSecret,
      timestamp,
    }),
  },
});

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(WebhookVerificationError);
  return error as WebhookVerificationError;
};

describe("Stripe, cross-checked against the stripe package", () => {
  it("verifies what stripe signs, and reads account.updated as the account's status", async () => {
    const payload = accountUpdated({
      charges_enabled: true,
      details_submitted: true,
      requirements: { currently_due: [], disabled_reason: null },
    });
    const delivery = stripeDelivery(payload);
    // The oracle accepts it too (its own clock: a tolerance wide enough for `now`).
    expect(
      stripe.webhooks.constructEvent(payload, delivery.headers["stripe-signature"], secret, 10 ** 9)
        .type,
    ).toBe("account.updated");
    const event = await patchbay.webhooks.verify("stripe", delivery, { secret, now: now * 1000 });
    expect(event).toEqual({
      vendor: "stripe",
      type: "account.updated",
      connectionId: "acct_1",
      status: "connected",
      occurredAt: new Date((now - 5) * 1000).toISOString(),
      raw: JSON.parse(payload),
    });
  });

  it("reads the account's state as getConnection does: onboarding due, pending review, rejected", async () => {
    const read = async (object: Record<string, unknown>) =>
      (
        await patchbay.webhooks.verify("stripe", stripeDelivery(accountUpdated(object)), {
          secret,
          now: now * 1000,
        })
      ).status;
    expect(await read({ details_submitted: false, requirements: { currently_due: [] } })).toBe(
      "authorization_required",
    );
    expect(
      await read({
        details_submitted: true,
        charges_enabled: false,
        requirements: { currently_due: [] },
      }),
    ).toBe("pending");
    expect(await read({ requirements: { disabled_reason: "rejected.fraud" } })).toBe(
      "disconnected",
    );
    expect(await read({ requirements: { currently_due: ["external_account"] } })).toBe(
      "authorization_required",
    );
  });

  it("reads other events with status null and the connected account that sent them", async () => {
    const payload = JSON.stringify({
      id: "evt_2",
      object: "event",
      account: "acct_9",
      created: now,
      data: { object: { id: "pi_1", object: "payment_intent" } },
      type: "payment_intent.succeeded",
    });
    const event = await patchbay.webhooks.verify("stripe", stripeDelivery(payload), {
      secret,
      now: now * 1000,
    });
    expect(event).toMatchObject({
      type: "payment_intent.succeeded",
      connectionId: "acct_9",
      status: null,
    });
  });

  it("verifies a Request (the Worker / route handler form), and any of several v1 signatures", async () => {
    const payload = accountUpdated({ charges_enabled: true, details_submitted: true });
    const header = stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp: now });
    const rotated = `${header},v1=${"0".repeat(64)}`;
    const request = new Request("https://app.example.com/webhooks/stripe", {
      method: "POST",
      headers: { "content-type": "application/json", "stripe-signature": rotated },
      body: payload,
    });
    const event = await patchbay.webhooks.verify("stripe", request, { secret, now: now * 1000 });
    expect(event.status).toBe("connected");
  });

  it("refuses what constructEvent refuses: another secret, an altered body, an old timestamp", async () => {
    const payload = accountUpdated({ charges_enabled: true });
    const otherSecret = stripeDelivery(payload, now, "whsec_another");
    expect(() =>
      stripe.webhooks.constructEvent(
        payload,
        otherSecret.headers["stripe-signature"],
        secret,
        10 ** 9,
      ),
    ).toThrow();
    expect(
      (await refusal(patchbay.webhooks.verify("stripe", otherSecret, { secret, now: now * 1000 })))
        .reason,
    ).toBe("bad_signature");

    const altered = { ...stripeDelivery(payload), body: payload.replace("acct_1", "acct_2") };
    expect(() =>
      stripe.webhooks.constructEvent(
        altered.body,
        altered.headers["stripe-signature"],
        secret,
        10 ** 9,
      ),
    ).toThrow();
    expect(
      (await refusal(patchbay.webhooks.verify("stripe", altered, { secret, now: now * 1000 })))
        .reason,
    ).toBe("bad_signature");

    // An hour old against the real clock for stripe (its default tolerance, 300 s), and against `now` here.
    const realNow = Math.floor(Date.now() / 1000);
    const old = stripeDelivery(payload, realNow - 3600);
    expect(() =>
      stripe.webhooks.constructEvent(payload, old.headers["stripe-signature"], secret),
    ).toThrow(/tolerance/i);
    expect(
      (await refusal(patchbay.webhooks.verify("stripe", old, { secret, now: realNow * 1000 })))
        .reason,
    ).toBe("timestamp_outside_tolerance");
    // Within 300 s it passes: the boundary is the tolerance, not the clock's drift.
    await expect(
      patchbay.webhooks.verify("stripe", stripeDelivery(payload, now - 300), {
        secret,
        now: now * 1000,
      }),
    ).resolves.toMatchObject({ type: "account.updated" });
  });

  it("needs the secret: a ConfigurationError before anything is read", async () => {
    const delivery = stripeDelivery(accountUpdated({}));
    await expect(patchbay.webhooks.verify("stripe", delivery, {})).rejects.toBeInstanceOf(
      ConfigurationError,
    );
  });
});

describe("Fivetran: the HMAC-SHA256 of the body", () => {
  const fivetranSecret = "fivetran-webhook-secret";
  const delivery = (payload: string, signature = fivetranSignature(payload, fivetranSecret)) => ({
    body: new TextEncoder().encode(payload),
    headers: new Headers({
      "content-type": "application/json",
      "x-fivetran-signature-256": signature,
    }),
  });

  it("reads connection_successful and connection_failure as status words, sync_end as no state", async () => {
    const event = (name: string, id: Record<string, string>) =>
      JSON.stringify({
        event: name,
        created: "2025-11-03T10:00:00.000Z",
        connector_type: "google_sheets",
        ...id,
        destination_group_id: "group_1",
        data: {},
      });
    const verify = (payload: string, signature?: string) =>
      patchbay.webhooks.verify("fivetran", delivery(payload, signature), {
        secret: fivetranSecret,
      });
    expect(await verify(event("connection_successful", { connection_id: "conn_1" }))).toMatchObject(
      {
        vendor: "fivetran",
        type: "connection_successful",
        connectionId: "conn_1",
        status: "connected",
        occurredAt: "2025-11-03T10:00:00.000Z",
      },
    );
    expect(await verify(event("connection_failure", { connector_id: "conn_2" }))).toMatchObject({
      connectionId: "conn_2",
      status: "authorization_required",
    });
    expect(await verify(event("sync_end", { connector_id: "conn_3" }))).toMatchObject({
      type: "sync_end",
      status: null,
    });
    // Fivetran's hex is upper case; lower case is the same signature.
    const payload = event("delete_connector", { connector_id: "conn_4" });
    expect(
      (await verify(payload, fivetranSignature(payload, fivetranSecret).toLowerCase())).status,
    ).toBe("disconnected");
  });
});

describe("Plaid: an ES256 JWT, its key fetched by kid through the vendor's operation", () => {
  const itemWebhook = (code: string, extra: Record<string, unknown> = {}) =>
    JSON.stringify({
      webhook_type: "ITEM",
      webhook_code: code,
      item_id: "item_1",
      environment: "sandbox",
      ...extra,
    });

  it("verifies, reads ITEM webhooks as status words, and caches the key (one fetch per kid)", async () => {
    const key = await signingKey("kid_1");
    const server = plaidKeyServer([key]);
    const plaid = createPatchbay({
      plaid: {
        clientId: "client-id-1",
        secret: "plaid-api-secret",
        plaidVersion: "2020-09-14",
        fetch: server.fetch,
      },
    });
    const deliver = async (payload: string) =>
      plaid.webhooks.verify(
        "plaid",
        {
          body: payload,
          headers: {
            "content-type": "application/json",
            "plaid-verification": await plaidJwt(payload, key, now - 10),
          },
        },
        { now: now * 1000 },
      );
    expect(await deliver(itemWebhook("PENDING_EXPIRATION"))).toEqual({
      vendor: "plaid",
      type: "ITEM.PENDING_EXPIRATION",
      connectionId: "item_1",
      status: "authorization_required",
      occurredAt: new Date((now - 10) * 1000).toISOString(),
      raw: JSON.parse(itemWebhook("PENDING_EXPIRATION")),
    });
    expect((await deliver(itemWebhook("USER_PERMISSION_REVOKED"))).status).toBe(
      "authorization_required",
    );
    expect((await deliver(itemWebhook("LOGIN_REPAIRED"))).status).toBe("connected");
    expect(
      (
        await deliver(
          itemWebhook("ERROR", {
            error: { error_type: "ITEM_ERROR", error_code: "ITEM_LOGIN_REQUIRED" },
          }),
        )
      ).status,
    ).toBe("authorization_required");
    expect(
      (
        await deliver(
          itemWebhook("ERROR", {
            error: { error_type: "INSTITUTION_ERROR", error_code: "INSTITUTION_DOWN" },
          }),
        )
      ).status,
    ).toBe("pending");
    const other = await deliver(
      JSON.stringify({
        webhook_type: "TRANSACTIONS",
        webhook_code: "SYNC_UPDATES_AVAILABLE",
        item_id: "item_1",
      }),
    );
    expect(other).toMatchObject({ type: "TRANSACTIONS.SYNC_UPDATES_AVAILABLE", status: null });
    expect(server.served).toEqual({ count: 1, kids: ["kid_1"] });
  });

  it("fetches a kid it does not hold (key rotation), and keeps both", async () => {
    const first = await signingKey("kid_a");
    const second = await signingKey("kid_b");
    const server = plaidKeyServer([first, second]);
    const plaid = createPatchbay({
      plaid: {
        clientId: "client-id-1",
        secret: "plaid-api-secret",
        plaidVersion: "2020-09-14",
        fetch: server.fetch,
      },
    });
    const payload = itemWebhook("LOGIN_REPAIRED");
    for (const key of [first, second, first, second])
      await plaid.webhooks.verify(
        "plaid",
        {
          body: payload,
          headers: { "plaid-verification": await plaidJwt(payload, key, now) },
        },
        { now: now * 1000 },
      );
    expect(server.served).toEqual({ count: 2, kids: ["kid_a", "kid_b"] });
  });
});

describe("Composio: Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature)", () => {
  const composioSecret = "composio-subscription-secret";
  const body = JSON.stringify({
    id: "evt_847c",
    type: "composio.connected_account.expired",
    metadata: { project_id: "pr_1", org_id: "ok_1" },
    data: { id: "ca_1", toolkit: { slug: "gmail" }, status: "EXPIRED" },
    timestamp: "2026-02-06T12:00:00.000Z",
  });
  const headers = (signature: string, timestamp = now, id = "msg_1") => ({
    "content-type": "application/json",
    "webhook-id": id,
    "webhook-timestamp": String(timestamp),
    "webhook-signature": signature,
  });

  it("reads connected_account.expired as authorization_required; any listed v1 signature passes", async () => {
    const signature = composioSignature("msg_1", now, body, composioSecret);
    const event = await patchbay.webhooks.verify(
      "composio",
      { body, headers: headers(`v1,${"A".repeat(44)} ${signature}`) },
      { secret: composioSecret, now: now * 1000 },
    );
    expect(event).toMatchObject({
      type: "composio.connected_account.expired",
      connectionId: "ca_1",
      status: "authorization_required",
      occurredAt: "2026-02-06T12:00:00.000Z",
    });
  });

  it("signs the message id too: another id, or an old timestamp, is refused", async () => {
    const signature = composioSignature("msg_1", now, body, composioSecret);
    const verify = (h: Record<string, string>) =>
      patchbay.webhooks.verify(
        "composio",
        { body, headers: h },
        { secret: composioSecret, now: now * 1000 },
      );
    await expect(verify(headers(signature, now, "msg_2"))).rejects.toMatchObject({
      reason: "bad_signature",
    });
    const old = composioSignature("msg_1", now - 600, body, composioSecret);
    await expect(verify(headers(old, now - 600))).rejects.toMatchObject({
      reason: "timestamp_outside_tolerance",
    });
  });
});

describe("a vendor that signs no webhooks", () => {
  it("is a compile error, and a ConfigurationError from JavaScript", async () => {
    const delivery = { body: "{}", headers: { "content-type": "application/json" } };
    // @ts-expect-error datagrid publishes no webhook signature
    const verifying = patchbay.webhooks.verify("datagrid", delivery, { secret });
    await expect(verifying).rejects.toBeInstanceOf(ConfigurationError);
    await expect(verifying).rejects.toThrow(/datagrid publishes no webhook signature/);
  });
});
