import type { IncomingMessage } from "node:http";
import {
  type ConnectionEvent,
  type Patchbay,
  type VendorName,
  type WebhookVendors,
  WebhookVerificationError,
} from "@patchbay/connect";

/** Each vendor's webhook signing secret (Plaid's JWT needs none: `""`). */
export type WebhookSecrets = Partial<Record<WebhookVendors, string>>;

/** The largest delivery read: what `webhooks.verify` accepts by default (1 MiB). */
const maxBytes = 1024 * 1024;

/**
 * The latest state each connection's vendor reported by webhook: a real app writes it to its
 * database. An event about a connection's state (`status` not null) replaces the one before.
 */
export class ConnectionEvents {
  readonly #latest = new Map<string, ConnectionEvent<VendorName>>();
  record(event: ConnectionEvent<VendorName>): void {
    if (event.status !== null && event.connectionId !== null)
      this.#latest.set(`${event.vendor} ${event.connectionId}`, event);
  }
  latest(vendor: string, connectionId: string | null): ConnectionEvent<VendorName> | undefined {
    return connectionId === null ? undefined : this.#latest.get(`${vendor} ${connectionId}`);
  }
}

/** The raw body, at most `maxBytes` (the rest is not read): `undefined` past it. */
async function rawBody(request: IncomingMessage): Promise<Uint8Array | undefined> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    length += chunk.length;
    if (length > maxBytes) {
      request.resume();
      return undefined;
    }
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * `POST /webhooks/:vendor`: the delivery verified on its raw bytes and recorded. 204 when
 * verified, 400 with the reason when refused (the vendor does not retry it), 413 over 1 MiB.
 */
export async function receiveWebhook(
  patchbay: Patchbay,
  secrets: WebhookSecrets,
  events: ConnectionEvents,
  vendor: WebhookVendors,
  request: IncomingMessage,
): Promise<[status: number, text: string]> {
  const body = await rawBody(request);
  if (!body) return [413, "too_large"];
  try {
    const event = await patchbay.webhooks.verify(
      vendor,
      { body, headers: request.headers },
      { secret: secrets[vendor] || undefined },
    );
    events.record(event);
    return [204, ""];
  } catch (error) {
    if (error instanceof WebhookVerificationError) return [400, error.reason];
    throw error;
  }
}
