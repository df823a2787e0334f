/** Console-compatible; every method is optional. */
export interface Logger {
  debug?(message: string, fields?: object): void;
  info?(message: string, fields?: object): void;
  warn?(message: string, fields?: object): void;
}

export type LogLevel = "debug" | "info" | "warn";

const rank: Record<string, number> = { debug: 1, info: 2, warn: 3 };

/** Writes a line at a level; `undefined` when nothing would be written, so callers skip the work. */
export type Log = ((level: LogLevel, message: string) => void) | undefined;

/**
 * Logging at `level` and above (`off` or an unknown level: nothing). Without a level, a given
 * `logger` gets everything and no logger means silence; with a level and no logger, lines go to
 * the console. Every line passes through `redact`.
 */
export function createLog(
  level: string | undefined,
  logger: Logger | undefined,
  redact: (text: string) => string,
): Log {
  const lowest = rank[(level || (logger ? "debug" : "")).toLowerCase()];
  if (!lowest) return undefined;
  const sink = logger ?? console;
  return (at, message) => {
    if ((rank[at] as number) >= lowest) sink[at]?.(redact(message));
  };
}
