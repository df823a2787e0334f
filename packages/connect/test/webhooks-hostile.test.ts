// Hostile webhook deliveries: forged, replayed, truncated, re-serialized, oversized, of the wrong
// content type, a JWT with alg "none" or signed by a key the vendor does not answer, an unknown
// kid. Each is refused with WebhookVerificationError and its reason, and the secret appears in
// no message, field, JSON or inspect output. Times are passed as `now`: nothing here is timed.
import { inspect } from "node:util";
import Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { createPatchbay, WebhookVerificationError } from "../src/index.js";
import {
  fivetranSignature,
  plaidJwt,
  plaidKeyServer,
  signingKey,
} from "./support/webhook-signing.js";

const stripe = new Stripe("sk_test_patchbay");
const secret = "whsec_hostile_7f3a9c1e5b2d8f4a6c0e";
const now = 1_765_000_000;
const patchbay = createPatchbay({});
const payload = JSON.stringify({
  id: "evt_1",
  object: "event",
  created: now,
  data: { object: { id: "acct_1", object: "account", charges_enabled: true } },
  type: "account.updated",
});
const signed = (body: string, timestamp = now) =>
  stripe.webhooks.generateTestHeaderString({ payload: body, secret, timestamp });
const delivery = (
  body: string | Uint8Array,
  header = signed(payload),
  type = "application/json",
) => ({
  body,
  headers: { "content-type": type, "stripe-signature": header },
});

/** The refusal, with the secret nowhere in what an app might log or serialize. */
async function refused(promise: Promise<unknown>, reason: string, ...secrets: string[]) {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(WebhookVerificationError);
  const refusal = error as WebhookVerificationError;
  expect(refusal.reason).toBe(reason);
  expect(refusal.name).toBe("WebhookVerificationError");
  const shown = [
    refusal.message,
    JSON.stringify(refusal),
    inspect(refusal),
    String(refusal.stack),
  ].join("\n");
  for (const hidden of [secret, ...secrets]) expect(shown).not.toContain(hidden);
  return refusal;
}

describe("hostile HMAC deliveries (Stripe)", () => {
  const verify = (input: Parameters<typeof patchbay.webhooks.verify>[1], options = {}) =>
    patchbay.webhooks.verify("stripe", input, { secret, now: now * 1000, ...options });

  it("forged: signed with another secret, or a made-up signature", async () => {
    const forged = stripe.webhooks.generateTestHeaderString({
      payload,
      secret: "whsec_attacker",
      timestamp: now,
    });
    await refused(verify(delivery(payload, forged)), "bad_signature");
    await refused(verify(delivery(payload, `t=${now},v1=${"ab".repeat(32)}`)), "bad_signature");
    await refused(verify(delivery(payload, `t=${now},v1=not-hex`)), "bad_signature");
  });

  it("missing: no header, an empty one, no v1, no timestamp", async () => {
    await refused(
      verify({ body: payload, headers: { "content-type": "application/json" } }),
      "missing_signature",
    );
    await refused(verify(delivery(payload, "")), "missing_signature");
    await refused(verify(delivery(payload, `t=${now}`)), "missing_signature");
    await refused(
      verify(delivery(payload, signed(payload).replace(/^t=\d+,/, ""))),
      "missing_signature",
    );
  });

  it("replayed: a genuine delivery past the tolerance, either way; or its timestamp changed", async () => {
    await refused(
      verify(delivery(payload, signed(payload, now - 301))),
      "timestamp_outside_tolerance",
    );
    await refused(
      verify(delivery(payload, signed(payload, now + 301))),
      "timestamp_outside_tolerance",
    );
    const retimed = signed(payload, now - 3600).replace(/^t=\d+/, `t=${now}`);
    await refused(verify(delivery(payload, retimed)), "bad_signature");
    // The same delivery, within the tolerance, passes: the refusals above are the timestamp's.
    await expect(verify(delivery(payload, signed(payload, now - 299)))).resolves.toMatchObject({
      status: "connected",
    });
  });

  it("truncated: the body cut short, as bytes or text", async () => {
    await refused(verify(delivery(payload.slice(0, -1))), "bad_signature");
    await refused(
      verify(delivery(new TextEncoder().encode(payload).slice(0, 20))),
      "bad_signature",
    );
    await refused(verify(delivery("")), "bad_signature");
  });

  it("re-serialized: the parsed body written again is not the bytes signed, and an object is refused", async () => {
    const pretty = JSON.stringify({ ...JSON.parse(payload) }, null, 2);
    expect(JSON.parse(pretty)).toEqual(JSON.parse(payload));
    await refused(verify(delivery(pretty)), "bad_signature");
    const reordered = JSON.stringify({ type: "account.updated", ...JSON.parse(payload) });
    await refused(verify(delivery(reordered)), "bad_signature");
    await refused(verify(delivery(JSON.parse(payload) as never)), "not_raw_body");
  });

  it("oversized: over 1 MiB by default, over maxBodyBytes when given; a Request's stream is not read past it", async () => {
    const big = JSON.stringify({ ...JSON.parse(payload), padding: "x".repeat(1024 * 1024) });
    await refused(verify(delivery(big, signed(big))), "too_large");
    await refused(verify(delivery(payload), { maxBodyBytes: 100 }), "too_large");
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(64 * 1024));
      },
    });
    const request = new Request("https://app.example.com/webhooks/stripe", {
      method: "POST",
      headers: { "content-type": "application/json", "stripe-signature": signed(payload) },
      body: endless,
      duplex: "half",
    } as RequestInit);
    await refused(verify(request), "too_large");
    expect(pulled).toBeLessThan(40);
    // A declared length over the limit is refused before reading.
    await refused(
      verify({
        body: payload,
        headers: { ...delivery(payload).headers, "content-length": String(2 * 1024 * 1024) },
      }),
      "too_large",
    );
  });

  it("wrong content type: a form or text body is refused, JSON with a charset is not", async () => {
    await refused(verify(delivery(payload, signed(payload), "text/plain")), "wrong_content_type");
    await refused(
      verify(delivery(payload, signed(payload), "application/x-www-form-urlencoded")),
      "wrong_content_type",
    );
    await expect(
      verify(delivery(payload, signed(payload), "application/json; charset=utf-8")),
    ).resolves.toBeTruthy();
  });

  it("a signed body that is not JSON is refused after its signature", async () => {
    await refused(verify(delivery("not json", signed("not json"))), "bad_body");
  });
});

