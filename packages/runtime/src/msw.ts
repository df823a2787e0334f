// `@patchbay/runtime/msw`: MSW 2.x request handlers for a vendor's operations, answering from its
// document. A generated package's `src/msw.ts` calls `createMocks<paths>(SPEC, { baseUrl })` with
// the answers the generator took from the document (its examples, else values synthesized from
// its schemas); `msw` is an optional peer dependency, loaded by this entry only. It imports
// `msw/core/http` rather than `msw`, which would also load the GraphQL and WebSocket handlers.
import type { HttpHandler } from "msw";
import { http } from "msw/core/http";

/** One declared answer of an operation: its media type (none: no body) and its body's index. */
export interface MockAnswerSpec {
  /** The media type it is answered with (the JSON one where the document offers one). */
  type?: string;
  /** Index into `MockData.bodies`; absent: no body. */
  body?: number;
}

/** One operation of the document, as the generator writes it. */
export interface MockOperationSpec {
  /** Lower case: `get`, `post`… */
  method: string;
  /** The document's path template: `/connections/{connection_id}`. */
  path: string;
  /** The status a success answers with (the lowest declared 2xx; 200 where none is declared). */
  success: number;
  /** The declared answers by the document's keys: `"200"`, `"4XX"`, `"default"`. */
  answers: Record<string, MockAnswerSpec>;
}

export interface MockData {
  operations: MockOperationSpec[];
  /** Each default body once (operations share their error bodies). */
  bodies: unknown[];
}

/**
 * What a generated package gives {@link createMocks}: the vendor's name and its operations'
 * answers, as JSON text (parsed on first use, so importing the package's `/msw` entry costs no
 * parsing of a big document's answers) or as data.
 */
export interface MockSpec {
  vendor: string;
  data: string | MockData;
}

// ---- Types: from openapi-typescript's `paths` ----

/** The methods an override is made for. */
export type MockMethod = "GET" | "PUT" | "POST" | "DELETE" | "PATCH" | "HEAD" | "OPTIONS";

type OperationOf<Paths, P, M extends MockMethod> = P extends keyof Paths
  ? Lowercase<M> extends keyof Paths[P]
    ? NonNullable<Paths[P][Lowercase<M>]>
    : never
  : never;

/** The paths of `Paths` that have an operation for method `M`. */
export type MockPaths<Paths, M extends MockMethod> = {
  [P in keyof Paths]: Lowercase<M> extends keyof Paths[P]
    ? [NonNullable<Paths[P][Lowercase<M>]>] extends [never]
      ? never
      : P
    : never;
}[keyof Paths] &
  string;

type ResponsesOf<Operation> = Operation extends { responses: infer R } ? R : never;

type StatusText<S> = S extends number | string ? `${S}` : never;

/** The declared 2xx statuses (as numbers) of an operation. */
export type SuccessStatus<Operation> = {
  [S in keyof ResponsesOf<Operation>]: S extends number
    ? StatusText<S> extends `2${string}`
      ? S
      : never
    : never;
}[keyof ResponsesOf<Operation>];

type HasRangeOrDefault<R> =
  Extract<keyof R, "default" | `${number}XX`> extends never ? false : true;

/** The declared non-2xx statuses of an operation; any number where `default` or a range (`4XX`) is declared. */
export type ErrorStatus<Operation> =
  | {
      [S in keyof ResponsesOf<Operation>]: S extends number
        ? StatusText<S> extends `2${string}`
          ? never
          : S
        : never;
    }[keyof ResponsesOf<Operation>]
  | (HasRangeOrDefault<ResponsesOf<Operation>> extends true ? number : never);

type JsonKey<C> = Extract<keyof C, `${string}json${string}`>;

/** The body of one declared response: its JSON media type's, else its other media types' (or bytes/text). */
type BodyOfResponse<Response> = Response extends { content: infer C }
  ? [JsonKey<C>] extends [never]
    ? C[keyof C] | string | Blob | ArrayBuffer | Uint8Array
    : C[JsonKey<C>]
  : never;

type RangeKeyOf<S> = StatusText<S> extends `${infer D}${string}` ? `${D}XX` : never;

/** The response object that answers status `S` of the operation: its own, its range's, else `default`. */
type ResponseFor<Operation, S> = S extends keyof ResponsesOf<Operation>
  ? ResponsesOf<Operation>[S]
  : RangeKeyOf<S> extends keyof ResponsesOf<Operation>
    ? ResponsesOf<Operation>[RangeKeyOf<S>]
    : "default" extends keyof ResponsesOf<Operation>
      ? ResponsesOf<Operation>["default"]
      : never;

