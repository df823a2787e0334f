import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { Ajv } from "ajv";
import { loadDocument } from "./load-document.ts";
import { schemaErrors } from "./schema-errors.ts";
import { SpecError, SpecErrors } from "./spec-error.ts";

export type StatusWord = "authorization_required" | "connected" | "pending" | "disconnected";
/** A JSON pointer into a 2xx body, or null where the vendor gives no such field. */
export type FieldRule = string | null;
/** An ISO time, a lifetime counted from the answer, or seconds or milliseconds since 1970. */
export type TimeRule = FieldRule | { duration: string } | { epoch: string; unit: "s" | "ms" };
/** One field's reading: its value looked up in `values`, else `present` where it holds a value. */
export interface StatusTest {
  pointer: string;
  values?: Record<string, StatusWord>;
  present?: StatusWord;
}
export type StatusRule =
  | StatusWord
  | (StatusTest & { otherwise: StatusWord })
  /** A status that needs several fields: the first test that gives a word. */
  | { first: StatusTest[]; otherwise: StatusWord };

export interface StartMapping {
  connectionId?: FieldRule;
  status: StatusRule;
  authorizationUrl?: FieldRule;
  expiresAt?: TimeRule;
}
export interface ConnectionMapping {
  connectionId?: FieldRule;
  status: StatusRule;
  name?: FieldRule;
  createdAt?: TimeRule;
}

/** The connection operations (each by operationId, or `METHOD /path` where the document gives none) and how their answers read. */
export interface ConnectionsDeclaration {
  create: string;
  get?: string;
  list?: string;
  delete?: string;
  /** The call after the end user comes back (Plaid's public_token exchange, an OAuth code exchange). */
  complete?: string;
  /** An operation that makes the object `create` needs (Stripe's account): README only. */
  prepare?: string;
  start: StartMapping;
  connection?: ConnectionMapping;
  /** How list items read, where they name fields otherwise than the get answer; else `connection`. */
  listItem?: ConnectionMapping;
  /** How the complete answer reads as a Connection; `connection` where absent. */
  completed?: ConnectionMapping;
  /** Where the get answer holds the connection ("" for the body itself). */
  record?: string;
  items?: string;
}

/** How a list operation pages (the runtime's `PaginationRule`, with pointers as text). */
export interface PaginationDeclaration {
  items: string;
  cursor?: {
    in: "query" | "body";
    name: string;
    fromBody?: string;
    fromLastItem?: string;
    more?: string;
  };
  page?: { in: "query" | "body"; name: string; start?: number; totalPages?: string };
  offset?: { in: "query" | "body"; name: string; more?: string };
}

/** One part of the bytes an HMAC signs, joined with ".": the raw body, the timestamp, or a header's value. */
export type SignedPart = "body" | "timestamp" | { header: string };

/** An HMAC over the body (or timestamp and body) with the endpoint's secret. */
export interface HmacScheme {
  algorithm: "sha256";
  /** The header carrying the signature(s). */
  header: string;
  /**
   * How the header carries it: `value` the signature alone; `pairs` a `t=…,v1=…` list (Stripe);
   * `list` space-separated `v1,<signature>` entries (Standard Webhooks).
   */
  carries: "value" | "pairs" | "list";
  /** For `pairs`: the separator and the keys of the timestamp and of each signature. */
  pairs?: { separator: string; timestamp: string; signature: string };
  /** For `list`: the separator between entries and the prefix of each signature. */
  list?: { separator: string; prefix: string };
  /** The header carrying the timestamp (seconds since 1970), where it is not in the signature header. */
  timestampHeader?: string;
  /** What is signed: its parts in order, joined with ".". */
  signed: SignedPart[];
  encoding: "hex" | "base64";
  /** How the secret reads as the key: its text (default), or base64 after a prefix (`whsec_`). */
  secret?: { prefix: string; encoding: "base64" };
  /** Seconds a signed timestamp may be from now (required where a timestamp is signed). */
  tolerance?: number;
}

/** A JWT in a header, signed with a key the vendor's own operation returns by its `kid`. */
export interface JwtScheme {
  header: string;
  alg: "ES256";
  key: {
    /** The operation answering the key (by operationId, or METHOD /path). */
    operation: string;
    /** Where the request body takes the kid (a pointer into the request body). */
    kid: string;
    /** Where the answer holds the JWK. */
    jwk: string;
    /** Where the answer says when the key expired (seconds since 1970, null while valid). */
    expiredAt?: string;
  };
  /** The issued-at claim, and how many seconds old it may be. */
  issuedAt: { claim: string; maxAge: number };
  /** The claim holding the raw body's SHA-256 (hex). */
  bodyHash: { claim: string; algorithm: "sha256"; encoding: "hex" };
}

