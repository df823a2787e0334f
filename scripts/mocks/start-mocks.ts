import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { createLogger } from "@stoplight/prism-core";
import { getHttpOperationsFromSpec, type IHttpConfig } from "@stoplight/prism-http";
import { createServer } from "@stoplight/prism-http-server";

type IPrismHttpServer = ReturnType<typeof createServer>;

export interface MockServers {
  /** Base URL of each vendor's mock, e.g. `{ datagrid: "http://127.0.0.1:41233" }`. */
  urls: Record<string, string>;
  close(): Promise<void>;
}

export interface StartMocksOptions {
  /** Repository root; defaults to this checkout. */
  root?: string;
  /** Vendors to start (file stems in specs/); all documents when left out. */
  vendors?: string[];
  /** Answer CORS preflights (for browser tests). */
  cors?: boolean;
}

const repositoryRoot = resolve(import.meta.dirname, "../..");

/** The vendor documents in specs/ (sidecars are not documents). */
export function vendorDocuments(root = repositoryRoot): { vendor: string; path: string }[] {
  return readdirSync(join(root, "specs"))
    .filter((file) => /\.(ya?ml|json)$/.test(file) && !file.includes(".patchbay."))
    .sort()
    .map((file) => ({ vendor: file.replace(/\.(ya?ml|json)$/, ""), path: join(root, "specs", file) }));
}

/**
 * One Prism mock per document, in this process, each on a free loopback port, validating
 * requests, security and its own responses. Fails naming the document Prism could not load.
 */
export async function startMocks(options: StartMocksOptions = {}): Promise<MockServers> {
  const documents = vendorDocuments(options.root).filter(
    (document) => !options.vendors || options.vendors.includes(document.vendor),
  );
  const missing = (options.vendors ?? []).filter((vendor) => !documents.some((document) => document.vendor === vendor));
  if (missing.length > 0) throw new Error(`No document in specs/ for ${missing.join(", ")}`);

  const logger = createLogger("patchbay-mocks", { level: "silent" });
  const config: IHttpConfig = {
    mock: { dynamic: false },
    checkSecurity: true,
    validateRequest: true,
    validateResponse: true,
    errors: false,
    upstreamProxy: undefined,
    isProxy: false,
  };
  const servers: IPrismHttpServer[] = [];
  const urls: Record<string, string> = {};
  const close = async () => {
    await Promise.all(servers.map((server) => server.close()));
  };
  try {
    for (const { vendor, path } of documents) {
      let operations: Awaited<ReturnType<typeof getHttpOperationsFromSpec>>;
      try {
        operations = await getHttpOperationsFromSpec(path);
      } catch (error) {
        throw new Error(`Prism could not load specs/${path.split("/").pop()}: ${(error as Error).message}`);
      }
      const server = createServer(operations, { components: { logger }, config, cors: options.cors ?? false });
      servers.push(server);
      const address = await server.listen(0, "127.0.0.1");
      urls[vendor] = address.replace(/\/$/, "");
    }
  } catch (error) {
    await close();
    throw error;
  }
  return { urls, close };
}
