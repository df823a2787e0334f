import * as openapiFetch from "openapi-fetch";
import type { VendorDescriptor } from "./auth.js";
import type { BodyEncoding, PrepareCall } from "./body-encoding.js";
import { clientAuth, type SecurityPlan } from "./credentials.js";
import { InvalidResponseError, PatchbayError } from "./errors.js";
import { createLog, type Logger, type LogLevel } from "./logger.js";
import { checkOptions, clientOptionNames } from "./options.js";
import { type Outgoing, requestClass } from "./outgoing.js";
import { createRedactor, registerSecrets, secretForms } from "./redact.js";
import { followRedirects } from "./redirects.js";
import type { RetryOptions } from "./retry.js";
import { type CallSettings, type ClientContext, type HopSender, send } from "./send.js";
import type { StrictClient } from "./strict-client.js";

export type { VendorDescriptor } from "./auth.js";

export interface RuntimeOptions {
  /** Default: `<PREFIX>_BASE_URL`, else the vendor's first server. */
  baseUrl?: string;
  /** Retry policy; `false` turns retries off. */
  retry?: RetryOptions | false;
  /**
   * Per attempt: the longest wait for the response headers, then the longest stall between two
   * chunks of the body (a slow but live body completes). Default 60000.
   */
  timeoutMs?: number;
  /**
   * The transport. Default: `globalThis.fetch` (per request); on Node.js, `nodeTransport` where
   * Node's own `fetch` would send the same way (README). Credentials, retries, timeouts,
   * redirects and redaction stay the runtime's, also for a per-call `fetch`.
   */
  fetch?: typeof globalThis.fetch;
  /** Sent on every request. */
  headers?: Record<string, string>;
  /** Receives one redacted line per attempt. Default: the console when a level is set. */
  logger?: Logger;
  /** Lowest level logged. Default: `PATCHBAY_LOG`, else everything when `logger` is given, else off. */
  logLevel?: LogLevel | "off";
  /** Allow credentials over plain http to non-loopback hosts. */
  allowInsecureHttp?: boolean;
  /**
   * Follow a 307/308 redirect of a request with a body to another origin, re-sending the body
   * there (credentials are still stripped). Default false: such a redirect is not followed and
   * the call rejects with `RedirectRefusedError`, nothing sent to that origin.
   */
  allowCrossOriginBodyRedirects?: boolean;
  /** Most bytes of a decoded response body read. Default 10485760 (10 MiB); `Infinity` for no limit. */
  maxResponseBytes?: number;
  /**
   * Most bytes of a request body sent (a `FormData`: its parts summed); a larger one is refused
   * with `RequestTooLargeError` before anything is sent. A stream's length is unknown until read:
   * it is cut where it passes the limit and the request aborted. Default: no limit.
   */
  maxRequestBytes?: number;
  /** Throw `ApiError` on a non-2xx answer instead of returning `{ error }`. Default false. */
  throwOnError?: boolean;
}

/** Overrides for the requests of one `withOptions` client. */
export interface RequestOptions {
  retry?: RetryOptions | false;
  timeoutMs?: number;
  /** Sent as `Idempotency-Key`; makes a POST safe to retry after 5xx, 408 and network failures. */
  idempotencyKey?: string;
  maxResponseBytes?: number;
  maxRequestBytes?: number;
  throwOnError?: boolean;
}

export type VendorClient<Paths extends {}, Throws extends boolean = false> = StrictClient<
  Paths,
  Throws
> & {
  /**
   * Whether the credentials it was given (options, else environment variables) meet the
   * document's security: all of one of its requirements, or none needed. An operation with
   * security of its own may still ask for others.
   */
  readonly hasCredentials: boolean;
  /** The same client with these overrides on every request it sends. */
  withOptions(options: RequestOptions & { throwOnError: true }): VendorClient<Paths, true>;
  withOptions(options: RequestOptions & { throwOnError: false }): VendorClient<Paths, false>;
  withOptions(options: RequestOptions): VendorClient<Paths, Throws>;
};

// Our CJS build imports openapi-fetch's CJS file the way Node does, as the whole module object
// under `default`; ESM gets the function itself.
const createClient =
  (openapiFetch.default as unknown as { default?: typeof openapiFetch.default }).default ??
  openapiFetch.default;

