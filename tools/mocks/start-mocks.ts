import { subscribe, unsubscribe } from "node:diagnostics_channel";
import { createRequire, Module } from "node:module";
import type { Socket } from "node:net";
import { dirname, join, resolve } from "node:path";
import { loadVendorDocument } from "@patchbay/openapi/vendor-document";
import { listDocuments, vendorOfDocument } from "@patchbay/openapi/vendor-documents";
import type { IHttpConfig } from "@stoplight/prism-http";
import type { createServer } from "@stoplight/prism-http-server";
import { loadPrismTransforms, prismOperationsOf } from "./prism-operations.js";

type IPrismHttpServer = ReturnType<typeof createServer>;

export interface MockServers {
  /** Base URL of each vendor's mock, e.g. `{ datagrid: "http://127.0.0.1:41233" }`. */
  urls: Record<string, string>;
  /** Stops every mock and drops its connections (keep-alive and in-flight ones too). Idempotent. */
  close(): Promise<void>;
}

export interface StartMocksOptions {
  /** Repository root; defaults to this checkout. */
  root?: string;
  /** Vendors to start (file stems in specs/); all documents when left out. */
  vendors?: string[];
  /** Answer CORS preflights (for browser tests). */
  cors?: boolean;
  /** Port of the first mock (the others follow on the next ports); a free one when left out. */
  port?: number;
}

const repositoryRoot = resolve(import.meta.dirname, "../..");

/** The vendor documents in specs/ (sidecars are not documents). */
export function vendorDocuments(root = repositoryRoot): { vendor: string; path: string }[] {
  return listDocuments(root).map((file) => ({
    vendor: vendorOfDocument(file) as string,
    path: join(root, file),
  }));
}

/** What every mock does: answer with the documents' examples, and check requests, credentials and itself. */
export const mockConfig: IHttpConfig = {
  mock: { dynamic: false },
  checkSecurity: true,
  validateRequest: true,
  validateResponse: true,
  errors: false,
  upstreamProxy: undefined,
  isProxy: false,
};

/**
 * One Prism mock per document, in this process, each on a free loopback port, validating
 * requests, security and its own responses. Fails naming every document Prism could not load,
 * with Prism's reason, and starts nothing then.
 */
export async function startMocks(options: StartMocksOptions = {}): Promise<MockServers> {
  const root = options.root ?? repositoryRoot;
  const documents = vendorDocuments(root).filter(
    (document) => !options.vendors || options.vendors.includes(document.vendor),
  );
  const missing = (options.vendors ?? []).filter(
    (vendor) => !documents.some((document) => document.vendor === vendor),
  );
  if (missing.length > 0) throw new Error(`No document in specs/ for ${missing.join(", ")}`);

  const { createLogger, createServer } = await loadPrism();
  // Not Prism's getHttpOperationsFromSpec, which takes exponential time on recursive schemas
  // (Stripe's): see prism-operations.ts.
  const transforms = loadPrismTransforms();
  const loaded = await Promise.all(
    documents.map(async ({ vendor, path }) => {
      const file = `specs/${path.split(/[\\/]/).pop()}`;
      try {
        // The document as patchbay uses it (overlay applied), ours to dereference in place.
        const { document } = await loadVendorDocument(root, file);
        const operations = prismOperationsOf(document, transforms);
        if (operations.length === 0) return { vendor, file, problem: "Prism found no operations" };
        return { vendor, file, operations: inPrismRoutingOrder(operations) };
      } catch (error) {
        return { vendor, file, problem: firstLine((error as Error).message) };
      }
    }),
  );
  const bad = loaded.filter((document) => document.problem);
  if (bad.length > 0) {
    throw new Error(
      bad.map(({ file, problem }) => `Prism could not load ${file}: ${problem}`).join("\n"),
    );
  }

  const logger = createLogger("patchbay-mocks", { level: "silent" });
  const connections = trackConnections();
  const servers: IPrismHttpServer[] = [];
  const urls: Record<string, string> = {};
  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      const closed = Promise.all(servers.map((server) => server.close()));
      // Node's fetch keeps connections alive; a server only closes once they are gone.
      connections.destroyAll();
      await closed;
      connections.stop();
    })();
    return closing;
  };
  try {
    for (const { vendor, operations } of loaded) {
      const server = createServer(operations ?? [], {
        components: { logger },
        config: mockConfig,
        cors: options.cors ?? false,
      });
      const port = options.port === undefined ? 0 : options.port + servers.length;
      const address = await server.listen(port, "127.0.0.1");
      servers.push(server);
      urls[vendor] = address.replace(/\/$/, "");
      connections.watchPort(Number(new URL(urls[vendor]).port));
    }
  } catch (error) {
    await close();
    throw error;
  }
  return { urls, close };
}

