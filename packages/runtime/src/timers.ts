/** The longest delay `setTimeout` takes; a longer one overflows and fires at once. */
const MAX_DELAY = 2_147_483_647;

/** `ms` as a delay `setTimeout` honours: NaN and negatives are 0, past ~24.8 days is ~24.8 days. */
export const clampMs = (ms: number): number => (ms > 0 ? Math.min(ms, MAX_DELAY) : 0);

type Timer = ReturnType<typeof setTimeout> & { unref?(): void };

/** A timer that does not keep the process alive (Node), for waits whose work holds a socket. */
export function weakTimer(callback: () => void, ms: number): Timer {
  const timer = setTimeout(callback, clampMs(ms)) as Timer;
  timer.unref?.();
  return timer;
}

/**
 * The signal of one attempt: aborts after `ms` (then `timedOut()` is true) and as soon as the
 * caller's `signal` aborts, with the caller's reason. It stays linked to the caller's signal after
 * the headers arrive, so aborting also stops the body.
 */
export function attemptSignal(signal: AbortSignal | null | undefined, ms: number) {
  const controller = new AbortController();
  let timedOut = false;
  const timer = weakTimer(() => {
    timedOut = true;
    controller.abort();
  }, ms);
  if (signal?.aborted) controller.abort(signal.reason);
  else signal?.addEventListener("abort", () => controller.abort(signal.reason), { once: true });
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    /** The headers arrived: the time limit no longer applies to this attempt. */
    stop: () => clearTimeout(timer),
  };
}

/** Resolves after `ms`, or at once when `signal` aborts. Keeps the process alive meanwhile. */
export const sleep = (ms: number, signal: AbortSignal | null | undefined): Promise<void> =>
  new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, clampMs(ms));
    signal?.addEventListener("abort", done);
  });