describe("hostile HMAC deliveries (Fivetran): the secret never shown", () => {
  it("refuses a forged signature without showing the secret", async () => {
    const fivetranSecret = "fivetran-hostile-secret-81c2";
    const body = JSON.stringify({ event: "connection_successful", connector_id: "c1" });
    await refused(
      patchbay.webhooks.verify(
        "fivetran",
        { body, headers: { "x-fivetran-signature-256": fivetranSignature(body, "guessed") } },
        { secret: fivetranSecret },
      ),
      "bad_signature",
      fivetranSecret,
    );
  });
});

describe("hostile JWT deliveries (Plaid)", () => {
  const body = JSON.stringify({
    webhook_type: "ITEM",
    webhook_code: "LOGIN_REPAIRED",
    item_id: "item_1",
  });
  const setup = async () => {
    const key = await signingKey("kid_good");
    const server = plaidKeyServer([key]);
    const plaid = createPatchbay({
      plaid: {
        clientId: "client-id-1",
        secret: "plaid-api-secret-99",
        plaidVersion: "2020-09-14",
        fetch: server.fetch,
      },
    });
    const verify = (jwt: string, text = body) =>
      plaid.webhooks.verify(
        "plaid",
        { body: text, headers: { "plaid-verification": jwt } },
        { now: now * 1000 },
      );
    return { key, server, verify };
  };
  const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

  it('alg "none" (and HS256) is refused before any key is fetched', async () => {
    const { server, verify } = await setup();
    const none = `${b64({ alg: "none", kid: "kid_good" })}.${b64({ iat: now, request_body_sha256: "00" })}.`;
    await refused(verify(none), "bad_jwt", "plaid-api-secret-99");
    const hs = `${b64({ alg: "HS256", kid: "kid_good" })}.${b64({ iat: now })}.c2lnbmF0dXJl`;
    await refused(verify(hs), "bad_jwt");
    await refused(verify("not-a-jwt"), "bad_jwt");
    await refused(verify(""), "missing_signature");
    expect(server.served.count).toBe(0);
  });

  it("signed by an unexpected key (an attacker's, under the vendor's kid) is a bad signature", async () => {
    const { key, verify } = await setup();
    const attacker = await signingKey(key.kid);
    await refused(verify(await plaidJwt(body, attacker, now)), "bad_signature");
  });

  it("an unknown kid is fetched once, then refused", async () => {
    const { server, verify } = await setup();
    const stranger = await signingKey("kid_unknown");
    await refused(
      verify(await plaidJwt(body, stranger, now)),
      "unknown_key",
      "plaid-api-secret-99",
    );
    expect(server.served).toEqual({ count: 1, kids: ["kid_unknown"] });
  });

  it("replayed: issued more than 5 minutes ago", async () => {
    const { key, verify } = await setup();
    await refused(verify(await plaidJwt(body, key, now - 301)), "timestamp_outside_tolerance");
  });

  it("another body under a genuine JWT (truncated, re-serialized) is refused by the body hash", async () => {
    const { key, verify } = await setup();
    const jwt = await plaidJwt(body, key, now);
    await refused(verify(jwt, body.slice(0, -2)), "bad_signature");
    await refused(verify(jwt, JSON.stringify(JSON.parse(body), null, 1)), "bad_signature");
    await expect(verify(jwt)).resolves.toMatchObject({ status: "connected" });
  });

  it("a tampered JWT payload (a fresh iat) no longer matches its signature", async () => {
    const { key, verify } = await setup();
    const [header, , signature] = (await plaidJwt(body, key, now - 3600)).split(".");
    const claims = b64({ iat: now, request_body_sha256: "ab".repeat(32) });
    await refused(verify(`${header}.${claims}.${signature}`), "bad_signature");
  });

  it("an expired key is not used", async () => {
    const key = await signingKey("kid_old");
    key.jwk.expired_at = now - 60;
    const server = plaidKeyServer([key]);
    const plaid = createPatchbay({
      plaid: {
        clientId: "client-id-1",
        secret: "plaid-api-secret-99",
        plaidVersion: "2020-09-14",
        fetch: server.fetch,
      },
    });
    await refused(
      plaid.webhooks.verify(
        "plaid",
        { body, headers: { "plaid-verification": await plaidJwt(body, key, now) } },
        { now: now * 1000 },
      ),
      "unknown_key",
    );
  });
});
