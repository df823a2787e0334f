// The Node entry's default transport: node:http (nodeTransport) on plain Node.js; the global
// fetch wherever that is what a user or a test changed or chose: a stubbed fetch, a global
// dispatcher set with undici's setGlobalDispatcher, a proxy from the environment, Bun, Deno,
// browsers and workers.

import { afterEach, describe, expect, it, vi } from "vitest";
import { createVendorClient as createOnMain } from "../src/index.js";
import { createVendorClient } from "../src/index-node.js";
import {
  defaultTransportKind,
  envProxyHonoured,
  isNodeJs,
  isNodesFetch,
  nodesOwnDispatcher,
} from "../src/node-default.js";
import { descriptor, type paths, type TestvendorOptions } from "./fixtures.js";
import { type Handler, reply, startServer, type TestServer } from "./server.js";

let server: TestServer | undefined;
afterEach(async () => {
  vi.unstubAllGlobals();
  await server?.close();
});
const ok: Handler = (res) => reply(res, 200, { ok: true });
const clientOf = async (create = createVendorClient, options: TestvendorOptions = {}) => {
  server = await startServer(ok);
  const given: TestvendorOptions = { baseUrl: server.url, apiKey: "sk_test", ...options };
  return create<paths>(descriptor, given);
};
/** Whether the server's first request came from Node's fetch (undici sends Sec-Fetch-Mode). */
const sentByFetch = () => server?.received[0]?.headers["sec-fetch-mode"] !== undefined;

describe("the Node entry's default transport", () => {
  it("on plain Node.js, a client without a fetch option sends through node:http", async () => {
    expect(defaultTransportKind()).toBe("nodeTransport");
    const client = await clientOf();
    const { data } = await client.GET("/connections");
    expect(data).toEqual({ ok: true });
    expect(sentByFetch()).toBe(false);
    expect(server?.received[0]?.headers["accept-encoding"]).toBe("gzip, deflate, br");
    expect(server?.received[0]?.headers.authorization).toBe("Bearer sk_test");
  });

  it("the main entry (browsers, workers, bundlers for them) keeps the global fetch", async () => {
    const client = await clientOf(createOnMain);
    await client.GET("/connections");
    expect(sentByFetch()).toBe(true);
  });

  it("a fetch option is used as given", async () => {
    const given = vi.fn(async () => Response.json({ given: true }));
    const client = await clientOf(createVendorClient, { fetch: given });
    const { data } = await client.GET("/connections");
    expect(data).toEqual({ given: true });
    expect(given).toHaveBeenCalledTimes(1);
  });

  it("a global fetch stubbed after the client was made is called, and no longer once unstubbed", async () => {
    const client = await clientOf();
    const stub = vi.fn(async () => Response.json({ stubbed: true }));
    vi.stubGlobal("fetch", stub);
    expect(defaultTransportKind()).toBe("fetch");
    const { data } = await client.GET("/connections");
    expect(data).toEqual({ stubbed: true });
    expect(stub).toHaveBeenCalledTimes(1);
    expect(String(stub.mock.calls[0]?.[0 as never])).toBe(`${server?.url}/connections`);
    vi.unstubAllGlobals();
    await client.GET("/connections");
    expect(server?.attempts).toBe(1);
    expect(sentByFetch()).toBe(false);
  });

  it("a global fetch replaced by assignment (a polyfill, an interceptor) is called", async () => {
    const client = await clientOf();
    const original = globalThis.fetch;
    const patched = vi.fn((input: RequestInfo | URL, init?: RequestInit) => original(input, init));
    globalThis.fetch = patched as typeof fetch;
    try {
      await client.GET("/connections");
    } finally {
      globalThis.fetch = original;
    }
    expect(patched).toHaveBeenCalledTimes(1);
    expect(sentByFetch()).toBe(true);
  });

  it("with a global dispatcher set (undici's setGlobalDispatcher), Node's fetch and that dispatcher send", async () => {
    const client = await clientOf();
    new Headers(); // Node's fetch loaded: its own Agent is the global dispatcher
    const keys = [Symbol.for("undici.globalDispatcher.1"), Symbol.for("undici.globalDispatcher.2")];
    const g = globalThis as unknown as Record<symbol, unknown>;
    const own = g[keys[0] as symbol] as { dispatch(...args: unknown[]): boolean };
    expect(nodesOwnDispatcher()).toBe(true);
    const saved = keys.map((key) => g[key]);
    const dispatched: unknown[] = [];
    // as setGlobalDispatcher(new ProxyAgent(...)) would, delegating to Node's own to reach the server
    const dispatcher = {
      dispatch: (options: unknown, handler: unknown) => {
        dispatched.push(options);
        return own.dispatch(options, handler);
      },
    };
    for (const key of keys) if (key in g) g[key] = dispatcher;
    try {
      expect(defaultTransportKind()).toBe("fetch");
      const { data } = await client.GET("/connections");
      expect(data).toEqual({ ok: true });
    } finally {
      keys.forEach((key, at) => {
        if (key in g) g[key] = saved[at];
      });
    }
    expect(dispatched).toHaveLength(1);
    expect(sentByFetch()).toBe(true);
    expect(defaultTransportKind()).toBe("nodeTransport");
  });
});