const require = createRequire(import.meta.url);
type Prism = Pick<typeof import("@stoplight/prism-core"), "createLogger"> &
  Pick<typeof import("@stoplight/prism-http-server"), "createServer">;
let prism: Promise<Prism> | undefined;

/**
 * Prism, loaded on first use. Its mock generator requires all of @faker-js/faker, whose 60-odd
 * locales take seconds to load, for dynamic examples these mocks never make (`dynamic: false`);
 * where the installed faker has an English-only entry, Prism gets that one instead, the same
 * `faker` (English is Prism's locale). On any surprise Prism loads faker as it would anyway.
 */
/**
 * Prism's router ranks the paths a request matches by their literal segments; among equals it
 * takes the one declared last. `/connections/{id}` then swallows `/connections/{id}:refresh`
 * (Ampersand's custom methods) whenever it is declared after it. Ordered by their literal
 * characters, fewest first, the most literal path is the one Prism takes; the document's
 * operations are the same, only their order changes.
 */
export function inPrismRoutingOrder<T extends { path: string }>(operations: T[]): T[] {
  const literal = (path: string) => path.replace(/\{[^}]*\}/g, "").length;
  return [...operations].sort((a, b) => literal(a.path) - literal(b.path));
}

function loadPrism(): Promise<Prism> {
  prism ??= (async () => {
    try {
      const from = { paths: [dirname(require.resolve("@stoplight/prism-http"))] };
      const full = require.resolve("@faker-js/faker", from);
      const english = require(require.resolve("@faker-js/faker/locale/en", from));
      if (!require.cache[full] && typeof english?.lorem?.word === "function") {
        const standIn = new Module(full);
        Object.assign(standIn, {
          filename: full,
          loaded: true,
          exports: { default: english, faker: english },
        });
        require.cache[full] = standIn;
      }
    } catch {
      // Prism loads the whole of faker itself.
    }
    const [core, server] = await Promise.all([
      import("@stoplight/prism-core"),
      import("@stoplight/prism-http-server"),
    ]);
    return { createLogger: core.createLogger, createServer: server.createServer };
  })();
  return prism;
}

const firstLine = (text: string) => text.trim().split("\n")[0]?.trim() || "unknown error";

/**
 * The sockets accepted on our mocks' ports. Prism does not expose its `http.Server`, so they are
 * seen through Node's `net.server.socket` diagnostics channel.
 */
function trackConnections() {
  const ports = new Set<number>();
  const sockets = new Set<Socket>();
  const onSocket = (message: unknown) => {
    const { socket } = message as { socket: Socket };
    if (!ports.has(socket.localPort ?? -1)) return;
    // Node's 5 s idle limit races a client reusing the socket on a loaded machine (ECONNRESET):
    // the mock keeps idle sockets longer than any client does (undici: 4 s)
    const server = (socket as Socket & { server?: { keepAliveTimeout: number } }).server;
    if (server) server.keepAliveTimeout = 65_000;
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  };
  subscribe("net.server.socket", onSocket);
  return {
    watchPort: (port: number) => ports.add(port),
    destroyAll: () => {
      for (const socket of sockets) socket.destroy();
    },
    stop: () => unsubscribe("net.server.socket", onSocket),
  };
}
