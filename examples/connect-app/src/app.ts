import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { isVendorName, type Patchbay, type VendorName, type VendorsWith } from "@patchbay/connect";
import { type Connection, connections } from "./connections.js";
import { renderConnectionsPage } from "./connections-page.js";
import { friendlyMessage } from "./friendly-error.js";
import { deleteInput, offers } from "./lifecycle-inputs.js";
import {
  complete,
  KeptConnections,
  type Lifecycle,
  listedAll,
  listPages,
  readBack,
  type Started,
} from "./lifecycle-pages.js";
import { type Notice, renderCallbackPage, renderNotFound, renderSettingsPage } from "./pages.js";
import { readForm } from "./read-form.js";
import { ConnectionEvents, receiveWebhook, type WebhookSecrets } from "./webhook-events.js";

export interface ConnectAppOptions {
  patchbay: Patchbay;
  /** The vendors with a Connect button, in page order. */
  vendors: readonly VendorName[];
  /** The vendors left out, with the environment variables that would add them. */
  unconfigured?: readonly { vendor: VendorName; missing: string }[];
  /** What the vendors are, for the page: "Prism mocks", "the live APIs". */
  target: string;
  /** Where the whole (redacted) error of a failed connection goes. Default: `console.error`. */
  log?: (line: string) => void;
  /**
   * The vendors whose signed webhooks `POST /webhooks/:vendor` takes, each with its signing secret
   * (`""` for Plaid, which signs with its own key): a connection's status on "Your connections"
   * follows the latest verified event about it.
   */
  webhookSecrets?: WebhookSecrets;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0: a free port. */
  port?: number;
}

export interface ConnectApp {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  close(): Promise<void>;
}

const send = (
  response: ServerResponse,
  status: number,
  html: string,
  headers: Record<string, string> = {},
): void => {
  response.writeHead(status, {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    ...headers,
  });
  response.end(html);
};

const redirect = (response: ServerResponse, location: string): void => {
  response.writeHead(303, { location, "cache-control": "no-store" });
  response.end();
};

/**
 * The settings page server: `GET /` lists the vendors, `POST /connect/:vendor` calls
 * `connect()` and sends the browser to the vendor's authorization URL (or, where there is none,
 * to the callback page), `GET /callback?vendor=…` completes the connection (`completeConnection`,
 * where the vendor has that call) or reads it back (`getConnection`), `GET /connections` lists
 * every vendor's connections in one `listAllConnections` call (each status the latest a verified
 * webhook reported, where one did), `POST /connections/:vendor/disconnect` removes one, `POST
 * /webhooks/:vendor` takes the vendor's signed webhooks (`webhooks.verify`).
 */
