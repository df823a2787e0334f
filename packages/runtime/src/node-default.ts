import { nodeTransport } from "./node-transport.js";

// What the runtime's Node entry (the package's "node" export condition) sends through by default:
// `nodeTransport` where that is what Node's own `fetch` would do anyway, else the global `fetch`.

type Globals = Record<PropertyKey, unknown>;
type ProcessLike = { env: Record<string, string | undefined>; execArgv?: readonly string[] };

/**
 * Whether `globals` is Node.js itself: `process.versions.node`, and neither Bun
 * (`process.versions.bun`), Deno (`Deno`), a browser (`window`, `document`), a worker
 * (`importScripts`, `WorkerGlobalScope`) nor another runtime naming itself in
 * `navigator.userAgent` (workerd's `Cloudflare-Workers`; Node's own is `Node.js/…`).
 */
export function isNodeJs(globals: object = globalThis): boolean {
  const g = globals as Globals & {
    process?: { versions?: Record<string, string | undefined> };
    navigator?: { userAgent?: unknown };
  };
  const versions = g.process?.versions;
  if (typeof versions?.node !== "string" || versions.bun !== undefined) return false;
  if ("Deno" in g || "window" in g || "document" in g) return false;
  if (typeof g.importScripts === "function" || "WorkerGlobalScope" in g) return false;
  const agent = g.navigator?.userAgent;
  return typeof agent !== "string" || agent.startsWith("Node.js");
}

let nodesFetch: unknown;

/**
 * Whether `fetch` is Node's own global `fetch`: its source is Node's lazy loader of its bundled
 * undici (Node 20, 22 and 24). A stub (`vi.stubGlobal`, an assignment), MSW's interception (it
 * replaces `globalThis.fetch` when its server starts) or a polyfill is another function.
 */
export function isNodesFetch(fetch: unknown): boolean {
  if (fetch === nodesFetch) return true;
  if (typeof fetch !== "function") return false;
  if (!Function.prototype.toString.call(fetch).includes("internal/deps/undici/undici"))
    return false;
  nodesFetch = fetch;
  return true;
}

/** Where undici's `setGlobalDispatcher` puts the dispatcher (undici ≥ 7 writes both). */
const dispatcherKeys = [
  Symbol.for("undici.globalDispatcher.1"),
  Symbol.for("undici.globalDispatcher.2"),
] as const;
let judged: unknown;
let judgedNodes = false;

/**
 * Whether Node's `fetch` would send through Node's own default dispatcher: none is set yet, or
 * the one set is the plain `Agent` of Node's bundled undici (its `dispatch` runs from
 * `node:internal/deps/undici`). One set with undici's `setGlobalDispatcher` (a `ProxyAgent`, an
 * `EnvHttpProxyAgent`, a `MockAgent`, an `Agent` with options, anything from the `undici`
 * package) is not; nor Node's own `EnvHttpProxyAgent` (Node 24 with `NODE_USE_ENV_PROXY`).
 */
export function nodesOwnDispatcher(globals: object = globalThis): boolean {
  const g = globals as Globals;
  const [legacy, current] = dispatcherKeys.map((key) => g[key]);
  if (legacy === undefined && current === undefined) return true;
  if (legacy !== undefined && current !== undefined && legacy !== current) return false;
  const dispatcher = legacy ?? current;
  if (dispatcher !== judged) {
    judgedNodes = installedByNode(dispatcher);
    judged = dispatcher;
  }
  return judgedNodes;
}

/**
 * Whether `dispatcher` is an `Agent` of Node's bundled undici. Its `dispatch`, called with no
 * handler, throws before doing anything (undici's first check), from Node's internal module.
 */
function installedByNode(dispatcher: unknown): boolean {
  const agent = dispatcher as { constructor?: { name?: string }; dispatch?: unknown } | null;
  if (typeof agent?.dispatch !== "function" || agent.constructor?.name !== "Agent") return false;
  try {
    (agent.dispatch as () => unknown)();
  } catch (error) {
    const frame = String((error as Error)?.stack ?? "")
      .split("\n")
      .find((line) => line.trimStart().startsWith("at "));
    return frame?.includes("node:internal/deps/undici/") === true;
  }
  return false;
}

/**
 * Whether Node would send its `fetch` through a proxy from the environment: `NODE_USE_ENV_PROXY`
 * set (to anything but `0`) or `--use-env-proxy` (in `execArgv` or `NODE_OPTIONS`), and
 * `HTTP_PROXY` or `HTTPS_PROXY` (either case) set. Node 24 honours these (and 22.21 on); on an
 * older Node the global `fetch` is used all the same (it then proxies nothing either).
 */
export function envProxyHonoured(process: ProcessLike): boolean {
  const { env, execArgv = [] } = process;
  const flag =
    (env.NODE_USE_ENV_PROXY !== undefined &&
      env.NODE_USE_ENV_PROXY !== "" &&
      env.NODE_USE_ENV_PROXY !== "0") ||
    execArgv.includes("--use-env-proxy") ||
    /(^|\s)--use-env-proxy(\s|=|$)/.test(env.NODE_OPTIONS ?? "");
  return (
    flag && ["HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy"].some((name) => env[name])
  );
}

// Node reads its proxy settings once, at startup: so does this.
let proxied: boolean | undefined;
const envProxied = (): boolean => {
  try {
    proxied ??= envProxyHonoured(globalThis.process as ProcessLike);
  } catch {
    proxied = true;
  }
  return proxied;
};

/**
 * Which transport the default takes for a request now: `nodeTransport` where the global `fetch`
 * is still Node's own, no dispatcher was set with undici's `setGlobalDispatcher` and Node takes
 * no proxy from the environment; else the global `fetch`.
 */
export const defaultTransportKind = (): "nodeTransport" | "fetch" =>
  isNodesFetch(globalThis.fetch) && !envProxied() && nodesOwnDispatcher()
    ? "nodeTransport"
    : "fetch";

/**
 * The default transport of the Node entry: per request, `nodeTransport` (one, made on first use)
 * or the global `fetch` as it is at that moment, as `defaultTransportKind` says.
 */
export function nodeDefaultTransport(): typeof fetch {
  let transport: typeof fetch | undefined;
  const chosen = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    if (defaultTransportKind() === "fetch") return globalThis.fetch(input, init);
    transport ??= nodeTransport();
    return transport(input, init);
  };
  // the client calls it with fetch's (url, init) as they are, as it calls the global fetch
  return Object.assign(chosen, { [Symbol.for("patchbay.transport.takesInit")]: true });
}
