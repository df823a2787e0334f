import type { RuntimeOptions, VendorClient } from "@patchbay/runtime";
import type { VendorCatalog } from "./catalog.generated.js";
import type {
  At,
  ConnectionFields,
  ConnectionRecordFields,
  OperationInput,
  OperationOf,
  SuccessBody,
  VendorDefinition,
  VendorOperations,
} from "./define-vendor.js";

/**
 * The vendors whose types are loaded, each added by its module: `import
 * "@patchbay/connect/vendors/<vendor>"` types that vendor's calls (inputs, answers, options);
 * `@patchbay/connect/registry` adds every vendor. A type-check loads only these vendors' schemas.
 */
// biome-ignore lint/suspicious/noEmptyInterface: each vendor module adds itself by declaration merging
export interface PatchbayVendors {}

/** The vendors `connect` knows: every vendor whose sidecar declares `connections`. */
export type VendorName = keyof VendorCatalog & string;

/** The vendors whose types are loaded (see `PatchbayVendors`). */
type Typed = keyof PatchbayVendors & VendorName;

type Parts<V extends Typed> =
  PatchbayVendors[V] extends VendorDefinition<
    infer Options,
    infer Paths,
    infer Operations,
    infer Items,
    infer Record
  >
    ? {
        options: Options;
        paths: Paths;
        operations: Operations;
        operation: OperationOf<Paths, Operations["create"]>;
        items: Items;
        record: Record;
      }
    : never;

/**
 * A call's input for a vendor whose types are not loaded: openapi-fetch's shape, unchecked.
 * `import "@patchbay/connect/vendors/<vendor>"` types it exactly.
 */
export interface UntypedInput {
  params?: {
    path?: Record<string, string | number>;
    query?: Record<string, unknown>;
    header?: Record<string, string>;
  };
  body?: unknown;
}

/** Typed per vendor where its types are loaded, else `Otherwise`. */
type IfTyped<V, Then, Otherwise> = V extends Typed ? Then : Otherwise;

/** The lifecycle roles a sidecar may declare besides `create`. */
export type LifecycleRole = "get" | "list" | "delete" | "complete";

/** The vendors whose sidecar declares the `role` operation: `VendorsWith<"get">`. */
export type VendorsWith<Role extends LifecycleRole> = {
  [V in VendorName]: Role extends VendorCatalog[V] ? V : never;
}[VendorName];

type RoleOperation<V extends Typed, Role extends LifecycleRole | "create"> = OperationOf<
  Parts<V>["paths"],
  Parts<V>["operations"][Role & keyof Parts<V>["operations"]]
>;
type RoleInput<V, Role extends LifecycleRole | "create"> = IfTyped<
  V,
  OperationInput<RoleOperation<V & Typed, Role>>,
  UntypedInput
>;
type RoleRaw<V, Role extends LifecycleRole | "create"> = IfTyped<
  V,
  SuccessBody<RoleOperation<V & Typed, Role>>,
  unknown
>;

/** Per vendor with a get operation, exactly its openapi-fetch `{ params, body }`. */
export type GetConnectionInput = {
  [V in VendorsWith<"get">]: RoleInput<V, "get">;
};
/** Per vendor with a list operation, exactly its openapi-fetch `{ params, body }`. */
export type ListConnectionsInput = {
  [V in VendorsWith<"list">]: RoleInput<V, "list">;
};
/** Per vendor with a delete operation, exactly its openapi-fetch `{ params, body }`. */
export type DisconnectInput = {
  [V in VendorsWith<"delete">]: RoleInput<V, "delete">;
};
/** Per vendor with a complete operation, exactly its openapi-fetch `{ params, body }`. */
export type CompleteConnectionInput = {
  [V in VendorsWith<"complete">]: RoleInput<V, "complete">;
};
/** Per vendor, its typed complete answer (what `Connection.raw` is from `completeConnection`). */
export type CompleteConnectionRaw = {
  [V in VendorsWith<"complete">]: RoleRaw<V, "complete">;
};
/** Per vendor, its typed get answer (what `Connection.raw` is from `getConnection`). */
export type GetConnectionRaw = { [V in VendorsWith<"get">]: RoleRaw<V, "get"> };
/** Per vendor, one typed item of its list answer (what `Connection.raw` is from `listConnections`). */
export type ListConnectionsRaw = {
  [V in VendorsWith<"list">]: V extends Typed
    ? At<SuccessBody<RoleOperation<V, "list">>, Parts<V>["items"]> extends readonly (infer Item)[]
      ? Item
      : unknown
    : unknown;
};

