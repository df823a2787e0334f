import type { Client, FetchResponse, MaybeOptionalInit } from "openapi-fetch";

type HttpMethod = "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";

type PathsWith<Paths, Method extends HttpMethod> = {
  [Path in keyof Paths]: Paths[Path] extends { [K in Method]: unknown } ? Path : never;
}[keyof Paths];

/** openapi-fetch's `{ params, body, headers, … }` for one operation. */
export type InitOf<Paths, Path extends keyof Paths, Method extends HttpMethod> =
  Paths[Path] extends Record<Method, unknown> ? MaybeOptionalInit<Paths[Path], Method> : never;

type OperationOf<Paths, Path extends keyof Paths, Method extends HttpMethod> =
  Paths[Path] extends Record<Method, infer Operation extends Record<string | number, unknown>>
    ? Operation
    : never;

type InitParam<Init> = undefined extends Init ? [init?: Init] : [init: Init];

/** The success branch of openapi-fetch's result union (its `error` is absent). */
type Success<Response> = Response extends { error?: infer Error }
  ? [Error] extends [undefined]
    ? Response
    : never
  : never;

type Result<
  Operation extends Record<string | number, unknown>,
  Init,
  Throws extends boolean,
> = Throws extends true
  ? Success<FetchResponse<Operation, Init, `${string}/${string}`>>
  : FetchResponse<Operation, Init, `${string}/${string}`>;

/**
 * openapi-fetch infers `init` as its own type parameter, so an unknown body field slips through
 * (openapi-typescript#1769). Here `init` is the operation's declared type, so object literals get
 * TypeScript's excess-property check: a misspelt optional field is a compile error. With `Throws`
 * (`throwOnError: true`) a non-2xx answer throws, so the result is the success branch: `data` is
 * not optional.
 */
export type StrictMethod<Paths, Method extends HttpMethod, Throws extends boolean = false> = <
  Path extends PathsWith<Paths, Method>,
>(
  url: Path,
  ...init: InitParam<InitOf<Paths, Path, Method>>
) => Promise<Result<OperationOf<Paths, Path, Method>, InitOf<Paths, Path, Method>, Throws>>;

/** openapi-fetch's client with strictly checked `GET`, `POST`, … methods. */
export type StrictClient<Paths extends {}, Throws extends boolean = false> = Omit<
  Client<Paths>,
  "GET" | "PUT" | "POST" | "DELETE" | "OPTIONS" | "HEAD" | "PATCH" | "TRACE"
> & {
  GET: StrictMethod<Paths, "get", Throws>;
  PUT: StrictMethod<Paths, "put", Throws>;
  POST: StrictMethod<Paths, "post", Throws>;
  DELETE: StrictMethod<Paths, "delete", Throws>;
  OPTIONS: StrictMethod<Paths, "options", Throws>;
  HEAD: StrictMethod<Paths, "head", Throws>;
  PATCH: StrictMethod<Paths, "patch", Throws>;
  TRACE: StrictMethod<Paths, "trace", Throws>;
};