export async function startConnectApp(options: ConnectAppOptions): Promise<ConnectApp> {
  const { patchbay, vendors, target, log = console.error } = options;
  const lifecycle: Lifecycle = { patchbay, log, kept: new KeptConnections() };
  /** The last connection started per vendor: a real app keeps it in the user's session. */
  const started = new Map<VendorName, Started>();
  const webhookSecrets = options.webhookSecrets ?? {};
  /** The latest state each connection's vendor reported by webhook: a real app keeps it in its database. */
  const events = new ConnectionEvents();
  let url = "";
  const settingsPage = (notice?: Notice) =>
    renderSettingsPage({
      vendors: vendors.map((vendor) => ({ vendor, ...connections[vendor] })),
      unconfigured: (options.unconfigured ?? []).map(({ vendor, missing }) => ({
        vendorName: connections[vendor].vendorName,
        missing,
      })),
      target,
      notice,
    });

  async function connectVendor(vendor: VendorName, response: ServerResponse): Promise<void> {
    const connection = connections[vendor] as Connection<typeof vendor>;
    const callbackUrl = `${url}/callback?vendor=${vendor}`;
    try {
      const start = await patchbay.connect(vendor, connection.input(callbackUrl));
      started.set(vendor, { status: start.status, connectionId: start.connectionId });
      if (start.authorizationUrl) return redirect(response, start.authorizationUrl);
      return redirect(response, `/callback?vendor=${vendor}`);
    } catch (error) {
      // patchbay's messages are redacted; the page gets a message built without them.
      log(`connect ${vendor} failed: ${(error as Error).message}`);
      send(
        response,
        502,
        settingsPage({ kind: "error", text: friendlyMessage(connection, error) }),
      );
    }
  }

  /**
   * The callback page: the connection completed (where the vendor has a complete call) or read
   * back, or the error the vendor sent back.
   */
  async function callbackPage(query: URLSearchParams): Promise<[status: number, html: string]> {
    const vendor = query.get("vendor");
    if (!isVendorName(vendor) || !vendors.includes(vendor)) return [404, renderNotFound()];
    const error = query.get("error");
    const { connectionId = null } = started.get(vendor) ?? {};
    const readState = error
      ? { connection: { status: "failed", connectionId, name: null } }
      : offers(vendor, "complete")
        ? await complete(lifecycle, vendor)
        : await readBack(lifecycle, vendor, started.get(vendor));
    return [200, renderCallbackPage({ ...connections[vendor], error, ...readState })];
  }

  async function connectionsPage(notice?: Notice): Promise<string> {
    const listed = (await listedAll(lifecycle, vendors)).map((section) => ({
      ...section,
      connections:
        section.connections?.map((connection) => {
          const event = events.latest(section.vendor, connection.connectionId);
          return event?.status
            ? { ...connection, status: event.status, event: event.type }
            : connection;
        }) ?? null,
    }));
    return renderConnectionsPage({ vendors: listed, maxPages: listPages, notice });
  }

  /** The confirmation after a disconnect, from the redirect's query. */
  function disconnectedNotice(query: URLSearchParams): Notice | undefined {
    const vendor = query.get("disconnected");
    const connectionId = query.get("connection_id");
    if (!isVendorName(vendor) || !connectionId) return undefined;
    const { vendorName } = connections[vendor];
    return { kind: "success", text: `Disconnected: ${vendorName} connection ${connectionId}` };
  }

  async function disconnectConnection(
    vendor: VendorsWith<"delete">,
    request: IncomingMessage,
    response: ServerResponse,
  ): Promise<void> {
    const form = await readForm(request);
    if (!form) {
      return send(response, 413, settingsPage({ kind: "error", text: "That form was too large" }));
    }
    const connectionId = form.get("connection_id") ?? "";
    if (connectionId === "") {
      const text = "Nothing to disconnect: the form named no connection";
      return send(response, 400, await connectionsPage({ kind: "error", text }));
    }
    try {
      const kept = lifecycle.kept.get(vendor, connectionId);
      await patchbay.disconnect(vendor, deleteInput(vendor, connectionId, kept));
    } catch (error) {
      log(`disconnect ${vendor} failed: ${(error as Error).message}`);
      const text = friendlyMessage(
        connections[vendor],
        error,
        "the connection could not be removed",
      );
      return send(response, 502, await connectionsPage({ kind: "error", text }));
    }
    const done = new URLSearchParams({ disconnected: vendor, connection_id: connectionId });
    redirect(response, `/connections?${done}`);
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const { pathname, searchParams } = new URL(request.url ?? "/", url);
    const connectPath = /^\/connect\/([a-z0-9-]+)$/.exec(pathname);
    const disconnectPath = /^\/connections\/([a-z0-9-]+)\/disconnect$/.exec(pathname);
    const disconnectVendor = disconnectPath?.[1];
    if (request.method === "POST" && isVendorName(disconnectVendor)) {
      if (vendors.includes(disconnectVendor) && offers(disconnectVendor, "delete"))
        return disconnectConnection(disconnectVendor, request, response);
    }
    const webhookVendor = /^\/webhooks\/([a-z0-9-]+)$/.exec(pathname)?.[1];
    if (request.method === "POST" && webhookVendor !== undefined) {
      if (!Object.hasOwn(webhookSecrets, webhookVendor)) {
        request.resume();
        return send(response, 404, renderNotFound());
      }
      const [status, text] = await receiveWebhook(
        patchbay,
        webhookSecrets,
        events,
        webhookVendor as keyof WebhookSecrets,
        request,
      );
      response.writeHead(status, { "content-type": "text/plain; charset=utf-8" });
      return void response.end(text);
    }
    request.resume(); // the other forms have no fields
    if (request.method === "GET" && pathname === "/") return send(response, 200, settingsPage());
    if (request.method === "GET" && pathname === "/callback") {
      return send(response, ...(await callbackPage(searchParams)));
    }
    if (request.method === "GET" && pathname === "/connections") {
      return send(response, 200, await connectionsPage(disconnectedNotice(searchParams)));
    }
    if (request.method === "POST" && connectPath) {
      const vendor = connectPath[1];
      if (isVendorName(vendor) && vendors.includes(vendor)) {
        return connectVendor(vendor, response);
      }
    }
    send(response, 404, renderNotFound());
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      log(`${request.method} ${request.url} failed: ${(error as Error).message}`);
      if (!response.headersSent) {
        send(
          response,
          500,
          settingsPage({ kind: "error", text: "Something went wrong: try again" }),
        );
      } else response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", resolve);
  });
  const { address, port } = server.address() as AddressInfo;
  url = `http://${address.includes(":") ? `[${address}]` : address}:${port}`;
  return {
    url,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
