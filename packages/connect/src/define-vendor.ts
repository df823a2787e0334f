import type { PaginationRule, VendorClient, VendorDescriptor } from "@patchbay/runtime";
import type { FetchResponse, ParamsOption, RequestBodyOption } from "openapi-fetch";

/** What the end user must do next. */
export type ConnectionStatus = "authorization_required" | "connected" | "pending" | "disconnected";

/** The part of a `ConnectionStart` read from the vendor's create answer. */
export interface ConnectionFields {
  /** The vendor's id for the new connection, where it gives one. */
  connectionId: string | null;
  status: ConnectionStatus;
  /** Where to send the end user, where there is a step. */
  authorizationUrl: string | null;
  /** ISO time the link stops working, where the vendor says. */
  expiresAt: string | null;
}

/** The part of a `Connection` read from a vendor's get (or list item) answer. */
export interface ConnectionRecordFields {
  connectionId: string | null;
  status: ConnectionStatus;
  name: string | null;
  /** ISO time the connection was made, where the vendor says. */
  createdAt: string | null;
}

/** A JSON pointer into an answer's body, as its tokens (`/data/redirect_url` → `["data", "redirect_url"]`). */
export type Pointer = readonly string[];

/** One field's reading: its value looked up in `values`, else `present` where it holds a value. */
export interface StatusTest {
  readonly pointer: Pointer;
  readonly values?: Readonly<Record<string, ConnectionStatus>>;
  readonly present?: ConnectionStatus;
}

/**
 * A fixed status; or one read from a field: its value looked up in `values`, else `present`
 * when the field holds a non-empty value, else `otherwise`; or, for a status that needs several
 * fields, the first test of `first` that gives a word, else `otherwise`.
 */
export type StatusRule =
  | ConnectionStatus
  | (StatusTest & { readonly otherwise: ConnectionStatus })
  | { readonly first: readonly StatusTest[]; readonly otherwise: ConnectionStatus };

/** A status rule that reads fields (not a fixed word). */
export type StatusTests = Exclude<StatusRule, ConnectionStatus>;

/**
 * The create answer's status: a fixed word, or tests read by their `read` (`statusFrom`), which
 * the vendors whose create answer has tests import: `connect()` bundles it only for them.
 */
export type StartStatusRule =
  | ConnectionStatus
  | (StatusTests & {
      readonly read: (body: unknown, rule: StatusTests) => ConnectionStatus;
    });

/**
 * A field holding an ISO time, a lifetime counted from the answer (`duration`), a count of
 * seconds or milliseconds since 1970 (`epoch`), or none.
 */
export type TimeRule =
  | Pointer
  | null
  | {
      readonly duration: Pointer;
      readonly unit?: undefined;
      /** The lifetime as an expiry (`expiresAtFrom`): imported by the vendors whose rules need it. */
      readonly read: (lifetime: unknown, receivedAt: Date) => string | null;
    }
  | {
      readonly epoch: Pointer;
      readonly unit: "s" | "ms";
      /** The count as an ISO time (`epochTime`): imported by the vendors whose rules need it. */
      readonly read: (count: unknown, receivedAt: Date, unit: "s" | "ms") => string | null;
    };

/** How the create answer reads as a `ConnectionStart` (from the vendor's sidecar). */
export interface StartRules {
  readonly connectionId: Pointer | null;
  readonly status: StartStatusRule;
  readonly authorizationUrl: Pointer | null;
  readonly expiresAt: TimeRule;
}

/** How a get answer, or a list item, reads as a `Connection` (from the vendor's sidecar). */
export interface ConnectionRules {
  readonly connectionId: Pointer | null;
  readonly status: StatusRule;
  readonly name: Pointer | null;
  readonly createdAt: TimeRule;
}

/** An operation of the vendor's document: its `paths` key and lower-case method. */
export interface OperationRef {
  readonly method: string;
  readonly path: string;
  /** Its 2xx answer is text (`text/plain`), read as a string; else JSON. */
  readonly parseAs?: "text";
}

/** The connection operations a vendor's sidecar declares; only `create` is required. */
export interface VendorOperations {
  readonly create: OperationRef;
  readonly get?: OperationRef;
  readonly list?: OperationRef;
  readonly delete?: OperationRef;
  /** The call after the end user comes back (Plaid's token exchange): `completeConnection`. */
  readonly complete?: OperationRef;
}

/** `Paths[path][method]` for an operation reference. */
export type OperationOf<Paths, Ref> = Ref extends { path: infer P; method: infer M }
  ? P extends keyof Paths
    ? M extends keyof Paths[P]
      ? Paths[P][M]
      : never
    : never
  : never;

/** Exactly openapi-fetch's `params` and `body` for an operation. */
export type OperationInput<Operation> = ParamsOption<Operation> & RequestBodyOption<Operation>;

type SuccessData<Operation, Media extends `${string}/${string}`> = NonNullable<
  Extract<
    FetchResponse<Operation & Record<string | number, unknown>, unknown, Media>,
    { error?: never }
  >["data"]
>;

/** The operation's typed 2xx JSON body; its text (a string) where it answers only text. */
export type SuccessBody<Operation> = [SuccessData<Operation, "application/json">] extends [never]
  ? SuccessData<Operation, `text/${string}`>
  : SuccessData<Operation, "application/json">;

/** Per connection operation the vendor has, the CLI arguments of its document's example call. */
export interface CliExamples {
  readonly create: string;
  readonly get?: string;
  readonly list?: string;
  readonly delete?: string;
  readonly complete?: string;
}

