import { createPatchbay, isVendorName, vendorNames } from "../create-patchbay.js";
import { ConfigurationError, WebhookVerificationError } from "../errors.js";
import type { WebhookVendors } from "../exports.js";
import type { CliIo } from "./command-input.js";
import { UsageError, type WebhookCommand } from "./parse-command.js";

/**
 * `patchbay webhook verify <vendor> --secret-env VAR --header Name=value… < body`: verifies a
 * delivery as the app would, for a person debugging one. Exit 0 verified (the event printed),
 * 1 refused (the reason printed), 2 usage or configuration. The secret is read from the
 * environment variable named, never from the command line, and never printed.
 */
export async function webhookVerify(command: WebhookCommand, io: CliIo): Promise<number> {
  if (!isVendorName(command.vendor))
    throw new UsageError(
      `unknown vendor "${command.vendor}"; known vendors: ${vendorNames.join(", ")}`,
    );
  if (!io.stdin) throw new UsageError("webhook verify reads the body from standard input");
  const secret = command.secretEnv === undefined ? undefined : io.env[command.secretEnv];
  if (command.secretEnv !== undefined && !secret)
    // Not named back: a secret passed by mistake as the variable's name would be printed.
    throw new ConfigurationError(
      `the variable --secret-env names is not set (or empty): it must hold ${command.vendor}'s webhook signing secret`,
    );
  const body = await io.stdin();
  const headers = { "content-type": "application/json", ...command.header };
  try {
    const event = await createPatchbay().webhooks.verify(
      command.vendor as WebhookVendors,
      { body, headers },
      { secret, now: command.nowMs },
    );
    io.stdout(
      command.json
        ? JSON.stringify(event, null, 2)
        : [
            `${event.vendor}: verified ${event.type}`,
            `connection  ${event.connectionId ?? "-"}`,
            `status      ${event.status ?? "- (not about the connection's state)"}`,
            `occurred    ${event.occurredAt ?? "-"}`,
          ].join("\n"),
    );
    return 0;
  } catch (error) {
    if (!(error instanceof WebhookVerificationError)) throw error;
    io.stderr(`patchbay: ${error.message}`);
    return 1;
  }
}
