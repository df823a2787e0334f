// Redirects, followed by the runtime itself (the main and Node builds; a browser's are opaque, so
// its build sends once: `sendOnce` in send.ts).
import { applyCredential, stripCredentials } from "./credentials.js";
import { InsecureTransportError, RedirectRefusedError } from "./errors.js";
import { fetchHop, type HopSender, loopback, redirectError } from "./send.js";

const redirects = new Set([301, 302, 303, 307, 308]);
const bodyHeaders = ["content-type", "content-length", "content-encoding", "content-language"];
const noop = () => {};

/**
 * Sends `hop` and follows redirects itself (`redirect: "manual"`): a 307/308 re-sends the body;
 * a hop to another origin carries no credential (none of the client's schemes, nor the caller's);
 * a hop back to the origin gets `credentials` (those the request was sent with) again; a hop from
 * https to plain http (not loopback) stops with `InsecureTransportError`.
 */
export const followRedirects: HopSender = async (
  client,
  request,
  credentials,
  hop,
  signal,
  transport,
  label,
) => {
  let origin: string | undefined;
  for (let hops = 0; ; hops++) {
    const init: RequestInit = {
      ...hop,
      signal,
      redirect: "manual",
      credentials: request.credentials,
    };
    const response = await fetchHop(hop, init, transport);
    if (request.redirect === "manual") return response;
    // a browser's manual redirect is opaque: no location to check, so it is not followed
    if (response.type === "opaqueredirect") throw redirectError(client, label, "in a browser");
    if (!redirects.has(response.status)) return response;
    const location = response.headers.get("location");
    if (location === null) return response;
    response.body?.cancel().catch(noop);
    if (request.redirect === "error" || hops === 20) {
      throw redirectError(client, label, hops === 20 ? "20 times" : 'against redirect: "error"');
    }
    const next = new URL(location, hop.url);
    const { vendor, redactor } = client;
    const { status } = response;
    if (
      hop.url.startsWith("https:") &&
      next.protocol !== "https:" &&
      !loopback.test(next.hostname)
    ) {
      throw new InsecureTransportError(
        `${vendor}: a redirect from https to ${next.origin} was not followed`,
        { vendor, origin: next.origin },
        redactor,
      );
    }
    const toGet = status === 303 ? hop.method !== "HEAD" : status < 303 && hop.method === "POST";
    // a stream body was read as it was sent: it cannot be sent again
    if (!toGet && hop.body instanceof ReadableStream)
      throw new RedirectRefusedError(
        `${vendor}: a ${status} redirect to ${next.origin} was not followed: the body was a stream, sent once`,
        { vendor, origin: next.origin, status },
        redactor,
      );
    const headers = new Headers(hop.headers);
    if (toGet) for (const name of bodyHeaders) headers.delete(name);
    origin ??= new URL(request.url).origin;
    let url = next.href;
    if (next.origin === origin) {
      for (const credential of credentials) url = applyCredential(credential, url, headers);
    } else {
      // a 307/308 (or a 301/302 of a method other than POST) re-sends the body, which may hold
      // secrets of its own: not to another origin
      // unless the client allows it (the message names the origin only, never the body)
      if (!toGet && hop.body != null && !client.bodyAcrossOrigins) {
        throw new RedirectRefusedError(
          `${vendor}: a ${status} redirect to ${next.origin} was not followed: it would send the body to another origin`,
          { vendor, origin: next.origin, status },
          redactor,
        );
      }
      stripCredentials(client.auth.headers, headers);
    }
    hop = { ...hop, url, headers };
    if (toGet) hop = { ...hop, method: "GET", body: undefined };
  }
};
