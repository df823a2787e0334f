const seconds = /^\s*\d+(\.\d+)?\s*$/;

/**
 * How long a response asks the client to wait, in milliseconds: `retry-after-ms`, else
 * `Retry-After` as delta-seconds or an HTTP-date. Missing, garbage, negative, past and endless
 * (a 400-digit number) values give `undefined`, so the caller falls back to its own backoff.
 */
export function retryAfterMs(headers: Pick<Headers, "get">): number | undefined {
  const ms = headers.get("retry-after-ms") as string;
  // a missing `Retry-After` ("null") matches neither pattern and parses as NaN
  const value = headers.get("retry-after") as string;
  const wait = seconds.test(value) ? +value * 1000 : Date.parse(value) - Date.now();
  // digits past 1e308 read as Infinity, which is no wait at all
  return seconds.test(ms) && +ms < Infinity
    ? +ms
    : wait >= 0 && wait < Infinity
      ? Math.ceil(wait)
      : undefined;
}
