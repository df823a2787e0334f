import { WaitForConnectionError } from "../errors.js";
import type { VendorsWith } from "../types.js";
import { type CliIo, callOf } from "./command-input.js";
import { connectionTable, startLines } from "./format.js";
import type { CommandName, OperationCommand } from "./parse-command.js";

export const exitCodes = { ok: 0, apiError: 1, usage: 2 } as const;

/** Whole connections (`raw` too) as JSON; the table leaves `raw` out. */
const json = (value: unknown) => JSON.stringify(value, null, 2);

async function connect(command: OperationCommand, io: CliIo): Promise<number> {
  const { vendor, patchbay, input } = await callOf(command, io);
  const start = await patchbay.connect(vendor, input as never);
  io.stdout(command.json ? json(start) : startLines(start));
  return exitCodes.ok;
}

// The vendor's name is checked at run time (a vendor without the operation is refused with
// ConfigurationError, exit 2), and the input is the command line's: the casts say so.

async function get(command: OperationCommand, io: CliIo): Promise<number> {
  const { vendor, patchbay, input } = await callOf(command, io);
  const connection = await patchbay.getConnection(vendor as VendorsWith<"get">, input as never);
  io.stdout(command.json ? json(connection) : connectionTable([connection]));
  return exitCodes.ok;
}

async function list(command: OperationCommand, io: CliIo): Promise<number> {
  const { vendor, patchbay, input } = await callOf(command, io);
  const connections = [];
  for await (const connection of patchbay.listConnections(
    vendor as VendorsWith<"list">,
    input as never,
    { maxPages: command.maxPages },
  )) {
    connections.push(connection);
  }
  io.stdout(command.json ? json(connections) : connectionTable(connections));
  return exitCodes.ok;
}

async function complete(command: OperationCommand, io: CliIo): Promise<number> {
  const { vendor, patchbay, input } = await callOf(command, io);
  const connection = await patchbay.completeConnection(
    vendor as VendorsWith<"complete">,
    input as never,
  );
  io.stdout(command.json ? json(connection) : connectionTable([connection]));
  return exitCodes.ok;
}

async function disconnect(command: OperationCommand, io: CliIo): Promise<number> {
  const { vendor, patchbay, input } = await callOf(command, io);
  await patchbay.disconnect(vendor as VendorsWith<"delete">, input as never);
  const which = Object.entries(command.path).map(([name, value]) => `${name}=${value}`);
  io.stdout(
    command.json
      ? json({ vendor, disconnected: true, path: command.path })
      : `${vendor}: disconnected${which.length > 0 ? ` (${which.join(", ")})` : ""}`,
  );
  return exitCodes.ok;
}

async function wait(command: OperationCommand, io: CliIo): Promise<number> {
  const { vendor, patchbay, input } = await callOf(command, io);
  const started = Date.now();
  let polls = 0;
  try {
    const connection = await patchbay.waitForConnection(
      vendor as VendorsWith<"get">,
      input as never,
      {
        timeoutMs: command.timeoutMs,
        intervalMs: command.intervalMs,
        // Progress is for a person watching; a pipe or a file gets only the answer.
        onPoll: ({ status }) => {
          polls += 1;
          const elapsed = ((Date.now() - started) / 1000).toFixed(1);
          if (io.isTTY) io.stderr(`${vendor}: ${status} (read ${polls}, ${elapsed} s)`);
        },
      },
    );
    io.stdout(command.json ? json(connection) : connectionTable([connection]));
    return exitCodes.ok;
  } catch (error) {
    if (!(error instanceof WaitForConnectionError) || error.reason === "aborted") throw error;
    io.stderr(`patchbay: ${error.reason}: ${error.message}`);
    return exitCodes.apiError;
  }
}

/** Each command's run: parse, call the vendor, print; resolves to the exit status. */
export const commands: Record<
  CommandName,
  (command: OperationCommand, io: CliIo) => Promise<number>
> = { connect, complete, get, list, disconnect, wait };
