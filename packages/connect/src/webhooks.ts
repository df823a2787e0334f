// What the entries load on the first `webhooks.verify`: reading a delivery, checking its
// signature as the vendor's sidecar declares it, and reading its event as a `ConnectionEvent`.
// Built apart from the entries (tsup.config.ts): its errors are the entry's classes, handed to it
// in `vendors.code` (`instanceof` holds). An app that never verifies a webhook loads none of it.
import type { ConnectionStatus, JwtSignature, Pointer, WebhookRules } from "./define-vendor.js";
import type { WebhookRefusal } from "./errors.js";
import { epochTime, statusFrom, textAt, valueAt } from "./mapping.js";
import type { Vendors } from "./start.js";
import { DEFAULT_MAX_BODY_BYTES, type RawWebhook, readDelivery } from "./webhook-input.js";
import { importJwk, type KeyCache, verifyHmac, verifyJwt } from "./webhook-signatures.js";

export type { RawWebhook };

/** `webhooks.verify`'s options. */
export interface VerifyWebhookOptions {
  /** The endpoint's signing secret (HMAC schemes: Stripe, Fivetran); not needed where the vendor signs with its own key (Plaid). */
  secret?: string;
  /** The largest body read, in bytes (default 1 MiB); past it, `too_large`. */
  maxBodyBytes?: number;
  /** The time to judge the signed timestamp against (default: now); for tests and replays. */
  now?: Date | number;
}

/** A verified delivery, read in the common words. */
export interface LooseConnectionEvent {
  vendor: string;
  /** The vendor's event type (`account.updated`, `ITEM.ERROR`, `connection_failure`). */
  type: string;
  connectionId: string | null;
  /** The connection's status after the event; null where the event is not about its state. */
  status: ConnectionStatus | null;
  /** ISO time of the event (the signed time where the event gives none), or null. */
  occurredAt: string | null;
  raw: unknown;
}

/** A body with `value` at `pointer` (`["key_id"]` → `{ key_id: value }`). */
const bodyWith = (pointer: Pointer, value: string): unknown =>
  pointer.reduceRight<unknown>((inner, token) => ({ [token]: inner }), value);

const firstText = (body: unknown, pointers: readonly Pointer[]): string | null => {
  for (const pointer of pointers) {
    const text = textAt(body, pointer);
    if (text !== null) return text;
  }
  return null;
};

/** Per aggregator (its `vendors`), per vendor: the JWT keys fetched so far. */
const aggregatorKeys = new WeakMap<Vendors, Map<string, KeyCache>>();

/**
 * Verifies a webhook delivery from `vendor` and reads it as a connection event. Refuses with the
 * entry's `WebhookVerificationError` (`reason`), or `ConfigurationError` where the vendor declares
 * no webhooks or the secret is missing. The vendor's JWT keys are kept between calls, per aggregator.
 */
export async function verifyWebhook(
  vendors: Vendors,
  vendor: string,
  input: Request | RawWebhook,
  options: VerifyWebhookOptions = {},
): Promise<LooseConnectionEvent> {
  const { ConfigurationError, WebhookVerificationError } = vendors.code;
  const definition = await vendors.definitionOf(vendor);
  if (!definition.webhooks)
    throw new ConfigurationError(
      `${vendor} publishes no webhook signature patchbay can verify (see @patchbay/connect's README, "Webhooks")`,
      { vendor },
    );
  const { webhooks: rules } = (await definition.webhooks()) as { webhooks: WebhookRules };
  const refuse = (reason: WebhookRefusal, message: string) =>
    new WebhookVerificationError(`${vendor}: webhook refused (${reason}): ${message}`, {
      vendor,
      reason,
    });
  const scheme = rules.signature;
  const secret = options.secret;
  if (scheme.kind === "hmac" && (typeof secret !== "string" || secret === ""))
    throw new ConfigurationError(
      `${vendor}: webhooks.verify needs the endpoint's signing secret: { secret }`,
      { vendor },
    );
  const nowMs = options.now === undefined ? Date.now() : Number(options.now);
  const delivery = await readDelivery(
    input,
    options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    refuse,
  );
  let signedAt: number | null;
  if (scheme.kind === "hmac") {
    signedAt = await verifyHmac(scheme, delivery, secret as string, nowMs, refuse);
  } else {
    let keyCaches = aggregatorKeys.get(vendors);
    if (!keyCaches) {
      keyCaches = new Map();
      aggregatorKeys.set(vendors, keyCaches);
    }
    let keys = keyCaches.get(vendor);
    if (!keys) {
      keys = new Map();
      keyCaches.set(vendor, keys);
    }
    const fetchKey = async (jwt: JwtSignature, kid: string) => {
      const client = await vendors.clientOf(vendor);
      const { data, response } = await client.request(
        jwt.key.operation.method,
        jwt.key.operation.path,
        {
          body: bodyWith(jwt.key.kid, kid),
        },
      );
      return response.ok ? importJwk(jwt, data, nowMs, valueAt) : null;
    };
    signedAt = await verifyJwt(scheme, delivery, keys, fetchKey, nowMs, refuse);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(delivery.bytes));
  } catch {
    throw refuse("bad_body", "the signed body is not JSON");
  }
  const events = rules.events;
  const type = events.type
    .map((pointer) => textAt(raw, pointer))
    .filter((part) => part !== null)
    .join(".");
  const state = Object.hasOwn(events.states, type) ? events.states[type] : undefined;
  const rule = events.occurredAt;
  const occurredAt =
    rule === null
      ? signedAt === null
        ? null
        : new Date(signedAt).toISOString()
      : "epoch" in rule
        ? epochTime(valueAt(raw, rule.epoch), new Date(nowMs), rule.unit)
        : textAt(raw, rule);
  return {
    vendor,
    type,
    connectionId: firstText(raw, state?.connectionId ?? events.connectionId),
    status: state
      ? typeof state.status === "string"
        ? state.status
        : statusFrom(raw, state.status)
      : null,
    occurredAt,
    raw,
  };
}