/** The body type of status `S` of an operation. */
export type MockBody<Operation, S> = BodyOfResponse<ResponseFor<Operation, S>>;

type FirstOf<R, Candidates extends readonly number[]> = Candidates extends readonly [
  infer Head extends number,
  ...infer Rest extends readonly number[],
]
  ? Head extends keyof R
    ? Head
    : FirstOf<R, Rest>
  : never;

/** The status a success answers with when none is given: the lowest declared 2xx (200 where none is). */
export type DefaultSuccess<Operation> = [
  FirstOf<ResponsesOf<Operation>, [200, 201, 202, 203, 204, 205, 206, 207, 208, 226]>,
] extends [never]
  ? 200
  : FirstOf<ResponsesOf<Operation>, [200, 201, 202, 203, 204, 205, 206, 207, 208, 226]>;

type Headers_ = Record<string, string>;

/** A success: a declared 2xx status (default: the lowest) with a body of its schema's type. */
export type SuccessAnswer<Operation> =
  | {
      status?: undefined;
      body?: MockBody<Operation, DefaultSuccess<Operation>>;
      headers?: Headers_;
    }
  | {
      [S in SuccessStatus<Operation>]: {
        status: S;
        body?: MockBody<Operation, S>;
        headers?: Headers_;
      };
    }[SuccessStatus<Operation>];

/** A documented error answer: a declared non-2xx status, its body defaulting to the document's. */
export type ErrorAnswer<Operation> = {
  [S in ErrorStatus<Operation>]: { error: S; body?: MockBody<Operation, S>; headers?: Headers_ };
}[ErrorStatus<Operation>];

/** A 429 with a `Retry-After` header (seconds, or an HTTP date); the body: the 429's documented one. */
export interface RateLimitedAnswer<Operation> {
  rateLimited: { retryAfter: number | string };
  body?: MockBody<Operation, 429>;
  headers?: Headers_;
}

/** What an override answers with. */
export type Answer<Operation> =
  | SuccessAnswer<Operation>
  | ErrorAnswer<Operation>
  | RateLimitedAnswer<Operation>;

/** The names of a path template's parameters: `"/a/{id}/b/{name}.json"` → `"id" | "name"`. */
export type PathParamNames<Path extends string> =
  Path extends `${string}{${infer Name}}${infer Rest}` ? Name | PathParamNames<Rest> : never;

/** A path's parameters by name (any names where the template has none). */
export type PathParamsOf<Path extends string> = [PathParamNames<Path>] extends [never]
  ? Record<string, string>
  : Record<PathParamNames<Path>, string>;

/** What a resolver is given. */
export interface AnswerInfo<Params extends Record<string, string> = Record<string, string>> {
  request: Request;
  /** The path parameters, by the document's names, decoded. */
  params: Params;
}

/** An answer, or a function of the request that returns one. */
export type AnswerOrResolver<
  Operation,
  Params extends Record<string, string> = Record<string, string>,
> =
  | Answer<Operation>
  | ((info: AnswerInfo<Params>) => Answer<Operation> | Promise<Answer<Operation>>);

export interface HandlerOptions {
  /** The base URL to match instead of the vendor's (`http://localhost:4010`, `https://eu.api.example.com/v1`). */
  baseUrl?: string;
  /** Answer one request only (MSW's `once`). */
  once?: boolean;
}

type Override<Paths, M extends MockMethod> = <P extends MockPaths<Paths, M>>(
  path: P,
  answer?: AnswerOrResolver<OperationOf<Paths, P, M>, PathParamsOf<P>>,
  options?: HandlerOptions,
) => HttpHandler;

/** The mocks of one vendor's document. */
export interface VendorMocks<Paths> {
  /** The vendor's name. */
  readonly vendor: string;
  /** One handler per operation of the document, each answering its default success. */
  handlers(options?: { baseUrl?: string }): HttpHandler[];
  GET: Override<Paths, "GET">;
  PUT: Override<Paths, "PUT">;
  POST: Override<Paths, "POST">;
  DELETE: Override<Paths, "DELETE">;
  PATCH: Override<Paths, "PATCH">;
  HEAD: Override<Paths, "HEAD">;
  OPTIONS: Override<Paths, "OPTIONS">;
  /**
   * A fresh deep copy of the body the operation answers status `status` with by default (the
   * document's example, else one synthesized from its schema): `undefined` where it has none.
   */
  answerOf<
    M extends MockMethod,
    P extends MockPaths<Paths, M>,
    S extends number = DefaultSuccess<OperationOf<Paths, P, M>>,
  >(method: M, path: P, status?: S): MockBody<OperationOf<Paths, P, M>, S>;
}