/** Everything the aggregator knows about one vendor: one entry of the generated registry. */
export interface VendorDefinition<
  Options,
  Paths extends {},
  Operations extends VendorOperations,
  Items extends Pointer = Pointer,
  Record extends Pointer = Pointer,
> {
  /** The generated package's `descriptor` (auth schemes and env vars, for messages). */
  readonly descriptor: VendorDescriptor;
  /** The generated package's `createClient`. */
  createClient(options?: Options): VendorClient<Paths>;
  readonly displayName: string;
  readonly operations: Operations;
  readonly start: StartRules;
  /**
   * The rules below, in a module of their own loaded with the first lifecycle call (generated
   * definitions): `connect()` does not load them. A definition may also hold them itself.
   */
  readonly rules?: () => Promise<LifecycleRules>;
  /** How the vendor signs its webhooks and how its events read, where it signs them: loaded on first use. */
  readonly webhooks?: () => Promise<{ webhooks: WebhookRules }>;
  readonly connection?: ConnectionRules;
  /** How a list item reads, where the list names fields otherwise than the get answer. */
  readonly listItem?: ConnectionRules;
  /** How the complete answer reads as a `Connection`. */
  readonly completed?: ConnectionRules;
  /** Where a get answer holds the connection. */
  readonly record?: Record;
  /** Where a list answer holds its connections. */
  readonly items?: Items;
  /** How the list operation pages, where it does. */
  readonly pagination?: Omit<PaginationRule, "items">;
}

/** How a vendor signs its webhooks with an HMAC (from its sidecar). */
export interface HmacSignature {
  readonly kind: "hmac";
  readonly algorithm: "sha256";
  /** The header carrying the signature(s), lower case. */
  readonly header: string;
  /** `value`: the header is the signature; `pairs`: `t=…,v1=…`; `list`: `v1,<sig> v1,<sig>`. */
  readonly carries: "value" | "pairs" | "list";
  readonly pairs?: {
    readonly separator: string;
    readonly timestamp: string;
    readonly signature: string;
  };
  readonly list?: { readonly separator: string; readonly prefix: string };
  readonly timestampHeader?: string;
  /** What is signed, its parts joined with ".". */
  readonly signed: readonly ("body" | "timestamp" | { readonly header: string })[];
  readonly encoding: "hex" | "base64";
  readonly secret?: { readonly prefix: string; readonly encoding: "base64" };
  /** Seconds a signed timestamp may be from now. */
  readonly tolerance?: number;
}

/** How a vendor signs its webhooks with a JWT whose key its own operation answers (from its sidecar). */
export interface JwtSignature {
  readonly kind: "jwt";
  readonly header: string;
  readonly alg: "ES256";
  readonly key: {
    readonly operation: OperationRef;
    /** Where the key operation's request body takes the kid. */
    readonly kid: Pointer;
    /** Where its answer holds the JWK. */
    readonly jwk: Pointer;
    /** Where its answer says the key expired (seconds since 1970; null while valid). */
    readonly expiredAt?: Pointer;
  };
  readonly issuedAt: { readonly claim: string; readonly maxAge: number };
  readonly bodyHash: {
    readonly claim: string;
    readonly algorithm: "sha256";
    readonly encoding: "hex";
  };
}

/** How a vendor's events read as `ConnectionEvent`s (from its sidecar). */
export interface WebhookEventRules {
  /** The event type: these fields' values joined with ".". */
  readonly type: readonly Pointer[];
  /** The connection's id: the first of these fields that holds a value. */
  readonly connectionId: readonly Pointer[];
  /** The event's time; null: the signed time, where the scheme has one. */
  readonly occurredAt: Pointer | { readonly epoch: Pointer; readonly unit: "s" | "ms" } | null;
  /** The event types about a connection's state; any other type reads with status null. */
  readonly states: Readonly<
    Record<string, { readonly connectionId?: readonly Pointer[]; readonly status: StatusRule }>
  >;
}

/** A vendor's webhooks: `VendorDefinition.webhooks`, a module loaded with its first `webhooks.verify`. */
export interface WebhookRules {
  /** Where the scheme is documented (a URL, or the SDK that implements it). */
  readonly source: string;
  readonly signature: HmacSignature | JwtSignature;
  readonly events: WebhookEventRules;
}

/** What only the methods after `connect()` read: `VendorDefinition.rules`. */
export interface LifecycleRules {
  readonly connection?: ConnectionRules;
  readonly listItem?: ConnectionRules;
  readonly completed?: ConnectionRules;
  readonly pagination?: Omit<PaginationRule, "items">;
}

/** Identity, for inference: option, path and body types flow from the generated package. */
export const defineVendor = <
  Options,
  Paths extends {},
  const Operations extends VendorOperations,
  const Items extends Pointer = Pointer,
  const Record extends Pointer = Pointer,
>(
  definition: VendorDefinition<Options, Paths, Operations, Items, Record>,
): VendorDefinition<Options, Paths, Operations, Items, Record> => definition;

/** The type at a pointer's tokens inside `T` (`At<{ data: X[] }, ["data"]>` is `X[]`). */
export type At<T, P extends Pointer> = P extends readonly [
  infer Head extends string,
  ...infer Rest extends Pointer,
]
  ? At<NonNullable<T>[Head & keyof NonNullable<T>], Rest>
  : NonNullable<T>;
