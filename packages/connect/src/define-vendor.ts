import type { VendorClient, VendorDescriptor } from "@patchbay/runtime";
import type { FetchResponse, ParamsOption, RequestBodyOption } from "openapi-fetch";

/** What the end user must do next. */
export type ConnectionStatus = "authorization_required" | "connected" | "pending" | "disconnected";

/** The part of a `ConnectionStart` a vendor mapping derives from the vendor's response body. */
export interface ConnectionFields {
  /** The vendor's id for the new connection, where it gives one. */
  connectionId: string | null;
  status: ConnectionStatus;
  /** Where to send the end user, where there is a step. */
  authorizationUrl: string | null;
  /** ISO time the link stops working, where the vendor says. */
  expiresAt: string | null;
}

/** What a mapping may use besides the body: when the answer arrived (for relative lifetimes). */
export interface MappingContext {
  receivedAt: Date;
}

/** The `post` operation of `Paths[P]`. */
export type PostOperation<Paths, P extends keyof Paths> = Paths[P] extends { post: infer Operation }
  ? Operation
  : never;

/** Exactly openapi-fetch's `params` and `body` for an operation. */
export type CreateInput<Operation> = ParamsOption<Operation> & RequestBodyOption<Operation>;

/** The operation's typed 2xx JSON body. */
export type SuccessBody<Operation> = NonNullable<
  Extract<
    FetchResponse<Operation & Record<string | number, unknown>, unknown, "application/json">,
    { error?: never }
  >["data"]
>;

/** Everything the aggregator knows about one vendor. */
export interface VendorDefinition<Options, Paths extends {}, P extends keyof Paths & string> {
  /** The generated package's `descriptor` (auth schemes and env vars, for messages). */
  descriptor: VendorDescriptor;
  /** The generated package's `createClient`. */
  createClient(options?: Options): VendorClient<Paths>;
  /** The path of the create-connection operation (always a POST). */
  path: P;
  /** The vendor's success body → the common fields. Pure. */
  toConnectionStart(
    raw: SuccessBody<PostOperation<Paths, P>>,
    context: MappingContext,
  ): ConnectionFields;
  /** Arguments for `patchbay connect <vendor>` shown in the CLI's help. */
  cliExample: string;
}

/** Identity, for inference: the vendor's option, path and body types flow from the generated package. */
export const defineVendor = <Options, Paths extends {}, P extends keyof Paths & string>(
  definition: VendorDefinition<Options, Paths, P>,
): VendorDefinition<Options, Paths, P> => definition;
