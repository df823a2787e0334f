import type { RuntimeOptions } from "@patchbay/runtime";
import type {
  At,
  ConnectionFields,
  ConnectionRecordFields,
  OperationInput,
  OperationOf,
  OperationRef,
  SuccessBody,
  VendorDefinition,
} from "./define-vendor.js";
import type { registry } from "./registry.generated.js";

type Registry = typeof registry;

/** The vendors `connect` knows: every vendor whose sidecar declares `connections`. */
export type VendorName = keyof Registry & string;

type Parts<V extends VendorName> =
  Registry[V] extends VendorDefinition<
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

/** The lifecycle roles a sidecar may declare besides `create`. */
export type LifecycleRole = "get" | "list" | "delete" | "complete";

/** The vendors whose sidecar declares the `role` operation: `VendorsWith<"get">`. */
export type VendorsWith<Role extends LifecycleRole> = {
  [V in VendorName]: Parts<V>["operations"] extends { [K in Role]: OperationRef } ? V : never;
}[VendorName];

type RoleOperation<V extends VendorName, Role extends LifecycleRole> = OperationOf<
  Parts<V>["paths"],
  Parts<V>["operations"][Role & keyof Parts<V>["operations"]]
>;

/** Per vendor with a get operation, exactly its openapi-fetch `{ params, body }`. */
export type GetConnectionInput = {
  [V in VendorsWith<"get">]: OperationInput<RoleOperation<V, "get">>;
};
/** Per vendor with a list operation, exactly its openapi-fetch `{ params, body }`. */
export type ListConnectionsInput = {
  [V in VendorsWith<"list">]: OperationInput<RoleOperation<V, "list">>;
};
/** Per vendor with a delete operation, exactly its openapi-fetch `{ params, body }`. */
export type DisconnectInput = {
  [V in VendorsWith<"delete">]: OperationInput<RoleOperation<V, "delete">>;
};
/** Per vendor with a complete operation, exactly its openapi-fetch `{ params, body }`. */
export type CompleteConnectionInput = {
  [V in VendorsWith<"complete">]: OperationInput<RoleOperation<V, "complete">>;
};
/** Per vendor, its typed complete answer (what `Connection.raw` is from `completeConnection`). */
export type CompleteConnectionRaw = {
  [V in VendorsWith<"complete">]: SuccessBody<RoleOperation<V, "complete">>;
};
/** Per vendor, its typed get answer (what `Connection.raw` is from `getConnection`). */
export type GetConnectionRaw = { [V in VendorsWith<"get">]: SuccessBody<RoleOperation<V, "get">> };
/** Per vendor, one typed item of its list answer (what `Connection.raw` is from `listConnections`). */
export type ListConnectionsRaw = {
  [V in VendorsWith<"list">]: At<
    SuccessBody<RoleOperation<V, "list">>,
    Parts<V>["items"]
  > extends readonly (infer Item)[]
    ? Item
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
export type ConnectInput = { [V in VendorName]: OperationInput<Parts<V>["operation"]> };

/** Per vendor, its typed create-connection success body. */
export type ConnectRaw = { [V in VendorName]: SuccessBody<Parts<V>["operation"]> };

/** Per vendor, the `paths` type of its generated package. */
export type VendorPaths = { [V in VendorName]: Parts<V>["paths"] };

/** Per vendor, the options of its generated `createClient`. */
export type VendorOptions = { [V in VendorName]: NonNullable<Parts<V>["options"]> };

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
