import { retryAfterMs } from "@patchbay/runtime";
import { vi } from "vitest";

const realSetTimeout = setTimeout;
/** How long a retried case may take in real time before it counts as hung (generous: CI is busy). */
const RETRY_WATCHDOG_MS = 20_000;

/**
 * Runs the runtime's retry sleeps on a fake clock, so a 429's `Retry-After: 12` costs no real
 * time, and records how long the runtime waited before each retry, to the millisecond.
 */
export function retryClock(sent: Headers[]) {
  const asked: number[] = [];
  const waited: number[] = [];
  return {
    /** Called with each answer that should be retried: moves the clock to just before the retry is due, then to it. */
    answered(response: Response) {
      // The runtime's own reading of `retry-after-ms` / `Retry-After`; 0 is its immediate retry.
      const wait = retryAfterMs(response.headers) || undefined;
      const attempt = sent.length;
      // The runtime starts its sleep once this answer reaches it, within the current microtasks.
      setImmediate(() => {
        if (wait === undefined) {
          vi.advanceTimersByTime(1); // no Retry-After: the runtime's own backoff, capped at 1 ms here
          return;
        }
        asked.push(wait);
        vi.advanceTimersByTime(wait - 1);
        setImmediate(() => {
          if (sent.length !== attempt) waited.push(wait - 1);
          else {
            vi.advanceTimersByTime(1);
            waited.push(wait);
          }
        });
      });
    },
    async drive<T>(call: Promise<T>): Promise<T> {
      vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
      let watchdog: ReturnType<typeof setTimeout> | undefined;
      try {
        return await Promise.race([
          call,
          new Promise<never>((_, reject) => {
            watchdog = realSetTimeout(
              () =>
                reject(
                  new Error(`no retry after ${sent.length} attempt(s) and the wait asked for`),
                ),
              RETRY_WATCHDOG_MS,
            );
          }),
        ]);
      } finally {
        vi.useRealTimers();
        clearTimeout(watchdog);
      }
    },
    /** The waits the mock asked for (`Retry-After`) and the ones the runtime kept. */
    asked: () => asked,
    waits: () => waited,
  };
}
