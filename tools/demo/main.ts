/**
 * `pnpm start` (after the build): per vendor, one `connect()` built from its document's own
 * example, then the connection read back with `getConnection()`, then the count of connections
 * from `listConnections()` — against in-process Prism mocks of specs/*.yaml, or, with `--live`,
 * against the real APIs with credentials from the environment. Prints one table (vendor, status,
 * authorization URL, connection id, read back, connections, ms); exits 0 only when every call of
 * every vendor succeeds.
 *
 *   tsx tools/demo/main.ts [--live] [--vendor <name>]...
 */
import { existsSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { formatTable } from "@patchbay/common/text-table";
import { startMocks, vendorDocuments } from "@patchbay/mocks/start-mocks";
import {
  type ExampleInput,
  exampleInputs,
  type OperationRef,
  withConnectionId,
} from "./example-inputs.ts";

/**
 * The built @patchbay/connect, used as an app would use it. Imported by path: the tools
 * workspace sits below the packages in the build graph, so it cannot depend on one.
 */
interface ConnectPackage {
  createPatchbay(options: Record<string, unknown>): Patchbay;
  vendorNames: readonly string[];
  credentialOptions(vendor: string): Promise<string[][]>;
  ConfigurationError: new (...args: never[]) => Error & { missingEnv?: string[][] };
  /** From `@patchbay/connect/registry`: every vendor's definition. */
  registry: { [vendor: string]: { operations: Record<Role, OperationRef | undefined> } };
}
interface Patchbay {
  connect(vendor: string, input: unknown): Promise<ConnectionStart>;
  getConnection(vendor: string, input: unknown): Promise<{ status: string }>;
  listConnections(
    vendor: string,
    input: unknown,
    options: { maxPages: number },
  ): AsyncIterable<unknown>;
  client(vendor: string): Promise<unknown>;
}
interface ConnectionStart {
  status: string;
  authorizationUrl: string | null;
  connectionId: string | null;
}
type Role = "create" | "get" | "list";
/** listConnections follows pages; a mock answers each with the same example, so bound it. */
const maxPages = 3;

const root = resolve(import.meta.dirname, "../..");
const builtConnect = join(root, "packages/connect/dist/index.js");
const builtRegistry = join(root, "packages/connect/dist/registry.js");
/** Dummy credentials: the mocks check that they are sent, not what they are. */
const mockCredentials: Record<string, string> = {
  apiKey: "demo-api-key",
  username: "demo",
  password: "demo-password",
};
/** Live Agent Stack has no public host: its base URL is the caller's own deployment. */
const liveOnlyEnv: Record<string, string[]> = { agentstack: ["AGENTSTACK_BASE_URL"] };

/** Cut to `width` characters so the table stays readable; `--live` prints the whole URLs below it. */
const shorten = (url: string | null, width = 60): string =>
  !url ? "-" : url.length <= width ? url : `${url.slice(0, width - 1)}…`;

/** Per vendor: its mock's URL and dummy credentials for its first way to authenticate. */
const mockOptions = async (
  connect: ConnectPackage,
  vendors: string[],
  urls: Record<string, string>,
) =>
  Object.fromEntries(
    await Promise.all(
      vendors.map(async (vendor) => [
        vendor,
        {
          baseUrl: urls[vendor],
          // a client refuses options it does not know: one way's names only
          ...Object.fromEntries(
            ((await connect.credentialOptions(vendor))[0] ?? []).map((name) => [
              name,
              mockCredentials[name] ?? "demo",
            ]),
          ),
        },
      ]),
    ),
  );

/** `--live`: every missing variable, one line per vendor, before any request is sent. */
async function missingLiveEnv(
  connect: ConnectPackage,
  patchbay: Patchbay,
  vendors: string[],
): Promise<string[]> {
  const lines = await Promise.all(
    vendors.map(async (vendor) => {
      const unset = (liveOnlyEnv[vendor] ?? []).filter((name) => !process.env[name]);
      try {
        await patchbay.client(vendor);
      } catch (error) {
        if (!(error instanceof connect.ConfigurationError)) throw error;
        const ways = (error.missingEnv ?? []).map((names) => names.join(" and ")).join(", or ");
        return [`  ${vendor}: ${[...unset, ways].filter(Boolean).join("; ")}`];
      }
      return unset.length > 0 ? [`  ${vendor}: ${unset.join(" and ")}`] : [];
    }),
  );
  return lines.flat();
}

/**
 * What to read back with `getConnection`: the connection the create just made, its id put in the
 * get's path parameter, where the create returned an id; otherwise, against the mocks, the get
 * operation's own document example (a create that answers with an authorization URL only, as
 * Datagrid's and Polytomic's do, has no id to read yet). A mock answers its example either way;
 * live, a vendor that gave no id has nothing to read back yet.
 */
function readBackInput(
  operations: Record<Role, OperationRef | undefined>,
  inputs: Partial<Record<Role, ExampleInput>>,
  connectionId: string | null,
  live: boolean,
): ExampleInput | undefined {
  const { create, get } = operations;
  if (!create || !get || !inputs.get) return undefined;
  const made =
    connectionId === null
      ? undefined
      : withConnectionId({ operation: get, input: inputs.get }, create, connectionId);
  return made ?? (live ? undefined : inputs.get);
}

interface VendorRun {
  row: Record<string, string | number>;
  failure?: string;
  authorizationUrl?: string;
}

/** connect, getConnection, listConnections for one vendor: its table row, and what failed. */
async function runVendor(
  connect: ConnectPackage,
  patchbay: Patchbay,
  { vendor, file, live }: { vendor: string; file: string; live: boolean },
): Promise<VendorRun> {
  const started = performance.now();
  const row: Record<string, string | number> = {
    vendor,
    status: "-",
    "authorization URL": "-",
    "connection id": "-",
    "read back": "-",
    connections: "-",
    ms: 0,
  };
  const steps = { create: "status", get: "read back", list: "connections" } as const;
  let step: Role = "create";
  try {
    const { operations } = connect.registry[vendor] as ConnectPackage["registry"][string];
    const { create, get, list } = operations;
    const inputs = await exampleInputs<Role>(root, file, { create, get, list });
    const start = await patchbay.connect(vendor, inputs.create);
    row.status = start.status;
    row["authorization URL"] = shorten(start.authorizationUrl);
    row["connection id"] = start.connectionId ?? "-";
    step = "get";
    const readBack = readBackInput(operations, inputs, start.connectionId, live);
    if (readBack) row["read back"] = (await patchbay.getConnection(vendor, readBack)).status;
    step = "list";
    if (inputs.list) {
      let count = 0;
      for await (const _ of patchbay.listConnections(vendor, inputs.list, { maxPages })) count++;
      row.connections = count;
    }
    row.ms = Math.round(performance.now() - started);
    return { row, authorizationUrl: start.authorizationUrl ?? undefined };
  } catch (error) {
    const { name, message } = error as Error;
    row[steps[step]] = `failed (${name})`;
    row.ms = Math.round(performance.now() - started);
    const method = { create: "connect", get: "getConnection", list: "listConnections" }[step];
    return { row, failure: `  ${vendor}: ${method}: ${message}` };
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { live: { type: "boolean" }, vendor: { type: "string", multiple: true } },
  });
  const live = values.live ?? false;
  if (!existsSync(builtConnect)) {
    console.error(`${builtConnect} is missing: build first (pnpm start runs the build).`);
    return 2;
  }
  const connect = {
    ...(await import(pathToFileURL(builtConnect).href)),
    ...(await import(pathToFileURL(builtRegistry).href)),
  } as ConnectPackage;
  const documents = vendorDocuments(root).filter(
    ({ vendor }) =>
      connect.vendorNames.includes(vendor) && (!values.vendor || values.vendor.includes(vendor)),
  );
  const unknown = (values.vendor ?? []).filter((name) => !connect.vendorNames.includes(name));
  if (unknown.length > 0) {
    console.error(`unknown vendor ${unknown.join(", ")}; known: ${connect.vendorNames.join(", ")}`);
    return 2;
  }
  const vendors = documents.map(({ vendor }) => vendor);
  const mocks = live ? undefined : await startMocks({ vendors });
  try {
    const patchbay = connect.createPatchbay(
      mocks ? await mockOptions(connect, vendors, mocks.urls) : {},
    );
    const missing = live ? await missingLiveEnv(connect, patchbay, vendors) : [];
    if (missing.length > 0) {
      console.error(
        `--live needs credentials in the environment; nothing was sent. Set:\n${missing.join("\n")}`,
      );
      return 2;
    }
    const runs: VendorRun[] = [];
    for (const { vendor, path } of documents) {
      runs.push(
        await runVendor(connect, patchbay, { vendor, file: `specs/${basename(path)}`, live }),
      );
    }
    return report(runs, live);
  } finally {
    await mocks?.close();
  }
}

/** The table, the notes under it, and the exit status: 0 only when every vendor worked. */
function report(runs: VendorRun[], live: boolean): number {
  console.log(
    `Per vendor against ${live ? "the live APIs" : "Prism mocks of specs/*.yaml"}, input from each document's examples:\nconnect(), then getConnection() ("read back"), then listConnections() ("connections", at most ${maxPages} pages).\n`,
  );
  console.log(formatTable(runs.map(({ row }) => row)));
  const urls = runs.flatMap(({ row, authorizationUrl }) =>
    authorizationUrl ? [`  ${row.vendor}: ${authorizationUrl}`] : [],
  );
  if (live && urls.length > 0) console.log(`\nAuthorization URLs:\n${urls.join("\n")}`);
  if (!live) {
    console.log(
      "\nread back: the id the create returned, else the get operation's example id; a mock answers every page of a list with the same example.",
    );
  }
  const failures = runs.flatMap(({ failure }) => (failure ? [failure] : []));
  if (failures.length > 0) {
    console.error(`\n${failures.length} of ${runs.length} failed:\n${failures.join("\n")}`);
    return 1;
  }
  console.log(`\n${runs.length} of ${runs.length} worked.`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