/**
 * One of the end user's connections, read back: for one vendor, `raw` is its typed answer (the get
 * body, or the list item); `Connection` alone is the union over vendors, discriminated by `vendor`.
 */
export type Connection<V extends VendorName = VendorName, Raw = unknown> = {
  [K in V]: { vendor: K } & ConnectionRecordFields & { raw: Raw };
}[V];

/** A connection read by a list operation: for each vendor, `raw` is its typed list item. */
export type ListedConnection = {
  [V in VendorsWith<"list">]: Connection<V, ListConnectionsRaw[V]>;
}[VendorsWith<"list">];

/** Per vendor, exactly the openapi-fetch init (`params`, `body`) of its create-connection operation. */
export type ConnectInput = { [V in VendorName]: RoleInput<V, "create"> };

/** Per vendor, its typed create-connection success body. */
export type ConnectRaw = { [V in VendorName]: RoleRaw<V, "create"> };

/** Per vendor, the `paths` type of its generated package (`{}` where its types are not loaded). */
export type VendorPaths = { [V in VendorName]: IfTyped<V, Parts<V & Typed>["paths"], {}> };

/** A vendor's `createClient` options where its types are not loaded: checked when it is first used. */
export type UntypedVendorOptions = SharedOptions & { baseUrl?: string } & Record<string, unknown>;

/** Per vendor, the options of its generated `createClient`. */
export type VendorOptions = {
  [V in VendorName]: IfTyped<V, NonNullable<Parts<V & Typed>["options"]>, UntypedVendorOptions>;
};

/** Per vendor, its typed client (`patchbay.client(vendor)`). */
export type VendorClientOf<V extends VendorName> = VendorClient<VendorPaths[V]>;

/**
 * What `connect` resolves to. For one vendor, `raw` is its typed body; `ConnectionStart` alone
 * is the union over all vendors, discriminated by `vendor`.
 */
export type ConnectionStart<V extends VendorName = VendorName> = {
  [K in V]: { vendor: K } & ConnectionFields & { raw: ConnectRaw[K] };
}[V];

/** Runtime options applied to every vendor; a vendor's own options win. */
export type SharedOptions = Pick<
  RuntimeOptions,
  | "retry"
  | "timeoutMs"
  | "fetch"
  | "headers"
  | "logger"
  | "logLevel"
  | "allowInsecureHttp"
  | "maxResponseBytes"
>;

/** `createPatchbay` options: one key per vendor (its `createClient` options) plus shared ones. */
export type PatchbayOptions = SharedOptions & { [V in VendorName]?: VendorOptions[V] };

export interface ListOptions {
  /** Stop after this many pages (default: all). */
  maxPages?: number;
  /** Stops the walk and the request under way. */
  signal?: AbortSignal;
}

export interface ConnectOptions {
  /** Aborts the request (and any retry wait). */
  signal?: AbortSignal;
}

/** A vendor's definition as `createPatchbay({ vendors })` takes it (from `@patchbay/connect/vendors/<vendor>`). */
export type GivenVendor = Pick<
  VendorDefinition<never, {}, VendorOperations>,
  "descriptor" | "operations" | "start"
>;

/**
 * `createPatchbay` options with `vendors`: the vendors given (`{ datagrid }`, each from
 * `@patchbay/connect/vendors/<vendor>`), each one's `createClient` options under its name, and
 * the shared options.
 */
export type GivenVendorsOptions<Given> = SharedOptions & { vendors: Given } & {
  [V in keyof Given & VendorName]?: VendorOptions[V];
};
