import { PatchbayError, type VendorClient } from "@patchbay/runtime";
import { credentialWays, describeWays, missingCredentials } from "./credentials.js";
import type { VendorDefinition, VendorOperations } from "./define-vendor.js";
import { ConfigurationError, connectErrorFromResponse } from "./errors.js";
import { readConnectionStart } from "./mapping.js";
import { registry } from "./registry.generated.js";
import type {
  ConnectInput,
  ConnectionStart,
  ConnectOptions,
  PatchbayOptions,
  SharedOptions,
  VendorName,
  VendorOptions,
  VendorPaths,
} from "./types.js";

/** The registry entry, typed loosely: the aggregator only moves values between typed ends. */
type AnyDefinition = VendorDefinition<object, Record<string, unknown>, VendorOperations>;

/** Every vendor's definition by name, as a plain object. */
export const vendorDefinitions = { ...registry } as unknown as Record<VendorName, AnyDefinition>;

/** The vendors `connect` knows, in alphabetical order. */
export const vendorNames = Object.keys(vendorDefinitions).sort() as VendorName[];

const sharedOptionNames: readonly (keyof SharedOptions)[] = [
  "retry",
  "timeoutMs",
  "fetch",
  "headers",
  "logger",
  "logLevel",
  "allowInsecureHttp",
];

/**
 * The option names that carry `vendor`'s credentials, one list per way to authenticate (e.g.
 * `[["username", "password"], ["apiKey"]]`): a client refuses the names of no way of its own.
 */
export const credentialOptions = (vendor: VendorName): string[][] =>
  credentialWays(definitionOf(vendor).descriptor).map((way) => way.options);

export const isVendorName = (name: unknown): name is VendorName =>
  typeof name === "string" && Object.hasOwn(vendorDefinitions, name);

type LooseClient = {
  request(
    method: string,
    path: string,
    init: object,
  ): Promise<{ data?: unknown; error?: unknown; response: Response }>;
};

function definitionOf(vendor: unknown): AnyDefinition {
  if (!isVendorName(vendor)) {
    throw new ConfigurationError(
      `unknown vendor ${JSON.stringify(vendor)}; known vendors: ${vendorNames.join(", ")}`,
      { vendor: typeof vendor === "string" ? vendor : undefined },
    );
  }
  return vendorDefinitions[vendor];
}

export interface Patchbay {
  /**
   * Starts a connection on `vendor` with exactly the `params` and `body` of its create-connection
   * operation. Resolves to a `ConnectionStart`; rejects with `ConnectError` on a non-2xx answer,
   * `ConfigurationError` before sending when the vendor has no credentials, and the runtime's
   * `TimeoutError`, `NetworkError`, `InsecureTransportError` otherwise.
   */
  connect<V extends VendorName>(
    vendor: V,
    input: ConnectInput[V],
    options?: ConnectOptions,
  ): Promise<ConnectionStart<V>>;
  /** The vendor's typed client (created once, on first use), for the calls `connect` does not make. */
  client<V extends VendorName>(vendor: V): VendorClient<VendorPaths[V]>;
  /** The vendors this aggregator knows. */
  readonly vendors: readonly VendorName[];
}

/**
 * One entry point for every vendor. Each vendor's key takes its generated `createClient`
 * options; left out, the client reads its environment variables (`DATAGRID_API_KEY`, ...).
 * Shared runtime options (`retry`, `timeoutMs`, `fetch`, `headers`, `logger`...) apply to every
 * vendor; a vendor's own options win. Clients are created lazily, on a vendor's first use.
 */
export function createPatchbay(options: PatchbayOptions = {}): Patchbay {
  for (const key of Object.keys(options)) {
    if (!isVendorName(key) && !(sharedOptionNames as string[]).includes(key)) {
      throw new ConfigurationError(
        `createPatchbay: unknown option "${key}"; known vendors: ${vendorNames.join(", ")}; shared options: ${sharedOptionNames.join(", ")}`,
      );
    }
  }
  const shared = Object.fromEntries(
    sharedOptionNames
      .filter((name) => options[name] !== undefined)
      .map((name) => [name, options[name]]),
  );
  const clients = new Map<VendorName, LooseClient>();

  const clientOf = (vendor: VendorName): LooseClient => {
    const definition = definitionOf(vendor);
    const existing = clients.get(vendor);
    if (existing) return existing;
    const vendorOptions = { ...shared, ...(options[vendor] as VendorOptions[VendorName]) };
    const missingEnv = missingCredentials(definition.descriptor, vendorOptions);
    if (missingEnv) {
      throw new ConfigurationError(
        `${vendor} is not configured: set ${describeWays(missingEnv)}, or pass its credentials in createPatchbay({ ${vendor}: { ... } })`,
        { vendor, missingEnv },
      );
    }
    const client = definition.createClient(vendorOptions) as unknown as LooseClient;
    clients.set(vendor, client);
    return client;
  };

  return {
    vendors: vendorNames,
    client: (vendor) => clientOf(vendor) as never,
    async connect(vendor, input, { signal } = {}) {
      const definition = definitionOf(vendor);
      const client = clientOf(vendor);
      const { params, body } = (input ?? {}) as { params?: object; body?: unknown };
      const { method, path } = definition.operations.create;
      const { data, error, response } = await client
        .request(method, path, { params, body, ...(signal && { signal }) })
        .catch((cause: unknown) => {
          // openapi-fetch parses a 2xx body as JSON; an HTML page means the base URL is wrong.
          if (!(cause instanceof SyntaxError)) throw cause;
          throw new PatchbayError(
            `${vendor}: the answer is not JSON (${cause.message}); check the base URL (baseUrl or ${definition.descriptor.envPrefix}_BASE_URL)`,
            { vendor },
          );
        });
      if (!response.ok)
        throw connectErrorFromResponse(definition.descriptor, response, error, body);
      if (data === undefined || data === null) {
        throw new PatchbayError(
          `${vendor}: ${response.status} without a body; expected the new connection`,
          { vendor, status: response.status },
        );
      }
      const fields = readConnectionStart(definition.start, data, new Date());
      return { vendor, ...fields, raw: data } as ConnectionStart<typeof vendor>;
    },
  };
}