// ---- Runtime ----

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"] as const;
type LowerMethod = (typeof METHODS)[number];

interface Route {
  operation: MockOperationSpec;
  segments: Segment[];
}
/** A path segment: literal text, or a template (`{id}`, `{name}.json`) with its parameter names. */
type Segment = { literal: string } | { parts: string[]; names: string[] };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** The text a URL's path holds for a literal of the document's template (`a b` → `a%20b`). */
function encodedLiteral(text: string): string {
  try {
    return new URL(`http://x/${text}`).pathname.slice(1);
  } catch {
    return text;
  }
}

function segmentsOf(path: string): Segment[] {
  return path
    .split("/")
    .slice(1)
    .map((segment) => {
      if (!segment.includes("{")) return { literal: encodedLiteral(segment) };
      const parts = segment.split(/\{([^}]*)\}/);
      return {
        parts: parts.map((part, index) => (index % 2 === 0 ? encodedLiteral(part) : part)),
        names: parts.filter((_, index) => index % 2 === 1),
      };
    });
}

/** The regular expression text of a path's segments; `capture`: a group per parameter. */
function patternOf(segments: Segment[], capture: boolean): string {
  const group = capture ? "([^/]+?)" : "(?:[^/]+?)";
  return segments
    .map((segment) =>
      "literal" in segment
        ? `/${escapeRegExp(segment.literal)}`
        : `/${segment.parts.map((part, index) => (index % 2 === 0 ? escapeRegExp(part) : group)).join("")}`,
    )
    .join("");
}

/** Whether some URL path could match both templates. */
function overlap(a: Segment[], b: Segment[]): boolean {
  return (
    a.length === b.length &&
    a.every((segment, index) => {
      const other = b[index] as Segment;
      return !("literal" in segment && "literal" in other) || segment.literal === other.literal;
    })
  );
}

/** Whether `a` wins over `b` where both match: the first segment where they differ is literal in `a`. */
function moreSpecific(a: Segment[], b: Segment[]): boolean {
  for (let index = 0; index < a.length; index++) {
    const left = a[index] as Segment;
    const right = b[index] as Segment;
    const leftLiteral = "literal" in left;
    const rightLiteral = "literal" in right;
    if (leftLiteral && !rightLiteral) return true;
    if (!leftLiteral && rightLiteral) return false;
    if (!leftLiteral && !rightLiteral) {
      // `{id}.json` is more specific than `{id}`
      const leftFixed = left.parts.join("").length;
      const rightFixed = right.parts.join("").length;
      if (leftFixed !== rightFixed) return leftFixed > rightFixed;
    }
  }
  return false;
}

