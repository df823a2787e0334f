import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { isVendorName, type Patchbay, type VendorName } from "@patchbay/connect";
import { type Connection, connections } from "./connections.js";
import { friendlyMessage } from "./friendly-error.js";
import { type Notice, renderCallbackPage, renderNotFound, renderSettingsPage } from "./pages.js";

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

const callbackStatuses = new Set([
  "connected",
  "pending",
  "authorization_required",
  "disconnected",
]);

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
 * `connect()` and sends the browser to the vendor's authorization URL (or, for a direct
 * connection, to the callback page), `GET /callback?vendor=…` shows the result.
 */
export async function startConnectApp(options: ConnectAppOptions): Promise<ConnectApp> {
  const { patchbay, vendors, target, log = console.error } = options;
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
      if (start.authorizationUrl) return redirect(response, start.authorizationUrl);
      const result = new URLSearchParams({ vendor, status: start.status });
      if (start.connectionId) result.set("connection_id", start.connectionId);
      return redirect(response, `/callback?${result}`);
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

  /** The callback page: what the vendor sent back (or where a direct connection lands). */
  function callbackPage(query: URLSearchParams): [status: number, html: string] {
    const vendor = query.get("vendor");
    if (!isVendorName(vendor)) return [404, renderNotFound()];
    const status = query.get("status") ?? "";
    return [
      200,
      renderCallbackPage({
        ...connections[vendor],
        status: callbackStatuses.has(status) ? status : "returned",
        connectionId: query.get("connection_id"),
        error: query.get("error"),
      }),
    ];
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const { pathname, searchParams } = new URL(request.url ?? "/", url);
    const connectPath = /^\/connect\/([a-z0-9-]+)$/.exec(pathname);
    request.resume(); // the form has no fields
    if (request.method === "GET" && pathname === "/") return send(response, 200, settingsPage());
    if (request.method === "GET" && pathname === "/callback") {
      return send(response, ...callbackPage(searchParams));
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
