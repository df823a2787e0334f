/** The body openapi-fetch serialized, kept as it is (a string, FormData...) to be sent again. */
export const keptBody = Symbol("patchbay.body");

/**
 * The request `send` receives from openapi-fetch: a record of its fields, with the body
 * openapi-fetch serialized kept under `keptBody`, or a real `Request` (when middleware needs one).
 */
export type Outgoing = Pick<Request, "url" | "method" | "headers" | "redirect"> & {
  signal?: AbortSignal | null;
  credentials?: RequestCredentials;
  body?: ReadableStream | null;
  arrayBuffer?(): Promise<ArrayBuffer>;
  [keptBody]?: unknown;
};

const locationOf = (): string | undefined =>
  (globalThis as { location?: { href?: string } }).location?.href;

/**
 * openapi-fetch's `Request` option. Until `middleware()` says a middleware was registered (it may
 * read or replace the request), what it builds is a record of the fields `send` reads, without
 * the second `Request`, body stream and `AbortSignal` a real one costs (fetch builds its own);
 * its URL is resolved and checked, and a GET or HEAD body refused, as `Request` does.
 */
export function requestClass(middleware: () => boolean): typeof Request {
  return function OutgoingRequest(url: string, init: RequestInit): Outgoing {
    if (middleware()) return new Request(url, init);
    const { method = "GET", headers, body } = init;
    if (body != null && (method === "GET" || method === "HEAD"))
      throw new TypeError(`a ${method} request cannot have a body`);
    let parsed: URL;
    try {
      parsed = new URL(url, locationOf());
    } catch {
      throw new TypeError(`the request URL is not a valid URL: ${url}`);
    }
    return {
      url: parsed.href,
      method,
      headers: headers instanceof Headers ? headers : new Headers(headers),
      redirect: init.redirect ?? "follow",
      credentials: init.credentials,
      signal: init.signal,
      [keptBody]: body,
    };
  } as unknown as typeof Request;
}

/**
 * The body to send: what openapi-fetch serialized, as it is (a stream is sent once, never again),
 * else a real `Request`'s bytes (to be sent again by a redirect or retry).
 */
export async function resendableBody(request: Outgoing): Promise<BodyInit | undefined> {
  const kept = request[keptBody];
  if (kept != null) return kept as BodyInit;
  return request.body && request.arrayBuffer ? request.arrayBuffer() : undefined;
}
