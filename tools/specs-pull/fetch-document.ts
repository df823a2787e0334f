/** Why a vendor's document was not taken; `reason` is one line for the report. */
export class PullRefused extends Error {
  override name = "PullRefused";
  constructor(readonly reason: string) {
    super(reason);
  }
}

export interface FetchDocumentOptions {
  /** Validators remembered from the last pull; sent as If-None-Match / If-Modified-Since. */
  etag?: string | null;
  lastModified?: string | null;
  /** One deadline for the whole exchange: every redirect hop and the body. */
  timeoutMs: number;
  /** The body is streamed and the transfer aborted past this many (decoded) bytes. */
  maxBytes: number;
  maxRedirects: number;
  /** Tests route `https://<vendor>.test` to a loopback server through this; URL checks still apply. */
  fetch?: typeof globalThis.fetch;
}

export type FetchedDocument =
  | { status: "not-modified"; url: string }
  | {
      status: "fetched";
      /** Where the document was finally read from, after redirects. */
      url: string;
      bytes: Buffer;
      /** The answer's Content-Type, which names a new document's extension. */
      contentType: string | null;
      etag: string | null;
      lastModified: string | null;
    };

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * GETs a vendor's published document: https only (every redirect hop too, followed by hand so
 * none can switch scheme), no credentials, one timeout, a byte limit. Throws PullRefused.
 */
export async function fetchDocument(
  source: string,
  options: FetchDocumentOptions,
): Promise<FetchedDocument> {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const signal = AbortSignal.timeout(options.timeoutMs);
  const headers: Record<string, string> = {
    accept: "application/json, application/yaml;q=0.9, text/yaml;q=0.9, */*;q=0.1",
    "user-agent": "patchbay-specs-pull",
  };
  if (options.etag) headers["if-none-match"] = options.etag;
  if (options.lastModified) headers["if-modified-since"] = options.lastModified;

  let url = parseSource(source);
  for (let hops = 0; ; hops++) {
    let response: Response;
    try {
      response = await fetchImpl(url, {
        method: "GET",
        headers,
        redirect: "manual",
        credentials: "omit",
        signal,
      });
    } catch (error) {
      throw networkRefusal(error, signal, options.timeoutMs);
    }
    if (REDIRECT_STATUSES.has(response.status)) {
      await response.body?.cancel().catch(() => {});
      const location = response.headers.get("location");
      if (!location) throw new PullRefused(`answered ${response.status} without a Location`);
      if (hops >= options.maxRedirects)
        throw new PullRefused(`more than ${options.maxRedirects} redirects`);
      url = checkedUrl(redirectTarget(location, url), `redirected to ${location}`);
      continue;
    }
    if (response.status === 304) {
      await response.body?.cancel().catch(() => {});
      if (!options.etag && !options.lastModified)
        throw new PullRefused("answered 304 to a request that was not conditional");
      return { status: "not-modified", url: url.href };
    }
    if (response.status < 200 || response.status > 299) {
      await response.body?.cancel().catch(() => {});
      throw new PullRefused(`answered ${response.status}${statusText(response)}`);
    }
    const bytes = await readLimited(response, options, signal);
    return {
      status: "fetched",
      url: url.href,
      bytes,
      contentType: response.headers.get("content-type"),
      etag: response.headers.get("etag"),
      lastModified: response.headers.get("last-modified"),
    };
  }
}

function parseSource(source: string): URL {
  let url: URL;
  try {
    url = new URL(source);
  } catch {
    throw new PullRefused(`source ${JSON.stringify(source)} is not a URL`);
  }
  return checkedUrl(url, `source ${source}`);
}

function redirectTarget(location: string, base: URL): URL {
  try {
    return new URL(location, base);
  } catch {
    throw new PullRefused(`redirected to ${JSON.stringify(location)}, which is not a URL`);
  }
}

function checkedUrl(url: URL, what: string): URL {
  if (url.protocol !== "https:")
    throw new PullRefused(`${what}: not https (only https:// is fetched)`);
  if (url.username || url.password)
    throw new PullRefused(`${what}: carries credentials in the URL (never sent)`);
  return url;
}

async function readLimited(
  response: Response,
  options: FetchDocumentOptions,
  signal: AbortSignal,
): Promise<Buffer> {
  const limit = options.maxBytes;
  const declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) {
    await response.body?.cancel().catch(() => {});
    throw new PullRefused(`too large: ${declared} bytes declared, the limit is ${limit}`);
  }
  if (!response.body) return Buffer.alloc(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limit) {
        await reader.cancel().catch(() => {});
        throw new PullRefused(`too large: more than ${limit} bytes`);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof PullRefused) throw error;
    throw networkRefusal(error, signal, options.timeoutMs);
  }
  return Buffer.concat(chunks);
}

function networkRefusal(error: unknown, signal: AbortSignal, timeoutMs: number): PullRefused {
  if (signal.aborted) return new PullRefused(`timeout: no complete answer within ${timeoutMs} ms`);
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const detail = cause?.message || cause?.code || (error as Error).message;
  return new PullRefused(`network: ${detail}`);
}

function statusText(response: Response): string {
  return response.statusText ? ` ${response.statusText}` : "";
}
