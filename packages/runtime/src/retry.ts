import { clampMs } from "./timers.js";

export interface RetryOptions {
  /** Retries after the first attempt. Default 2. */
  maxRetries?: number;
  /** Backoff before the first retry; doubles for each later one, with jitter. Default 500. */
  baseDelayMs?: number;
  /** Longest backoff wait. Default 8000. */
  maxDelayMs?: number;
  /**
   * Longest server-requested wait (`Retry-After`, `retry-after-ms`) that is slept. A longer one
   * is not waited for: the answer is returned at once. Default 60000; `Infinity` waits for any.
   */
  maxRetryAfterMs?: number;
}

/** Statuses worth repeating: 408, 429 and 5xx except 501. */
export const isRetryableStatus = (status: number): boolean =>
  status === 408 || status === 429 || (status > 499 && status !== 501);

/** What an attempt ended with, as far as the retry decision is concerned. */
export interface AttemptOutcome {
  /** 1 for the first attempt. */
  attempt: number;
  maxRetries: number;
  /** The answer's status; `undefined` for a network error or a timeout. */
  status: number | undefined;
  /** Whether repeating the request cannot create a second resource (method or idempotency key). */
  idempotent: boolean;
}

/**
 * Whether to send the request again. 429 and 503 say the server did not act, so any method may
 * repeat; other failures (408, 5xx but 501, no answer at all) only when the request is idempotent.
 */
export const shouldRetry = ({ attempt, maxRetries, status, idempotent }: AttemptOutcome): boolean =>
  attempt <= maxRetries &&
  (status === 429 ||
    status === 503 ||
    (idempotent && (status === undefined || isRetryableStatus(status))));

/**
 * How long to wait before attempt `attempt + 1`: the server's wait (`serverWaitMs`), else
 * exponential backoff capped at `maxDelayMs`, less up to 25 % jitter (`random` in [0, 1)).
 * `undefined` when the wait exceeds `maxRetryAfterMs`: then the answer is returned instead.
 */
export function retryDelayMs(
  attempt: number,
  serverWaitMs: number | undefined,
  { baseDelayMs = 500, maxDelayMs = 8000, maxRetryAfterMs = 60_000 }: RetryOptions = {},
  random: () => number = Math.random,
): number | undefined {
  const wait =
    serverWaitMs ??
    Math.round(Math.min(baseDelayMs * 2 ** (attempt - 1), maxDelayMs) * (1 - random() / 4));
  return wait > maxRetryAfterMs ? undefined : clampMs(wait);
}
