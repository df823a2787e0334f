import type { RuntimeOptions } from "@patchbay/runtime";
import type {
  ConnectionFields,
  OperationInput,
  OperationOf,
  SuccessBody,
  VendorDefinition,
} from "./define-vendor.js";
import type { registry } from "./registry.generated.js";

type Registry = typeof registry;

/** The vendors `connect` knows: every vendor whose sidecar declares `connections`. */
export type VendorName = keyof Registry & string;

type Parts<V extends VendorName> =
  Registry[V] extends VendorDefinition<infer Options, infer Paths, infer Operations>
    ? {
        options: Options;
        paths: Paths;
        operation: OperationOf<Paths, Operations["create"]>;
      }
    : never;

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
  "retry" | "timeoutMs" | "fetch" | "headers" | "logger" | "logLevel" | "allowInsecureHttp"
>;

/** `createPatchbay` options: one key per vendor (its `createClient` options) plus shared ones. */
export type PatchbayOptions = SharedOptions & { [V in VendorName]?: VendorOptions[V] };

export interface ConnectOptions {
  /** Aborts the request (and any retry wait). */
  signal?: AbortSignal;
}
