import type { VendorDescriptor } from "./auth.js";

/** openapi-fetch's `bodySerializer`: the body as it is sent, given the request's headers. */
export type Serializer = (body: unknown, headers?: Headers | Record<string, string>) => unknown;

/** The init of one call (`client.POST(path, init)`), as far as a body encoding reads it. */
export type CallInit = {
  body?: unknown;
  headers?: HeadersInit | Record<string, string | null | undefined>;
  querySerializer?: unknown;
  bodySerializer?: unknown;
  [option: string]: unknown;
};

/**
 * Rewrites the init of a call (by method and path template) whose body it sends; others as they
 * are. `maxRequestBytes`: the call's (a stream it reads stops there).
 */
export type PrepareCall = (
  method: string,
  path: string,
  init: CallInit | undefined,
  maxRequestBytes?: number,
) => CallInit | undefined | Promise<CallInit | undefined>;

/**
 * How the operations a descriptor key names send their body, other than JSON (a form...). A
 * generated `createClient` passes the encodings its document needs to `createVendorClient`, so a
 * bundle holds only those; a descriptor naming operations no given encoding covers is refused.
 */
export interface BodyEncoding {
  /** The descriptor key listing the operations it encodes. */
  key: "formBodies" | "multipartBodies" | "binaryBodies";
  /** The call rewriter for this descriptor, or undefined when it names no such operation. */
  prepare(descriptor: VendorDescriptor, json: Serializer): PrepareCall | undefined;
}
