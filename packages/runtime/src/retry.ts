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
