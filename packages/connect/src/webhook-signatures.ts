// The two ways a vendor signs a webhook, as its sidecar declares them: an HMAC with the
// endpoint's secret, or a JWT signed with a key the vendor's own operation answers. Web Crypto
// only (Node 20, browsers, workers); signatures are compared by `crypto.subtle.verify` (HMAC,
// ECDSA) or a length-checked constant-time loop (the body hash), never with `===`.
import type { HmacSignature, JwtSignature, Pointer } from "./define-vendor.js";
import type { Bytes, Delivery, Refuse } from "./webhook-input.js";

const subtle = () => globalThis.crypto.subtle;
const encoder = new TextEncoder();

/** The bytes of hex or base64 (or base64url) text, or null where it is not that. */
export function decode(text: string, encoding: "hex" | "base64" | "base64url"): Bytes | null {
  if (encoding === "hex") {
    if (!/^([0-9a-f]{2})*$/i.test(text)) return null;
    return Uint8Array.from(text.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));
  }
  const base64 = encoding === "base64url" ? text.replaceAll("-", "+").replaceAll("_", "/") : text;
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) return null;
  try {
    return Uint8Array.from(atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, "=")), (char) =>
      char.charCodeAt(0),
    );
  } catch {
    return null;
  }
}

const concat = (...parts: Uint8Array[]): Bytes => {
  const all = new Uint8Array(parts.reduce((length, part) => length + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    all.set(part, offset);
    offset += part.byteLength;
  }
  return all;
};

/** Equal bytes, compared in time that depends on the length only. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  let difference = 0;
  for (let index = 0; index < a.byteLength; index++)
    difference |= (a[index] as number) ^ (b[index] as number);
  return difference === 0;
}

/** Whether `signed` is within `tolerance` seconds of `now` (both ways: a replay, or a clock far ahead). */
const withinTolerance = (signedSeconds: number, nowMs: number, tolerance: number) =>
  Math.abs(nowMs / 1000 - signedSeconds) <= tolerance;

/** The signatures and the timestamp the delivery's headers carry, as the scheme says. */
function carried(scheme: HmacSignature, delivery: Delivery) {
  const value = delivery.header(scheme.header);
  if (value === null || value.trim() === "") return null;
  let timestamp: string | null = scheme.timestampHeader
    ? delivery.header(scheme.timestampHeader)
    : null;
  let signatures: string[];
  if (scheme.carries === "pairs" && scheme.pairs) {
    const { separator, timestamp: timestampKey, signature } = scheme.pairs;
    const pairs = value.split(separator).map((pair) => {
      const at = pair.indexOf("=");
      return at < 0 ? ["", ""] : [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
    });
    timestamp = pairs.find(([key]) => key === timestampKey)?.[1] ?? timestamp;
    signatures = pairs.filter(([key]) => key === signature).map(([, text]) => text as string);
  } else if (scheme.carries === "list" && scheme.list) {
    const { separator, prefix } = scheme.list;
    signatures = value
      .split(separator)
      .filter((entry) => entry.startsWith(prefix))
      .map((entry) => entry.slice(prefix.length));
  } else signatures = [value.trim()];
  return { signatures, timestamp };
}

/** The HMAC key from the secret: its UTF-8 bytes, or base64 after a prefix (`whsec_…`). */
async function hmacKey(scheme: HmacSignature, secret: string, refuse: Refuse) {
  let bytes: Bytes | null = encoder.encode(secret) as Bytes;
  if (scheme.secret) {
    const text = secret.startsWith(scheme.secret.prefix)
      ? secret.slice(scheme.secret.prefix.length)
      : secret;
    bytes = decode(text, scheme.secret.encoding);
    if (!bytes || bytes.byteLength === 0)
      throw refuse(
        "bad_signature",
        `the secret is not ${scheme.secret.prefix}<base64>, as the vendor gives it`,
      );
  }
  return subtle().importKey("raw", bytes, { name: "HMAC", hash: "SHA-256" }, false, ["verify"]);
}

/**
 * Verifies an HMAC-signed delivery; resolves to the signed time (ms since 1970) where the
 * scheme signs one, else null. Refuses a missing or non-matching signature, or a timestamp
 * outside the tolerance.
 */
export async function verifyHmac(
  scheme: HmacSignature,
  delivery: Delivery,
  secret: string,
  nowMs: number,
  refuse: Refuse,
): Promise<number | null> {
  const found = carried(scheme, delivery);
  if (!found || found.signatures.length === 0)
    throw refuse("missing_signature", `no signature in the ${scheme.header} header`);
  const signsTime = scheme.signed.includes("timestamp");
  let seconds: number | null = null;
  if (signsTime) {
    if (!found.timestamp || !/^\d{1,12}$/.test(found.timestamp))
      throw refuse(
        "missing_signature",
        `no timestamp in the ${scheme.timestampHeader ?? scheme.header} header`,
      );
    seconds = Number(found.timestamp);
  }
  const parts: Uint8Array[] = [];
  for (const part of scheme.signed) {
    if (parts.length > 0) parts.push(encoder.encode("."));
    if (part === "body") parts.push(delivery.bytes);
    else if (part === "timestamp") parts.push(encoder.encode(found.timestamp as string));
    else {
      const value = delivery.header(part.header);
      if (value === null) throw refuse("missing_signature", `no ${part.header} header`);
      parts.push(encoder.encode(value));
    }
  }
  const signed = concat(...parts);
  const key = await hmacKey(scheme, secret, refuse);
  let matched = false;
  for (const text of found.signatures) {
    const signature = decode(text, scheme.encoding);
    if (
      signature &&
      signature.byteLength === 32 &&
      (await subtle().verify("HMAC", key, signature, signed))
    )
      matched = true;
  }
  if (!matched)
    throw refuse(
      "bad_signature",
      "the signature does not match the body: not the bytes the vendor signed, or another secret",
    );
  // Checked after the signature: a forged timestamp is a bad signature, an old genuine one a replay.
  if (seconds !== null && !withinTolerance(seconds, nowMs, scheme.tolerance ?? 300))
    throw refuse(
      "timestamp_outside_tolerance",
      `the signed timestamp is more than ${scheme.tolerance ?? 300} s from now: an old delivery replayed, or a clock off`,
    );
  return seconds === null ? null : seconds * 1000;
}

/** The parts of a compact JWS, decoded, or null where it is not one. */
function jwtParts(token: string) {
  const parts = token.trim().split(".");
  if (parts.length !== 3) return null;
  const [header, payload, signature] = parts as [string, string, string];
  const json = (text: string): Record<string, unknown> | null => {
    const bytes = decode(text, "base64url");
    if (!bytes) return null;
    try {
      const value = JSON.parse(new TextDecoder().decode(bytes));
      return value !== null && typeof value === "object" && !Array.isArray(value) ? value : null;
    } catch {
      return null;
    }
  };
  const signatureBytes = decode(signature, "base64url");
  const head = json(header);
  const claims = json(payload);
  if (!head || !claims || !signatureBytes) return null;
  return {
    head,
    claims,
    signature: signatureBytes,
    signed: encoder.encode(`${header}.${payload}`),
  };
}

/** A JWT scheme's keys by kid, kept for one vendor's client. */
export type KeyCache = Map<string, CryptoKey>;

/** Fetches the key named `kid` with the vendor's operation; null where the vendor answers none. */
export type FetchKey = (scheme: JwtSignature, kid: string) => Promise<CryptoKey | null>;

/** The JWK at `scheme.key.jwk` of the key operation's answer as a verify key; null for none or an expired one. */
export async function importJwk(
  scheme: JwtSignature,
  answer: unknown,
  nowMs: number,
  valueAt: (body: unknown, pointer: Pointer) => unknown,
): Promise<CryptoKey | null> {
  const jwk = valueAt(answer, scheme.key.jwk) as JsonWebKey | undefined;
  if (!jwk || typeof jwk !== "object" || jwk.kty !== "EC" || jwk.crv !== "P-256") return null;
  const expiredAt = scheme.key.expiredAt && valueAt(answer, scheme.key.expiredAt);
  if (typeof expiredAt === "number" && expiredAt * 1000 <= nowMs) return null;
  try {
    return await subtle().importKey(
      "jwk",
      { kty: "EC", crv: "P-256", x: jwk.x, y: jwk.y },
      { name: "ECDSA", namedCurve: "P-256" },
      false,
      ["verify"],
    );
  } catch {
    return null;
  }
}

/**
 * Verifies a JWT-signed delivery: the declared algorithm only (never `none`), a key the vendor
 * answers for the kid (cached; fetched again once when the kid is not in the cache), the issued-at
 * claim within its age, and the body hash claim equal to the raw body's. Resolves to the
 * issued-at time (ms since 1970).
 */
export async function verifyJwt(
  scheme: JwtSignature,
  delivery: Delivery,
  keys: KeyCache,
  fetchKey: FetchKey,
  nowMs: number,
  refuse: Refuse,
): Promise<number> {
  const token = delivery.header(scheme.header);
  if (token === null || token.trim() === "")
    throw refuse("missing_signature", `no JWT in the ${scheme.header} header`);
  const jwt = jwtParts(token);
  if (!jwt) throw refuse("bad_jwt", `the ${scheme.header} header is not a JWT`);
  if (jwt.head.alg !== scheme.alg)
    throw refuse(
      "bad_jwt",
      `the JWT's alg is ${JSON.stringify(String(jwt.head.alg).slice(0, 20))}, not ${scheme.alg}`,
    );
  const kid = jwt.head.kid;
  if (typeof kid !== "string" || kid === "" || kid.length > 200)
    throw refuse("bad_jwt", "the JWT names no key (kid)");
  let key = keys.get(kid) ?? null;
  if (!key) {
    key = await fetchKey(scheme, kid);
    if (!key)
      throw refuse(
        "unknown_key",
        `the vendor answers no valid key for the JWT's kid ${JSON.stringify(kid)}`,
      );
    keys.set(kid, key);
  }
  // ES256: the signature is r and s, 32 bytes each (what Web Crypto verifies).
  const verified =
    jwt.signature.byteLength === 64 &&
    (await subtle().verify({ name: "ECDSA", hash: "SHA-256" }, key, jwt.signature, jwt.signed));
  if (!verified)
    throw refuse("bad_signature", "the JWT's signature does not match the vendor's key");
  const issuedAt = jwt.claims[scheme.issuedAt.claim];
  if (typeof issuedAt !== "number" || !Number.isFinite(issuedAt))
    throw refuse("bad_jwt", `the JWT has no ${scheme.issuedAt.claim} claim`);
  if (!withinTolerance(issuedAt, nowMs, scheme.issuedAt.maxAge))
    throw refuse(
      "timestamp_outside_tolerance",
      `the JWT was issued more than ${scheme.issuedAt.maxAge} s from now: an old delivery replayed, or a clock off`,
    );
  const claimed = jwt.claims[scheme.bodyHash.claim];
  const expected = new Uint8Array(await subtle().digest("SHA-256", delivery.bytes));
  const given = typeof claimed === "string" ? decode(claimed, "hex") : null;
  if (!given || !sameBytes(given, expected))
    throw refuse(
      "bad_signature",
      "the body's SHA-256 is not the one the JWT signs: not the bytes the vendor sent",
    );
  return issuedAt * 1000;
}
