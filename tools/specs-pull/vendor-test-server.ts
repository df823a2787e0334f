// Test support: a stand-in vendor host on loopback. Nothing here is used by specs:pull itself.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import {
  createServer as createHttpServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fixtureSpecsDir } from "@patchbay/common/temp-repo";
import { generate } from "selfsigned";
import { parse } from "yaml";

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

export interface VendorTestServer {
  /** `http://127.0.0.1:<port>` or `https://127.0.0.1:<port>`. */
  origin: string;
  /** Every request received, in order, with its headers. */
  requests: { path: string; headers: IncomingHttpHeaders }[];
  /** Routes by path; a missing route answers 404. */
  routes: Map<string, Handler>;
  close(): Promise<void>;
}

/** Starts a server on 127.0.0.1 (https when given a key and certificate). */
export async function startVendorServer(tls?: {
  key: string;
  cert: string;
}): Promise<VendorTestServer> {
  const requests: VendorTestServer["requests"] = [];
  const routes = new Map<string, Handler>();
  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? "/", "http://x").pathname;
    requests.push({ path, headers: request.headers });
    // No keep-alive: Node closes an idle socket after 5 s, and a pull that reused it just then
    // failed with ECONNRESET (seen on a loaded machine, between two tests).
    response.setHeader("connection", "close");
    const route = routes.get(path);
    if (route) route(request, response);
    else response.writeHead(404).end("not found");
  };
  const server: Server = tls ? createHttpsServer(tls, handle) : createHttpServer(handle);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `${tls ? "https" : "http"}://127.0.0.1:${port}`,
    requests,
    routes,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A vendor server over real TLS on 127.0.0.1, with a self-signed certificate made now: a child
 * process trusts it only when given `ca` (written to a file) in NODE_EXTRA_CA_CERTS.
 */
export async function startHttpsVendorServer(): Promise<{ server: VendorTestServer; ca: string }> {
  const pems = await generate([{ name: "commonName", value: "127.0.0.1" }], {
    keyType: "ec",
    algorithm: "sha256",
    extensions: [
      { name: "basicConstraints", cA: true },
      { name: "subjectAltName", altNames: [{ type: 7, ip: "127.0.0.1" }] },
    ],
  });
  const server = await startVendorServer({ key: pems.private, cert: pems.cert });
  return { server, ca: pems.cert };
}

/**
 * A fetch that sends `https://<anything>.test/...` to the plain-http loopback server, unchanged
 * otherwise (method, headers, redirect mode, signal): the URL checks of specs:pull see https.
 */
export function routeTestHostsTo(origin: string): typeof globalThis.fetch {
  return (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.protocol === "https:" && url.hostname.endsWith(".test")) {
      return globalThis.fetch(`${origin}${url.pathname}${url.search}`, init);
    }
    throw new Error(`test fetch: refusing to reach ${url.href} (only https://*.test is routed)`);
  };
}

/** A throwaway repository root holding a copy of the fixture `specs/` (never the real one). */
export function copyOfSpecs(): string {
  const root = mkdtempSync(join(tmpdir(), "patchbay-specs-pull-"));
  cpSync(fixtureSpecsDir, join(root, "specs"), { recursive: true });
  return root;
}

/**
 * Makes the copy's `specs/<vendor>.yaml` a `specs/<vendor>.json`, the same document as JSON (as
 * Chartbrew publishes its own); returns the new file's bytes.
 */
export function publishedAsJson(root: string, vendor: string): Buffer {
  const yamlFile = join(root, "specs", `${vendor}.yaml`);
  const bytes = Buffer.from(`${JSON.stringify(parse(readFileSync(yamlFile, "utf8")), null, 2)}\n`);
  writeFileSync(join(root, "specs", `${vendor}.json`), bytes);
  rmSync(yamlFile);
  return bytes;
}

export function removeCopy(root: string | undefined) {
  if (root?.startsWith(join(tmpdir(), "patchbay-specs-pull-")))
    rmSync(root, { recursive: true, force: true });
}
