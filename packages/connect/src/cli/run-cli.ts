import { InsecureTransportError, PatchbayError } from "@patchbay/runtime";
import { statusAdvice } from "../advice.js";
import type { AnyDefinition } from "../call-operation.js";
import { isVendorName } from "../create-patchbay.js";
import { credentialWays, describeWays } from "../credentials.js";
import { ConfigurationError, ConnectError } from "../errors.js";
import { registry } from "../registry.generated.js";
import type { CliIo } from "./command-input.js";
import { commands, exitCodes } from "./commands.js";
import { helpText } from "./help.js";
import { parseCommand, UsageError } from "./parse-command.js";
import { webhookVerify } from "./webhook-command.js";

export type { CliIo } from "./command-input.js";
export { exitCodes } from "./commands.js";

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
    if (command.kind === "webhook") return await webhookVerify(command, io);
    return await commands[command.kind](command, io);
  } catch (error) {
    return reportError(error, io);
  }
}

/** The exit status for `error`, after saying on stderr what went wrong (never a credential). */
function reportError(error: unknown, io: CliIo): number {
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
    const { descriptor } = (registry as unknown as Record<string, AnyDefinition>)[
      error.vendor
    ] as AnyDefinition;
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
