import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { parse } from "yaml";
import { repositoryRoot } from "./locations.ts";
import { createConnectionPaths, type Vendor, vendors } from "./subjects.ts";

interface Route {
  vendor: Vendor;
  pattern: RegExp;
  status: number;
  body: string;
}

type Json = Record<string, unknown>;

/** The first 2xx answer of the vendor's create-connection operation, with its first example. */
export function routeOf(vendor: Vendor): Route {
  const document = parse(readFileSync(join(repositoryRoot, "specs", `${vendor}.yaml`), "utf8"));
  const path = createConnectionPaths[vendor];
  const responses = document.paths[path].post.responses as Json;
  const status = Object.keys(responses).find((code) => code.startsWith("2")) as string;
  const content = (responses[status] as { content: Record<string, Json> }).content[
    "application/json"
  ] as { example?: unknown; examples?: Record<string, { value: unknown }> };
  const example = content.example ?? Object.values(content.examples ?? {})[0]?.value;
  if (example === undefined) throw new Error(`specs/${vendor}.yaml: ${path} has no example`);
  const pattern = new RegExp(`^${path.replace(/\{[^}]+\}/g, "[^/]+")}/?$`);
  return { vendor, pattern, status: Number(status), body: JSON.stringify(example) };
}

export interface ThroughputServer {
  url: string;
  /** Requests answered per vendor route since the last `resetCounts()`; `unmatched` for the rest. */
  counts(): Record<string, number>;
  resetCounts(): void;
  close(): Promise<void>;
}

/**
 * One `node:http` server on loopback answering every vendor's create-connection route with the
 * example body from its document, after reading the request body; anything else gets a 404.
 */
export async function startThroughputServer(): Promise<ThroughputServer> {
  const routes = vendors.map(routeOf);
  let counts: Record<string, number> = {};
  const server: Server = createServer({ keepAliveTimeout: 60_000 }, (request, response) => {
    const pathname = (request.url ?? "/").split("?")[0] as string;
    const route =
      request.method === "POST" ? routes.find((r) => r.pattern.test(pathname)) : undefined;
    request.resume();
    request.on("end", () => {
      const key = route?.vendor ?? "unmatched";
      counts[key] = (counts[key] ?? 0) + 1;
      if (!route) {
        response
          .writeHead(404, { "content-type": "application/json" })
          .end('{"error":"not found"}');
        return;
      }
      response
        .writeHead(route.status, {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(route.body),
        })
        .end(route.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    counts: () => ({ ...counts }),
    resetCounts: () => {
      counts = {};
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
