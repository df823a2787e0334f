/** Console-compatible; every method is optional. */
export interface Logger {
  debug?(message: string, fields?: object): void;
  info?(message: string, fields?: object): void;
  warn?(message: string, fields?: object): void;
}

export type LogLevel = "debug" | "info" | "warn";
