/**
 * `pnpm start` (after the build): one `connect()` per vendor, each built from its document's own
 * example, against in-process Prism mocks of specs/*.yaml — or, with `--live`, against the real
 * APIs with credentials from the environment. Prints vendor, status, authorization URL,
 * connection id and milliseconds; exits 0 only when every call succeeds.
 *
 *   tsx scripts/demo/main.ts [--live] [--vendor <name>]...
 */
import { existsSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { startMocks, vendorDocuments } from "../mocks/start-mocks.ts";
import { exampleCall } from "../openapi/examples.ts";
import { loadVendorDocument } from "../openapi/vendor-document.ts";
import { formatTable } from "../text-table.ts";

/**
 * The built @patchbay/connect, used as an app would use it. Imported by path: the scripts
 * workspace sits below the packages in the build graph, so it cannot depend on one.
 */
interface ConnectPackage {
  createPatchbay(options: Record<string, unknown>): {
    connect(vendor: string, input: unknown): Promise<ConnectionStart>;
    client(vendor: string): unknown;
  };
  vendorNames: readonly string[];
  registry: { [vendor: string]: { operations: { create: { method: string; path: string } } } };
  credentialOptions(vendor: string): string[][];
  ConfigurationError: new (...args: never[]) => Error & { missingEnv?: string[][] };
}
interface ConnectionStart {
  status: string;
  authorizationUrl: string | null;
  connectionId: string | null;
}

const root = resolve(import.meta.dirname, "../..");
const builtConnect = join(root, "packages/connect/dist/index.js");
/** Dummy credentials: the mocks check that they are sent, not what they are. */
const mockCredentials: Record<string, string> = {
  apiKey: "demo-api-key",
  username: "demo",
  password: "demo-password",
};
/** Live Agent Stack has no public host: its base URL is the caller's own deployment. */
const liveOnlyEnv: Record<string, string[]> = { agentstack: ["AGENTSTACK_BASE_URL"] };

type Json = Record<string, unknown>;

/**
 * `{ params, body }` for the vendor's create-connection operation (the one its sidecar names),
 * from the examples of its document with patchbay's overlay.
 */
async function exampleInput(
  file: string,
  create: { method: string; path: string },
): Promise<{ params: Json; body?: unknown }> {
  const { document } = await loadVendorDocument(root, file);
  const pathItem = (document.paths as Record<string, Json>)[create.path] as Json;
  const { params, body, missing } = exampleCall(
    document,
    pathItem,
    pathItem[create.method] as Json,
  );
  if (missing.length > 0) throw new Error(`${file}: no example for ${missing.join(", ")}`);
  return body === undefined ? { params } : { params, body };
}

/** Cut to `width` characters so the table stays readable; `--live` prints the whole URLs below it. */
const shorten = (url: string | null, width = 60): string =>
  !url ? "-" : url.length <= width ? url : `${url.slice(0, width - 1)}…`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { live: { type: "boolean" }, vendor: { type: "string", multiple: true } },
  });
  const live = values.live ?? false;
  if (!existsSync(builtConnect)) {
    console.error(`${builtConnect} is missing: build first (pnpm start runs the build).`);
    return 2;
  }
  const connect = (await import(pathToFileURL(builtConnect).href)) as ConnectPackage;
  const documents = vendorDocuments(root).filter(
    ({ vendor }) =>
      connect.vendorNames.includes(vendor) && (!values.vendor || values.vendor.includes(vendor)),
  );
  const unknown = (values.vendor ?? []).filter((name) => !connect.vendorNames.includes(name));
  if (unknown.length > 0) {
    console.error(`unknown vendor ${unknown.join(", ")}; known: ${connect.vendorNames.join(", ")}`);
    return 2;
  }

  const mocks = live
    ? undefined
    : await startMocks({ vendors: documents.map(({ vendor }) => vendor) });
  try {
    const patchbay = connect.createPatchbay(
      mocks
        ? Object.fromEntries(
            documents.map(({ vendor }) => [
              vendor,
              {
                baseUrl: mocks.urls[vendor],
                // the vendor's first way to authenticate (a client refuses options it does not know)
                ...Object.fromEntries(
                  (connect.credentialOptions(vendor)[0] ?? []).map((name) => [
                    name,
                    mockCredentials[name] ?? "demo",
                  ]),
                ),
              },
            ]),
          )
        : {},
    );
    if (live) {
      // Every missing variable, before any request is sent.
      const missing = documents.flatMap(({ vendor }) => {
        const unset = (liveOnlyEnv[vendor] ?? []).filter((name) => !process.env[name]);
        try {
          patchbay.client(vendor);
        } catch (error) {
          if (!(error instanceof connect.ConfigurationError)) throw error;
          const ways = (error.missingEnv ?? []).map((names) => names.join(" and ")).join(", or ");
          return [`  ${vendor}: ${[...unset, ways].filter(Boolean).join("; ")}`];
        }
        return unset.length > 0 ? [`  ${vendor}: ${unset.join(" and ")}`] : [];
      });
      if (missing.length > 0) {
        console.error(
          `--live needs credentials in the environment; nothing was sent. Set:\n${missing.join("\n")}`,
        );
        return 2;
      }
    }

    const rows: Record<string, string | number>[] = [];
    const failures: string[] = [];
    const urls: string[] = [];
    for (const { vendor, path } of documents) {
      const started = performance.now();
      try {
        const input = await exampleInput(
          `specs/${basename(path)}`,
          (connect.registry[vendor] as ConnectPackage["registry"][string]).operations.create,
        );
        const start = await patchbay.connect(vendor, input);
        rows.push({
          vendor,
          status: start.status,
          "authorization URL": shorten(start.authorizationUrl),
          "connection id": start.connectionId ?? "-",
          ms: Math.round(performance.now() - started),
        });
        if (start.authorizationUrl) urls.push(`  ${vendor}: ${start.authorizationUrl}`);
      } catch (error) {
        const message = (error as Error).message;
        failures.push(`  ${vendor}: ${message}`);
        rows.push({
          vendor,
          status: `failed (${(error as Error).name})`,
          "authorization URL": "-",
          "connection id": "-",
          ms: Math.round(performance.now() - started),
        });
      }
    }
    console.log(
      `connect() per vendor against ${live ? "the live APIs" : "Prism mocks of specs/*.yaml"}, input from each document's example:\n`,
    );
    console.log(formatTable(rows));
    if (live && urls.length > 0) console.log(`\nAuthorization URLs:\n${urls.join("\n")}`);
    if (failures.length > 0) {
      console.error(`\n${failures.length} of ${documents.length} failed:\n${failures.join("\n")}`);
      return 1;
    }
    console.log(`\n${rows.length} of ${documents.length} started.`);
    return 0;
  } finally {
    await mocks?.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