const methods = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;
type Env = { process?: { env: Record<string, string | undefined> } };

/**
 * openapi-fetch's path serializer, refusing a value that would not stay one path segment: "",
 * "." and ".." (the URL parser drops or climbs them: /team/../connections is /connections), lone
 * surrogates (encodeURIComponent throws a bare URIError), and anything but a string, number or
 * boolean (an array `[".."]` would be joined into "..").
 */
function pathSerializerFor(vendor: string) {
  return (url: string, params: Record<string, unknown>): string => {
    for (const name in params) {
      const value = params[name];
      if (!url.includes(`{${name}}`)) continue;
      let segment = "";
      try {
        if (["string", "number", "boolean"].includes(typeof value))
          segment = encodeURIComponent(value as string);
      } catch {
        // a lone surrogate: refused below like an empty segment
      }
      if (segment === "" || segment === "." || segment === "..")
        throw new PatchbayError(
          `${vendor}: path parameter "${name}" cannot be ${typeof value === "string" ? JSON.stringify(value) : `a value of type ${Array.isArray(value) ? "array" : typeof value}`}: it would not stay one segment of the path`,
          { vendor, parameter: name },
        );
    }
    return openapiFetch.defaultPathSerializer(url, params);
  };
}

/** openapi-fetch's body serializer, with a typed error for a body JSON cannot hold (circular, BigInt). */
const bodySerializerFor =
  (vendor: string) =>
  (body: unknown, headers?: Headers | Record<string, string>): unknown => {
    try {
      return (openapiFetch.defaultBodySerializer as (body: unknown, headers?: unknown) => unknown)(
        body,
        headers,
      );
    } catch (cause) {
      throw new PatchbayError(
        `${vendor}: the request body cannot be sent as JSON (${(cause as Error).message?.split("\n")[0]})`,
        { vendor },
      );
    }
  };

/**
 * `process.env[name]`, or undefined where there is no `process` (browsers, workerd) or reading
 * it throws (Deno without --allow-env): there, options are the way.
 */
const environmentVariable = (name: string): string | undefined => {
  try {
    return (globalThis as Env).process?.env[name];
  } catch {
    return undefined;
  }
};

/**
 * An openapi-fetch client for a vendor, with auth, retries, timeouts, logging and redaction.
 * `encodings`: how the operations the descriptor lists send bodies other than JSON
 * (`[formBodies]` for `formBodies`); the generated `createClient` passes those its document needs.
 */
export function createVendorClient<Paths extends {}>(
  descriptor: VendorDescriptor,
  options: RuntimeOptions & { throwOnError: true },
  encodings?: readonly BodyEncoding[],
): VendorClient<Paths, true>;
export function createVendorClient<Paths extends {}>(
  descriptor: VendorDescriptor,
  options?: RuntimeOptions,
  encodings?: readonly BodyEncoding[],
): VendorClient<Paths>;
export function createVendorClient<Paths extends {}>(
  descriptor: VendorDescriptor,
  options: RuntimeOptions = {},
  encodings: readonly BodyEncoding[] = [],
): VendorClient<Paths, boolean> {
  return vendorClient(descriptor, options, encodings, followRedirects);
}

/** The calls' rewriters of `encodings` for `descriptor`; a descriptor key none of them covers is refused. */
function preparer(
  descriptor: VendorDescriptor,
  encodings: readonly BodyEncoding[],
  json: (body: unknown, headers?: Headers | Record<string, string>) => unknown,
): PrepareCall | undefined {
  const { vendor } = descriptor;
  // each `…Bodies` key (formBodies, multipartBodies, binaryBodies) needs its encoding
  for (const key in descriptor)
    if (/Bodies$/.test(key) && !encodings.some((encoding) => encoding.key === key))
      throw new PatchbayError(
        `${vendor}: the descriptor's ${key} needs its body encoding: createVendorClient(descriptor, options, [${key}]), ${key} from @patchbay/runtime`,
        { vendor, option: key },
      );
  const prepares = encodings.flatMap((encoding) => encoding.prepare(descriptor, json) ?? []);
  if (prepares.length === 0) return undefined;
  return (method, path, init, max) =>
    prepares.reduce<ReturnType<PrepareCall>>(
      async (given, prepare) => prepare(method, path, await given, max),
      init,
    );
}

