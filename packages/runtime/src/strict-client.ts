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

/**
 * openapi-fetch infers `init` as its own type parameter, so an unknown body field slips through
 * (openapi-typescript#1769). Here `init` is the operation's declared type, so object literals get
 * TypeScript's excess-property check: a misspelt optional field is a compile error.
 */
export type StrictMethod<Paths, Method extends HttpMethod> = <
  Path extends PathsWith<Paths, Method>,
>(
  url: Path,
  ...init: InitParam<InitOf<Paths, Path, Method>>
) => Promise<
  FetchResponse<
    OperationOf<Paths, Path, Method>,
    InitOf<Paths, Path, Method>,
    `${string}/${string}`
  >
>;

/** openapi-fetch's client with strictly checked `GET`, `POST`, … methods. */
export type StrictClient<Paths extends {}> = Omit<
  Client<Paths>,
  "GET" | "PUT" | "POST" | "DELETE" | "OPTIONS" | "HEAD" | "PATCH" | "TRACE"
> & {
  GET: StrictMethod<Paths, "get">;
  PUT: StrictMethod<Paths, "put">;
  POST: StrictMethod<Paths, "post">;
  DELETE: StrictMethod<Paths, "delete">;
  OPTIONS: StrictMethod<Paths, "options">;
  HEAD: StrictMethod<Paths, "head">;
  PATCH: StrictMethod<Paths, "patch">;
  TRACE: StrictMethod<Paths, "trace">;
};
