import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { InsecureTransportError, PatchbayError } from "@patchbay/runtime";
import { statusAdvice } from "../advice.js";
import {
  createPatchbay,
  isVendorName,
  vendorDefinitions,
  vendorNames,
} from "../create-patchbay.js";
import { credentialWays, describeWays } from "../credentials.js";
import { ConfigurationError, ConnectError } from "../errors.js";
import type { ConnectInput, ConnectionStart, PatchbayOptions, VendorName } from "../types.js";
import { helpText } from "./help.js";
import { type ConnectCommand, parseCommand, UsageError } from "./parse-command.js";

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: Record<string, string | undefined>;
  version: string;
}

export const exitCodes = { ok: 0, apiError: 1, usage: 2 } as const;

/** The `--body` value: JSON text, or `@file` holding JSON. */
async function readBody(argument: string | undefined, cwd: string): Promise<unknown> {
  if (argument === undefined) return undefined;
  const file = argument.startsWith("@") ? argument.slice(1) : undefined;
  let text = argument;
  if (file !== undefined) {
    try {
      text = await readFile(resolve(cwd, file), "utf8");
    } catch (error) {
      throw new UsageError(
        `--body @${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      );
    }
  }
  const source = file === undefined ? "--body" : `--body @${file}`;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${source} is not valid JSON: ${(error as Error).message}`);
  }
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    throw new UsageError(
      `${source} must be a JSON object, got ${Array.isArray(body) ? "an array" : JSON.stringify(body)}`,
    );
  }
  return body;
}

const lines = (start: ConnectionStart): string =>
  [
    `${start.vendor}: ${start.status}`,
    `authorization URL: ${start.authorizationUrl ?? "-"}`,
    `connection id:     ${start.connectionId ?? "-"}`,
    `expires at:        ${start.expiresAt ?? "-"}`,
  ].join("\n");

async function connect(command: ConnectCommand, io: CliIo): Promise<number> {
  if (!isVendorName(command.vendor)) {
    throw new UsageError(
      `unknown vendor "${command.vendor}"; known vendors: ${vendorNames.join(", ")}`,
    );
  }
  const vendor: VendorName = command.vendor;
  const body = await readBody(command.body, io.cwd);
  const params: Record<string, Record<string, string>> = {};
  if (Object.keys(command.path).length > 0) params.path = command.path;
  if (Object.keys(command.header).length > 0) params.header = command.header;
  const options = {
    // PATCHBAY_LOG=debug|info|warn shows the runtime's (redacted) request log on stderr.
    logger: { debug: io.stderr, info: io.stderr, warn: io.stderr },
    logLevel: (io.env.PATCHBAY_LOG || "off") as PatchbayOptions["logLevel"],
    ...(command.baseUrl && { [vendor]: { baseUrl: command.baseUrl } }),
  } as PatchbayOptions;
  const input = { params, ...(body === undefined ? {} : { body }) } as ConnectInput[VendorName];
  const start = await createPatchbay(options).connect(vendor, input);
  io.stdout(command.json ? JSON.stringify(start, null, 2) : lines(start));
  return exitCodes.ok;
}

/** Runs the CLI on `argv` (without node and the script) and returns the exit status. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const command = parseCommand(argv);
    if (command.kind === "help") {
      io.stdout(helpText());
      return exitCodes.ok;
    }
    if (command.kind === "version") {
      io.stdout(io.version);
      return exitCodes.ok;
    }
    return await connect(command, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`patchbay: ${error.message}\nRun "patchbay --help" for usage and examples.`);
      return exitCodes.usage;
    }
    if (error instanceof ConfigurationError) {
      io.stderr(
        error.missingEnv
          ? `patchbay: ${error.vendor} has no credentials: set ${describeWays(error.missingEnv)}. Nothing was sent.`
          : `patchbay: ${error.message}`,
      );
      return exitCodes.usage;
    }
    if (error instanceof InsecureTransportError) {
      io.stderr(`patchbay: ${error.message}; use https or a loopback address. Nothing was sent.`);
      return exitCodes.usage;
    }
    if (error instanceof ConnectError && error.hint && isVendorName(error.vendor)) {
      // The CLI takes credentials and the base URL from the environment and its flags: the same
      // advice, in the words of the command line.
      const { descriptor } = vendorDefinitions[error.vendor];
      const ways = credentialWays(descriptor).map((way) => way.env);
      const advice = statusAdvice(error.status, error.retryAfterMs, {
        fixCredential: `set or check ${describeWays(ways)}`,
        credential: "credential",
        vendor: "the vendor",
        baseUrl: `--base-url or ${descriptor.envPrefix}_BASE_URL`,
      });
      io.stderr(`patchbay: ${error.message.replace(error.hint, advice ?? error.hint)}`);
      return exitCodes.apiError;
    }
    if (error instanceof PatchbayError) {
      io.stderr(`patchbay: ${error.message}`);
      return exitCodes.apiError;
    }
    throw error;
  }
}
