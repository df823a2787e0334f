import { parseArgs } from "node:util";

/** The commands, each calling one of the vendor's connection operations. */
export const commandNames = ["connect", "complete", "get", "list", "disconnect", "wait"] as const;
export type CommandName = (typeof commandNames)[number];

export interface OperationCommand {
  kind: CommandName;
  vendor: string;
  path: Record<string, string>;
  query: Record<string, string>;
  header: Record<string, string>;
  /** The `--body` argument as given: JSON text or `@file`. */
  body: string | undefined;
  /** `--file field=@path`: each multipart part's field and file path, in the order given. */
  files: [field: string, path: string][];
  baseUrl: string | undefined;
  json: boolean;
  /** `list --max-pages`. */
  maxPages?: number;
  /** `wait --timeout`, in milliseconds. */
  timeoutMs?: number;
  /** `wait --interval`, in milliseconds. */
  intervalMs?: number;
}

/** `patchbay webhook verify <vendor> --secret-env VAR [--header name=value]... [--now SECONDS] [--json] < body`. */
export interface WebhookCommand {
  kind: "webhook";
  vendor: string;
  /** The environment variable holding the endpoint's signing secret (never the secret itself). */
  secretEnv: string | undefined;
  /** The delivery's headers (the signature's), as received. */
  header: Record<string, string>;
  /** The time to judge the signed timestamp against, in ms (default: now). */
  nowMs: number | undefined;
  json: boolean;
}

export type Command = OperationCommand | WebhookCommand | { kind: "help" } | { kind: "version" };

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

/** `--file field=@path`, each as `[field, path]`. */
function files(values: string[] | undefined): [string, string][] {
  return (values ?? []).map((value) => {
    const at = value.indexOf("=@");
    if (at < 1 || at + 2 === value.length)
      throw new UsageError(`--file expects field=@path, got ${JSON.stringify(value)}`);
    return [value.slice(0, at), value.slice(at + 2)];
  });
}

/** `--timeout 1.5` → 1500: a positive number of seconds, in milliseconds. */
function seconds(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (value.trim() === "" || !Number.isFinite(number) || number <= 0) {
    throw new UsageError(
      `--${flag} expects seconds (a positive number), got ${JSON.stringify(value)}`,
    );
  }
  return Math.round(number * 1000);
}

function count(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d*$/.test(value)) {
    throw new UsageError(
      `--${flag} expects a whole number of at least 1, got ${JSON.stringify(value)}`,
    );
  }
  return Number(value);
}

/** Flags that belong to one command only; given to another, they are a usage error. */
const commandFlags = { "max-pages": "list", timeout: "wait", interval: "wait" } as const;

const isCommandName = (name: string): name is CommandName =>
  (commandNames as readonly string[]).includes(name);

/**
 * `patchbay <command> <vendor> [--path name=value]... [--query ...] [--body JSON|@file]
 * [--file field=@path]... [--json]`.
 */
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
  const commands = [...commandNames, "webhook verify"].join(", ");
  if (command === "webhook") return webhookCommand(values, positionals.slice(1));
  if (values["secret-env"] !== undefined || values.now !== undefined)
    throw new UsageError("--secret-env and --now are options of patchbay webhook verify");
  if (command === undefined)
    throw new UsageError(`missing command: patchbay <command> <vendor>; commands: ${commands}`);
  if (!isCommandName(command))
    throw new UsageError(`unknown command "${command}"; the commands are ${commands}`);
  if (vendor === undefined) throw new UsageError(`missing vendor: patchbay ${command} <vendor>`);
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  for (const [flag, owner] of Object.entries(commandFlags)) {
    if (values[flag as keyof typeof commandFlags] !== undefined && owner !== command)
      throw new UsageError(`--${flag} is an option of patchbay ${owner}, not of ${command}`);
  }
  return {
    kind: command,
    vendor,
    path: pairs(values.path, "path"),
    query: pairs(values.query, "query"),
    header: pairs(values.header, "header"),
    body: values.body,
    files: files(values.file),
    baseUrl: values["base-url"],
    json: values.json ?? false,
    maxPages: count(values["max-pages"], "max-pages"),
    timeoutMs: seconds(values.timeout, "timeout"),
    intervalMs: seconds(values.interval, "interval"),
  };
}

function webhookCommand(
  values: ReturnType<typeof parse>["values"],
  [verb, vendor, ...extra]: string[],
): WebhookCommand {
  if (verb !== "verify")
    throw new UsageError(
      `patchbay webhook verify <vendor> --secret-env VAR < body.json (got "webhook ${verb ?? ""}")`,
    );
  if (vendor === undefined)
    throw new UsageError("missing vendor: patchbay webhook verify <vendor>");
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  for (const flag of [
    "path",
    "query",
    "body",
    "base-url",
    "max-pages",
    "timeout",
    "interval",
  ] as const)
    if (values[flag] !== undefined)
      throw new UsageError(`--${flag} is not an option of patchbay webhook verify`);
  const secretEnv = values["secret-env"];
  if (secretEnv !== undefined && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(secretEnv))
    throw new UsageError(
      "--secret-env expects the name of an environment variable (the secret stays out of the command line)",
    );
  const now = values.now;
  if (now !== undefined && !/^\d{1,12}$/.test(now))
    throw new UsageError(`--now expects seconds since 1970, got ${JSON.stringify(now)}`);
  return {
    kind: "webhook",
    vendor,
    secretEnv,
    header: pairs(values.header, "header"),
    nowMs: now === undefined ? undefined : Number(now) * 1000,
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
      query: { type: "string", multiple: true },
      header: { type: "string", multiple: true },
      body: { type: "string" },
      file: { type: "string", multiple: true },
      "base-url": { type: "string" },
      json: { type: "boolean" },
      "max-pages": { type: "string" },
      timeout: { type: "string" },
      interval: { type: "string" },
      "secret-env": { type: "string" },
      now: { type: "string" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" },
    },
  });