/** A field, or several: the first that holds a value. */
export type FieldRules = FieldRule | string[];

/** How one event type (or the events, by default) reads as a connection event. */
export interface WebhookStateRule {
  /** The schemas its body has: a pointer into the body ("" the whole body) → a `$ref` into the document. */
  schemas?: Record<string, string>;
  connectionId?: FieldRules;
  status: StatusRule;
}

/** How the vendor's events read as connection events. */
export interface WebhookEventsDeclaration {
  /** The schemas every event's body has ("" the whole body → `#/components/schemas/event`). */
  schemas?: Record<string, string>;
  /** The event type: a pointer, or several whose values are joined with "." (`ITEM.ERROR`). */
  type: string | string[];
  connectionId?: FieldRules;
  /** The event's time; absent or null: the signed time, where the scheme has one. */
  occurredAt?: TimeRule;
  /** The event types about a connection's state, each with its status; any other type has status null. */
  states?: Record<string, WebhookStateRule>;
}

/** A vendor's signed webhooks: the scheme (from `source`) and how events read. */
export interface WebhooksDeclaration {
  /** Where the scheme is documented: a URL, or the SDK that implements it. */
  source: string;
  signature: { hmac: HmacScheme } | { jwt: JwtScheme };
  events: WebhookEventsDeclaration;
}

/** What patchbay knows about a vendor beyond its document: `specs/<vendor>.patchbay.yaml`. */
export interface Sidecar {
  displayName?: string;
  description?: string;
  envPrefix?: string;
  headers?: {
    header: string;
    option: string;
    env?: string;
    default?: string;
    description?: string;
  }[];
  source?: string | null;
  connections?: ConnectionsDeclaration;
  pagination?: Record<string, PaginationDeclaration>;
  webhooks?: WebhooksDeclaration;
}

const validateSidecar = new Ajv({ allErrors: true, strict: false }).compile(
  createRequire(import.meta.url)("./sidecar.schema.json"),
);

export interface ReadSidecar {
  sidecar: Sidecar;
  /** A SpecError at the sidecar's file:line, for checks the schema cannot make. */
  errorAt(pointer: string, problem: string): SpecError;
}

/**
 * Reads and checks a sidecar against `sidecar.schema.json`: unknown keys and wrong values are
 * refused at their file:line. No sidecar reads as `{}`.
 */
export function readSidecar(path: string, file: string): ReadSidecar {
  if (!existsSync(path))
    return {
      sidecar: {},
      errorAt: (pointer, problem) => new SpecError(file, problem, undefined, undefined, pointer),
    };
  const loaded = loadDocument(path, file);
  if (!validateSidecar(loaded.document)) {
    throw new SpecErrors(schemaErrors(loaded, validateSidecar.errors));
  }
  return { sidecar: loaded.document as Sidecar, errorAt: loaded.errorAt };
}

export const loadSidecar = (path: string, file: string): Sidecar => readSidecar(path, file).sidecar;

/** The prefix of a vendor's environment variables: the sidecar's, else the name in upper case. */
export const envPrefixOf = (vendor: string, sidecar: Sidecar): string =>
  sidecar.envPrefix ?? vendor.toUpperCase().replaceAll("-", "_");

/** Names a document cannot take: the hand-written packages and the tools (`tools/*`). */
export const RESERVED_VENDOR_NAMES = [
  "runtime",
  "connect",
  "bench",
  "common",
  "contract",
  "demo",
  "generator",
  "load",
  "mocks",
  "openapi",
  "real-documents",
  "release",
  "runtime-binaries",
  "runtime-matrix",
  "spec-changes",
  "specs-pull",
  "specs-sync",
  "test-runner",
  "test-support",
];

export function assertVendorName(name: string, file: string) {
  if (!/^[a-z][a-z0-9-]*$/.test(name)) {
    throw new SpecError(
      file,
      `has a name that cannot be a package name: use lower-case letters, digits and dashes (e.g. specs/acme.yaml)`,
    );
  }
  if (RESERVED_VENDOR_NAMES.includes(name)) {
    throw new SpecError(
      file,
      `would overwrite the hand-written package @patchbay/${name}; rename the document`,
    );
  }
}
