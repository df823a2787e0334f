import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Json } from "@patchbay/common/json";
import { deref, examplesOf } from "@patchbay/openapi/examples";
import { loadVendorDocument } from "@patchbay/openapi/vendor-document";
import { listDocuments, vendorOfDocument } from "@patchbay/openapi/vendor-documents";
import { repositoryRoot } from "./locations.ts";
import { createOperationOf, type Vendor, vendors } from "./subjects.ts";

interface Route {
  vendor: Vendor;
  method: string;
  pattern: RegExp;
  status: number;
  /** `application/json`, or the text media type of a create that answers text (Ampersand's URL). */
  contentType: string;
  body: string;
}

/**
 * The first 2xx answer of the vendor's create-connection operation, with its first example, from
 * the document as patchbay uses it (its overlay applied, as the mocks and the generator read it).
 */
export async function routeOf(vendor: Vendor): Promise<Route> {
  const file = listDocuments(repositoryRoot).find((name) => vendorOfDocument(name) === vendor);
  if (!file) throw new Error(`No document in specs/ for ${vendor}`);
  const { document } = await loadVendorDocument(repositoryRoot, file);
  const { method, path } = createOperationOf(vendor);
  const operation = (document.paths as Record<string, Record<string, Json>>)[path]?.[method];
  const responses = (operation?.responses ?? {}) as Json;
  const status = Object.keys(responses).find((code) => code.startsWith("2")) as string;
  const response = deref<{ content?: Record<string, unknown> } | undefined>(
    document,
    responses[status],
  );
  const content = response?.content ?? {};
  // JSON where the answer has it; else a text answer (the document's example, a string), as is.
  const contentType =
    "application/json" in content
      ? "application/json"
      : (Object.keys(content).find((type) => type.startsWith("text/")) ?? "application/json");
  const [example] = examplesOf(document, content[contentType] as Json);
  if (!example) throw new Error(`${file}: ${method} ${path} has no 2xx example`);
  const text = contentType !== "application/json";
  if (text && typeof example.value !== "string")
    throw new Error(`${file}: ${method} ${path}: the ${contentType} example is not a string`);
  const pattern = new RegExp(`^${path.replace(/\{[^}]+\}/g, "[^/]+")}/?$`);
  return {
    vendor,
    method: method.toUpperCase(),
    pattern,
    status: Number(status),
    contentType,
    body: text ? (example.value as string) : JSON.stringify(example.value),
  };
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
  const routes = await Promise.all(vendors.map(routeOf));
  let counts: Record<string, number> = {};
  const server: Server = createServer({ keepAliveTimeout: 60_000 }, (request, response) => {
    const pathname = (request.url ?? "/").split("?")[0] as string;
    const route = routes.find((r) => r.method === request.method && r.pattern.test(pathname));
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
          "content-type": route.contentType,
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
