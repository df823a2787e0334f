// Signing webhooks as the vendors do, for tests: Fivetran's HMAC of the body, and Plaid's ES256
// JWT with a key the test serves from a fake /webhook_verification_key/get. Stripe's signatures
// come from the `stripe` package itself (its generateTestHeaderString).
import { createHash, createHmac } from "node:crypto";

const base64url = (bytes: Uint8Array | string) =>
  Buffer.from(typeof bytes === "string" ? Buffer.from(bytes) : bytes).toString("base64url");

/** Fivetran's X-Fivetran-Signature-256: the HMAC-SHA256 of the raw body, hex, upper case. */
export const fivetranSignature = (body: string | Uint8Array, secret: string) =>
  createHmac("sha256", secret).update(body).digest("hex").toUpperCase();

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  /** The public key as Plaid's /webhook_verification_key/get answers it. */
  jwk: Record<string, unknown>;
}

export async function signingKey(kid: string): Promise<SigningKey> {
  const pair = (await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, [
    "sign",
    "verify",
  ])) as CryptoKeyPair;
  const { kty, crv, x, y } = await crypto.subtle.exportKey("jwk", pair.publicKey);
  return {
    kid,
    privateKey: pair.privateKey,
    jwk: {
      alg: "ES256",
      crv,
      kid,
      kty,
      use: "sig",
      x,
      y,
      created_at: 1_700_000_000,
      expired_at: null,
    },
  };
}

/** A Plaid-Verification JWT for `body`, issued at `iat` (seconds), signed by `key`. */
export async function plaidJwt(
  body: string,
  key: SigningKey,
  iat: number,
  header: Record<string, unknown> = { alg: "ES256", kid: key.kid, typ: "JWT" },
  claims: Record<string, unknown> = {},
): Promise<string> {
  const signed = `${base64url(JSON.stringify(header))}.${base64url(
    JSON.stringify({
      iat,
      request_body_sha256: createHash("sha256").update(body).digest("hex"),
      ...claims,
    }),
  )}`;
  const signature = await crypto.subtle.sign(
    { name: "ECDSA", hash: "SHA-256" },
    key.privateKey,
    new TextEncoder().encode(signed),
  );
  return `${signed}.${base64url(new Uint8Array(signature))}`;
}

/**
 * A fetch that answers Plaid's /webhook_verification_key/get with the keys given (400
 * INVALID_WEBHOOK_VERIFICATION_KEY_ID for any other kid), counting the requests.
 */
export function plaidKeyServer(keys: SigningKey[]) {
  const served = { count: 0, kids: [] as string[] };
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    if (!new URL(request.url).pathname.endsWith("/webhook_verification_key/get"))
      return new Response("not found", { status: 404 });
    served.count++;
    const { key_id } = (await request.json()) as { key_id: string };
    served.kids.push(key_id);
    const key = keys.find((candidate) => candidate.kid === key_id);
    return key
      ? Response.json({ key: key.jwk, request_id: "req_1" })
      : Response.json(
          {
            error_type: "INVALID_INPUT",
            error_code: "INVALID_WEBHOOK_VERIFICATION_KEY_ID",
            error_message: "invalid key_id provided",
            display_message: null,
            request_id: "req_2",
          },
          { status: 400 },
        );
  };
  return { fetch, served };
}

/** Composio's webhook-signature (Standard Webhooks, its docs' manual verification): v1,<base64 HMAC of id.timestamp.body>. */
export const composioSignature = (id: string, timestamp: number, body: string, secret: string) =>
  `v1,${createHmac("sha256", secret).update(`${id}.${timestamp}.${body}`).digest("base64")}`;