/** `createVendorClient` of a build: each attempt sent by `sendHop`. */
export function vendorClient<Paths extends {}>(
  descriptor: VendorDescriptor,
  options: RuntimeOptions,
  encodings: readonly BodyEncoding[],
  sendHop: HopSender,
): VendorClient<Paths, boolean> {
  const { vendor } = descriptor;
  checkOptions(vendor, options, clientOptionNames(descriptor));
  /** A named option, else the named environment variable (where the runtime has one to give). */
  const setting = (option: string, env?: string): string | undefined =>
    (options as Record<string, string | undefined>)[option] ||
    (env && environmentVariable(env)) ||
    undefined;
  const baseUrl =
    setting("baseUrl", `${descriptor.envPrefix}_BASE_URL`) || descriptor.defaultBaseUrl;
  if (!baseUrl) {
    throw new PatchbayError(
      `${vendor}: no base URL; pass \`baseUrl\` or set ${descriptor.envPrefix}_BASE_URL (the vendor's document names no absolute server)`,
      { vendor },
    );
  }
  // user:password@ in a base URL would bypass the credential options and their redaction.
  if (/^[a-z][a-z\d+.-]*:\/\/[^/?#]*@/i.test(baseUrl)) {
    throw new PatchbayError(
      `${vendor}: the base URL carries credentials (user:password@host); pass them as options`,
      { vendor },
    );
  }
  // every scheme's credential, each checked and hidden; each request sends what its operation needs
  const auth = clientAuth(descriptor, setting);
  const forms = secretForms(auth.credentials.flatMap((credential) => credential?.secrets ?? []));
  registerSecrets(forms);
  const redactor = createRedactor(forms, true);
  const log = createLog(setting("logLevel", "PATCHBAY_LOG"), options.logger, redactor);
  if (!auth.credentials.some(Boolean))
    log?.("debug", `${vendor}: no credentials, requests go without auth`);
  const context: ClientContext = {
    vendor,
    auth,
    redactor,
    log,
    fetch: options.fetch,
    allowInsecureHttp: options.allowInsecureHttp === true,
    bodyAcrossOrigins: options.allowCrossOriginBodyRedirects === true,
    sendHop,
  };
  const openapiOptions = {
    baseUrl,
    headers: vendorHeaders(descriptor, options, setting),
    pathSerializer: pathSerializerFor(vendor),
    bodySerializer: bodySerializerFor(vendor),
  };
  const { retry, timeoutMs, maxResponseBytes, maxRequestBytes, throwOnError } = options;
  return buildClient<Paths>(
    context,
    openapiOptions,
    { retry, timeoutMs, maxResponseBytes, maxRequestBytes, throwOnError },
    preparer(descriptor, encodings, openapiOptions.bodySerializer),
    descriptor.textAnswers && new Set(descriptor.textAnswers),
  );
}

type PerCall = { fetch?: typeof fetch; parseAs?: string; pathSerializer?: unknown };
type Method = (url: string, init?: PerCall) => unknown;
type Operation = { name: string; plan: SecurityPlan };

/** The openapi-fetch client sending through `send` with `settings`, and its `withOptions`. */
function buildClient<Paths extends {}>(
  context: ClientContext,
  openapiOptions: Parameters<typeof createClient>[0],
  settings: CallSettings,
  /** Rewrites the init of a call whose body is not JSON (the encodings'). */
  prepare?: PrepareCall,
  /** The operations whose answers are text (the descriptor's `textAnswers`). */
  textAnswers?: Set<string>,
): VendorClient<Paths, boolean> {
  let middleware = false;
  const client = createClient<Paths>({
    ...openapiOptions,
    Request: requestClass(() => middleware),
    fetch: ((request: Outgoing) => send(context, settings, request)) as typeof fetch,
  }) as unknown as Record<string, Method>;
  const use = client.use as Method;
  client.use = ((...registered: [string]) => {
    middleware = true;
    return use(...registered);
  }) as Method;
  const { operations } = context.auth;
  // An operation whose own security differs from the document's, found by its method and path
  // template where the call names them: no URL is matched when sending.
  const operationOf = (method: string, url: string): Operation | undefined => {
    if (operations.size === 0) return undefined;
    const name = `${method.toUpperCase()} ${url}`;
    const plan = operations.get(name);
    return plan && { name, plan };
  };
  // Each call, through the runtime. A per-call `pathSerializer` is refused, not checked: it is
  // given and returns the whole URL, base URL included, so what it returns could only be vouched
  // for by parsing it again against the template (another host, "..", "%2e%2e", a parameter
  // dropped...); refusing it is simpler and safer, and loses nothing: the client's serializer
  // already writes every style openapi-fetch knows (simple, label, matrix), each value checked.
  const viaRuntime = async (
    method: string,
    url: string,
    given: PerCall | undefined,
    call: (init?: PerCall) => unknown,
  ): Promise<unknown> => {
    const { vendor, redactor } = context;
    if (prepare)
      given = (await prepare(method, url, given, settings.maxRequestBytes)) as PerCall | undefined;
    if (given?.pathSerializer)
      throw new PatchbayError(
        `${vendor}: a per-call pathSerializer is refused: it would bypass the check of path parameters`,
        { vendor, option: "pathSerializer" },
      );
    const operation = operationOf(method, url);
    // a text answer is read as text, unless the call says how to read it
    const init =
      textAnswers?.has(`${method.toUpperCase()} ${url}`) && !given?.parseAs
        ? { ...given, parseAs: "text" }
        : given;
    // a per-call `fetch` replaces the transport only, not what the runtime does around it (no
    // per-call `fetch`: `send` takes the client's)
    const transport = init?.fetch;
    let answer: Response | undefined;
    try {
      return await call({
        ...init,
        fetch: (async (request: Outgoing) =>
          (answer = await send(context, settings, request, transport, operation))) as typeof fetch,
      });
    } catch (error) {
      // openapi-fetch parses a 2xx as JSON and rejects with JSON.parse's SyntaxError, whose
      // message quotes the body (where a vendor may echo a credential, beyond what redaction
      // recognises): a typed error instead, naming the answer, never its body
      if (!(error instanceof SyntaxError && answer?.ok)) throw error;
      const { status, headers } = answer;
      const contentType = headers.get("content-type") ?? undefined;
      throw new InvalidResponseError(
        `${vendor}: a ${status} answer (${contentType ?? "no content-type"}) is not valid JSON; parseAs: "text" reads it`,
        { vendor, status, contentType },
        redactor,
      );
    }
  };
  for (const method of methods) {
    const call = client[method] as Method;
    client[method] = (url, init) => viaRuntime(method, url, init, (given) => call(url, given));
  }

  const request = client.request as unknown as (
    method: string,
    url: string,
    init?: PerCall,
  ) => unknown;
  (client as unknown as { request: typeof request }).request = (method, url, init) =>
    viaRuntime(method, url, init, (given) => request(method, url, given));
  return Object.assign(client, {
    hasCredentials: context.auth.security.send !== undefined,
    withOptions: (overrides: RequestOptions) => {
      checkOptions(context.vendor, overrides);
      const { retry } = overrides;
      return buildClient(
        context,
        openapiOptions,
        {
          ...settings,
          ...overrides,
          retry: retry === undefined ? settings.retry : retry && { ...settings.retry, ...retry },
        },
        prepare,
        textAnswers,
      );
    },
  }) as unknown as VendorClient<Paths, boolean>;
}

/** Vendor headers: each one's option, else its environment variable, else `headers`, else its default. */
function vendorHeaders(
  { vendor, headers: declared }: VendorDescriptor,
  options: RuntimeOptions,
  setting: (option: string, env?: string) => string | undefined,
): Headers {
  let name = "headers";
  try {
    const headers = new Headers(options.headers);
    for (const { header, option, env, default: fallback } of declared) {
      name = option;
      const value = setting(option, env) || (headers.has(header) ? undefined : fallback);
      if (value) headers.set(header, value);
    }
    return headers;
  } catch {
    // Headers' own message repeats the value, which may be a secret
    throw new PatchbayError(
      `${vendor}: the ${name} option holds a name or value a header cannot carry (a line break, a control character or a non-ASCII character)`,
      { vendor, option: name },
    );
  }
}
