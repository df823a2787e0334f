import { redact } from "./redact.js";

/** Console-compatible; every method is optional. */
export interface Logger {
  debug?(message: string, fields?: object): void;
  info?(message: string, fields?: object): void;
  warn?(message: string, fields?: object): void;
}

export type LogLevel = "debug" | "info" | "warn";

const levels = ["debug", "info", "warn"];

/**
 * A redacting log function writing `level` (debug | info | warn | off) and above. Without a
 * level, a given `logger` gets everything and no logger means silence; with a level and no
 * logger, lines go to the console.
 */
export function createLog(logger: Logger | undefined, level: string | undefined) {
  const lowest = levels.indexOf(level?.toLowerCase() ?? (logger ? "debug" : ""));
  return (at: LogLevel, message: string): void => {
    if (lowest >= 0 && levels.indexOf(at) >= lowest) (logger ?? console)[at]?.(redact(message));
  };
}
