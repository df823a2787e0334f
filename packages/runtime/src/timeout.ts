/**
 * A fresh signal for one attempt: it aborts after `timeoutMs` unless `clear` is called (once
 * the response headers are in), and as soon as the caller's `signal` aborts (also while the
 * body is read).
 */
export function attemptSignal(signal: AbortSignal, timeoutMs: number): [AbortSignal, () => void] {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const forward = () => controller.abort(signal.reason);
  signal.aborted ? forward() : signal.addEventListener("abort", forward);
  return [controller.signal, () => clearTimeout(timer)];
}