/** The origin-and-path regular expression text of a base URL (`null`: any http(s) origin). */
function basePatternOf(vendor: string, baseUrl: string | null | undefined): string {
  if (baseUrl === null || baseUrl === undefined || baseUrl === "") return "https?://[^/]+";
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new TypeError(
      `${vendor} mocks: baseUrl ${JSON.stringify(baseUrl)} is not an absolute URL`,
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new TypeError(
      `${vendor} mocks: baseUrl ${JSON.stringify(baseUrl)} is not an http(s) URL`,
    );
  return escapeRegExp(`${url.origin}${url.pathname.replace(/\/+$/, "")}`);
}

const isJsonType = (type: string | undefined) =>
  type === undefined || /^application\/(?:[\w.+-]*\+)?json\b/i.test(type);

const NO_BODY_STATUSES = new Set([101, 204, 205, 304]);

function copyOf<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** A form's fields: scalars as text, anything else as its JSON text. */
function formFields(body: unknown): [string, string][] {
  if (body === null || typeof body !== "object") return [];
  return Object.entries(body as Record<string, unknown>).flatMap(([name, value]) => {
    if (value === undefined) return [];
    const values = Array.isArray(value) ? value : [value];
    return values.map((item): [string, string] => [
      name,
      item !== null && typeof item === "object" ? JSON.stringify(item) : String(item ?? ""),
    ]);
  });
}

/** The body a Response is made with, and the Content-Type it is sent with (none: fetch's own). */
function encodeBody(
  body: unknown,
  type: string | undefined,
): { body: BodyInit | null; type: string | undefined } {
  if (body === undefined) return { body: null, type: undefined };
  if (
    typeof body === "string" ||
    body instanceof Blob ||
    body instanceof ArrayBuffer ||
    body instanceof Uint8Array ||
    body instanceof ReadableStream ||
    body instanceof FormData ||
    body instanceof URLSearchParams
  ) {
    // a JSON answer given as text is sent as given
    const asIs = body instanceof FormData || body instanceof URLSearchParams ? undefined : type;
    return {
      body: body as BodyInit,
      type: asIs ?? (typeof body === "string" && !type ? "text/plain" : type),
    };
  }
  const media = type?.split(";")[0]?.trim().toLowerCase();
  if (media === "application/x-www-form-urlencoded")
    return { body: new URLSearchParams(formFields(body)).toString(), type };
  if (media === "multipart/form-data") {
    const form = new FormData();
    for (const [name, value] of formFields(body)) form.append(name, value);
    return { body: form, type: undefined };
  }
  if (isJsonType(type)) return { body: JSON.stringify(body), type: type ?? "application/json" };
  // text, bytes or another media type the document gave a non-string value for: its text
  return { body: typeof body === "object" ? JSON.stringify(body) : String(body), type };
}

/**
 * The mocks of a vendor's document: `handlers()` for every operation, and typed overrides per
 * method. `baseUrl`: the vendor's default base URL (`null` or `""`: match any origin).
 */
export function createMocks<Paths>(
  spec: MockSpec,
  options: { baseUrl: string | null },
): VendorMocks<Paths> {
  const vendor = spec.vendor;
  let data: MockData | undefined;
  let routes: Map<string, Route> | undefined;
  let byMethod: Map<string, Route[]> | undefined;
  const load = (): MockData => {
    data ??= typeof spec.data === "string" ? (JSON.parse(spec.data) as MockData) : spec.data;
    return data;
  };
  const routeMap = (): Map<string, Route> => {
    if (routes) return routes;
    routes = new Map();
    byMethod = new Map();
    for (const operation of load().operations) {
      const route = { operation, segments: segmentsOf(operation.path) };
      routes.set(`${operation.method.toUpperCase()} ${operation.path}`, route);
      const list = byMethod.get(operation.method) ?? [];
      list.push(route);
      byMethod.set(operation.method, list);
    }
    return routes;
  };

  const routeOf = (method: unknown, path: unknown): Route => {
    if (
      typeof method !== "string" ||
      !(METHODS as readonly string[]).includes(method.toLowerCase())
    )
      throw new TypeError(
        `${vendor} mocks: ${JSON.stringify(method)} is not a method an answer can be mocked for (${METHODS.map((m) => m.toUpperCase()).join(", ")})`,
      );
    const route = routeMap().get(`${method.toUpperCase()} ${String(path)}`);
    if (!route) {
      const paths = (byMethod?.get(method.toLowerCase()) ?? []).map((r) => r.operation.path);
      const hint =
        paths.length === 0
          ? `it has no ${method.toUpperCase()} operation`
          : `its ${method.toUpperCase()} paths: ${paths.slice(0, 10).join(", ")}${paths.length > 10 ? `, … (${paths.length})` : ""}`;
      throw new TypeError(
        `${vendor} mocks: the document has no ${method.toUpperCase()} ${JSON.stringify(path)} (${hint})`,
      );
    }
    return route;
  };

  /** The declared answer of status `status`: its own, its range's (`4XX`), else `default`. */
  const declared = (operation: MockOperationSpec, status: number) =>
    operation.answers[String(status)] ??
    operation.answers[`${String(status)[0]}XX`] ??
    operation.answers.default;

  const defaultBody = (operation: MockOperationSpec, status: number): unknown => {
    const answer = declared(operation, status);
    return answer?.body === undefined ? undefined : copyOf(load().bodies[answer.body]);
  };

  /** The answer's status and headers, checked: a `TypeError` naming what is wrong. */
  const statusOf = (route: Route, answer: unknown): { status: number; headers: Headers } => {
    const given = (answer ?? {}) as Record<string, unknown>;
    if (typeof given !== "object" || given === null)
      throw new TypeError(
        `${vendor} mocks: ${label(route)}: an answer is an object, got ${typeof answer}`,
      );
    const headers = new Headers();
    if ("rateLimited" in given) {
      const retryAfter = (given.rateLimited as { retryAfter?: unknown } | undefined)?.retryAfter;
      if (typeof retryAfter !== "number" && typeof retryAfter !== "string")
        throw new TypeError(
          `${vendor} mocks: ${label(route)}: rateLimited needs retryAfter (seconds, or an HTTP date)`,
        );
      headers.set("Retry-After", String(retryAfter));
      return { status: 429, headers };
    }
    if ("error" in given) {
      const status = checkedStatus(route, given.error, "error");
      if (status >= 200 && status < 300)
        throw new TypeError(
          `${vendor} mocks: ${label(route)}: error ${status} is a success; use status`,
        );
      return { status, headers };
    }
    const status =
      given.status === undefined
        ? route.operation.success
        : checkedStatus(route, given.status, "status");
    return { status, headers };
  };

  const respond = (route: Route, answer: unknown, method: string): Response => {
    const operation = route.operation;
    const { status, headers } = statusOf(route, answer);
    const given = (answer ?? {}) as Record<string, unknown>;
    const body =
      "body" in given && given.body !== undefined ? given.body : defaultBody(operation, status);
    const type = declared(operation, status)?.type;
    const encoded = NO_BODY_STATUSES.has(status)
      ? { body: null, type: undefined }
      : encodeBody(body, type);
    if (encoded.type) headers.set("Content-Type", encoded.type);
    for (const [name, value] of Object.entries((given.headers ?? {}) as Record<string, string>))
      headers.set(name, String(value));
    // a HEAD answer has the headers of its GET, no body
    return new Response(method === "HEAD" ? null : encoded.body, { status, headers });
  };

  const label = (route: Route) => `${route.operation.method.toUpperCase()} ${route.operation.path}`;

  const checkedStatus = (route: Route, value: unknown, field: string): number => {
    if (typeof value !== "number" || !Number.isInteger(value) || value < 200 || value > 599)
      throw new TypeError(
        `${vendor} mocks: ${label(route)}: ${field} must be an HTTP status from 200 to 599, got ${JSON.stringify(value)}`,
      );
    return value;
  };

  /** The URL expression of a route: its base, its template, and no more specific template of its method. */
  const urlPattern = (route: Route, baseUrl: string | null | undefined): RegExp => {
    const others = (byMethod?.get(route.operation.method) ?? []).filter(
      (other) =>
        other !== route &&
        overlap(other.segments, route.segments) &&
        moreSpecific(other.segments, route.segments),
    );
    const excluded =
      others.length > 0
        ? `(?!(?:${others.map((other) => patternOf(other.segments, false)).join("|")})/?$)`
        : "";
    return new RegExp(
      `^${basePatternOf(vendor, baseUrl)}${excluded}${patternOf(route.segments, true)}/?$`,
    );
  };

  const handlerOf = (
    route: Route,
    answer: unknown,
    handlerOptions: HandlerOptions | undefined,
  ): HttpHandler => {
    const pattern = urlPattern(
      route,
      handlerOptions?.baseUrl !== undefined ? handlerOptions.baseUrl : options.baseUrl,
    );
    const names = route.segments.flatMap((segment) => ("names" in segment ? segment.names : []));
    const method = route.operation.method as LowerMethod;
    // a static answer is checked now, where the override is written (its body is sent as given)
    if (typeof answer !== "function" && answer !== undefined) statusOf(route, answer);
    return http[method](
      pattern,
      async ({ request }) => {
        const url = new URL(request.url);
        const match = pattern.exec(`${url.origin}${url.pathname}`);
        const params: Record<string, string> = {};
        names.forEach((name, index) => {
          const value = match?.[index + 1];
          if (value !== undefined) params[name] = safeDecode(value);
        });
        const given =
          typeof answer === "function"
            ? await (answer as (info: AnswerInfo) => unknown)({ request, params })
            : answer;
        return respond(route, given, request.method);
      },
      handlerOptions?.once ? { once: true } : undefined,
    );
  };

  const override =
    (method: MockMethod) =>
    (path: string, answer?: unknown, handlerOptions?: HandlerOptions): HttpHandler =>
      handlerOf(routeOf(method, path), answer, handlerOptions);

  return {
    vendor,
    handlers(handlerOptions) {
      routeMap();
      const base = handlerOptions?.baseUrl;
      return [...(routes as Map<string, Route>).values()]
        .filter((route) => (METHODS as readonly string[]).includes(route.operation.method))
        .map((route) =>
          handlerOf(route, undefined, base !== undefined ? { baseUrl: base } : undefined),
        );
    },
    GET: override("GET"),
    PUT: override("PUT"),
    POST: override("POST"),
    DELETE: override("DELETE"),
    PATCH: override("PATCH"),
    HEAD: override("HEAD"),
    OPTIONS: override("OPTIONS"),
    answerOf(method, path, status) {
      const route = routeOf(method, path);
      const code =
        status === undefined ? route.operation.success : checkedStatus(route, status, "status");
      return defaultBody(route.operation, code) as never;
    },
  } as VendorMocks<Paths>;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export type { HttpHandler };
