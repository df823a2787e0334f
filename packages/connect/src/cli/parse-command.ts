import { parseArgs } from "node:util";

export interface ConnectCommand {
  kind: "connect";
  vendor: string;
  path: Record<string, string>;
  header: Record<string, string>;
  /** The `--body` argument as given: JSON text or `@file`. */
  body: string | undefined;
  baseUrl: string | undefined;
  json: boolean;
}

export type Command = ConnectCommand | { kind: "help" } | { kind: "version" };

/** A mistake in the command line; the CLI exits 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

function pairs(values: string[] | undefined, flag: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const value of values ?? []) {
    const at = value.indexOf("=");
    if (at < 1) throw new UsageError(`--${flag} expects name=value, got ${JSON.stringify(value)}`);
    result[value.slice(0, at)] = value.slice(at + 1);
  }
  return result;
}

/** `patchbay connect <vendor> [--path name=value]... [--body JSON|@file] [--base-url URL] [--json]`. */
export function parseCommand(argv: string[]): Command {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: "help" };
  if (values.version) return { kind: "version" };
  const [command, vendor, ...extra] = positionals;
  if (command === undefined) throw new UsageError("missing command: patchbay connect <vendor>");
  if (command !== "connect")
    throw new UsageError(`unknown command "${command}"; the command is connect`);
  if (vendor === undefined) throw new UsageError("missing vendor: patchbay connect <vendor>");
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  return {
    kind: "connect",
    vendor,
    path: pairs(values.path, "path"),
    header: pairs(values.header, "header"),
    body: values.body,
    baseUrl: values["base-url"],
    json: values.json ?? false,
  };
}

const parse = (args: string[]) =>
  parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      path: { type: "string", multiple: true },
      header: { type: "string", multiple: true },
      body: { type: "string" },
      "base-url": { type: "string" },
      json: { type: "boolean" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" },
    },
  });
