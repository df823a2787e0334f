export interface RetryOptions {
  /** Retries after the first attempt. Default 2. */
  maxRetries?: number;
  /** Backoff before the first retry; doubles for each later one, with jitter. Default 500. */
  baseDelayMs?: number;
  /** Longest backoff wait. Default 8000. */
  maxDelayMs?: number;
  /**
   * Longest server-requested wait (`Retry-After`, `retry-after-ms`) that is slept. A longer one
   * is not waited for: the answer is returned at once. Default 60000.
   */
  maxRetryAfterMs?: number;
}

/** Statuses worth repeating: 408, 429 and 5xx except 501. */
export const isRetryableStatus = (status: number): boolean =>
  status === 408 || status === 429 || (status > 499 && status !== 501);

/**
 * Whether another attempt may follow. 429 and 503 say the server did not act, so any method may
 * repeat; other failures (`status` undefined: network error or timeout) only where a repeat
 * cannot create a second resource.
 */
export const shouldRetry = (status: number | undefined, idempotent: boolean): boolean =>
  status === 429 || status === 503 || (idempotent && !(status && !isRetryableStatus(status)));

/** Exponential backoff for the n-th retry (1-based), capped, less up to 25 % jitter. */
export const backoffMs = (retry: number, options: RetryOptions): number =>
  Math.round(
    Math.min((options.baseDelayMs ?? 500) * 2 ** (retry - 1), options.maxDelayMs ?? 8000) *
      (1 - Math.random() / 4),
  );

/** Resolves after `ms`, or rejects with the abort reason as soon as `signal` aborts. */
export const sleep = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    const abort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.aborted ? abort() : signal.addEventListener("abort", abort, { once: true });
  });