describe("how the default is decided", () => {
  const node = { process: { versions: { node: "20.20.2" } } };

  it("Node.js is Node.js; Bun, Deno, browsers, workers and workerd are not", () => {
    expect(isNodeJs()).toBe(true);
    expect(isNodeJs(node)).toBe(true);
    expect(isNodeJs({ ...node, navigator: { userAgent: "Node.js/22" } })).toBe(true);
    expect(isNodeJs({ process: { versions: { node: "24.3.0", bun: "1.2.0" } } })).toBe(false);
    expect(isNodeJs({ ...node, Deno: {} })).toBe(false);
    expect(isNodeJs({ ...node, window: {}, document: {} })).toBe(false);
    expect(isNodeJs({ navigator: { userAgent: "Mozilla/5.0" } })).toBe(false);
    expect(isNodeJs({ ...node, importScripts: () => {} })).toBe(false);
    expect(isNodeJs({ ...node, navigator: { userAgent: "Cloudflare-Workers" } })).toBe(false);
    expect(isNodeJs({})).toBe(false);
  });

  it("Node's own fetch is recognised; a stub or a wrapper of it is not", () => {
    expect(isNodesFetch(globalThis.fetch)).toBe(true);
    const fetch = globalThis.fetch;
    expect(isNodesFetch((input: RequestInfo) => fetch(input))).toBe(false);
    expect(isNodesFetch(vi.fn())).toBe(false);
    expect(isNodesFetch(undefined)).toBe(false);
  });

  it("a dispatcher of any other origin than Node's bundled undici is the user's", () => {
    const key = Symbol.for("undici.globalDispatcher.1");
    expect(nodesOwnDispatcher({})).toBe(true);
    // named Agent, as undici's own (from the undici package): its dispatch is not Node's
    class Agent {
      dispatch(): boolean {
        throw new TypeError("handler must be an object");
      }
    }
    expect(nodesOwnDispatcher({ [key]: new Agent() })).toBe(false);
    expect(nodesOwnDispatcher({ [key]: { dispatch: () => true } })).toBe(false);
    const own = (globalThis as unknown as Record<symbol, unknown>)[key];
    expect(nodesOwnDispatcher({ [key]: own })).toBe(true);
    const other = Symbol.for("undici.globalDispatcher.2");
    expect(nodesOwnDispatcher({ [key]: own, [other]: new Agent() })).toBe(false);
  });

  it("a proxy from the environment counts only where Node is told to honour it", () => {
    const proxy = { HTTPS_PROXY: "http://proxy.internal:3128" };
    expect(envProxyHonoured({ env: proxy })).toBe(false);
    expect(envProxyHonoured({ env: { ...proxy, NODE_USE_ENV_PROXY: "1" } })).toBe(true);
    expect(envProxyHonoured({ env: { ...proxy, NODE_USE_ENV_PROXY: "0" } })).toBe(false);
    expect(envProxyHonoured({ env: proxy, execArgv: ["--use-env-proxy"] })).toBe(true);
    expect(envProxyHonoured({ env: { ...proxy, NODE_OPTIONS: "--use-env-proxy" } })).toBe(true);
    expect(envProxyHonoured({ env: { http_proxy: "http://p:1", NODE_USE_ENV_PROXY: "1" } })).toBe(
      true,
    );
    expect(envProxyHonoured({ env: { NODE_USE_ENV_PROXY: "1", NO_PROXY: "*" } })).toBe(false);
  });
});
