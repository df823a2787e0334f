import { readFile } from "node:fs/promises";
import { basename, resolve } from "node:path";
import type { AnyDefinition } from "../call-operation.js";
import { createPatchbay, isVendorName, vendorNames } from "../create-patchbay.js";
import type { VendorOperations } from "../define-vendor.js";
import type { Patchbay } from "../patchbay.js";
import { registry } from "../registry.generated.js";
import type { PatchbayOptions, VendorName } from "../types.js";
import { type OperationCommand, UsageError } from "./parse-command.js";

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: Record<string, string | undefined>;
  version: string;
  /** Whether stdout is a terminal: `wait` shows its progress only there. */
  isTTY: boolean;
  /** Reads standard input to its end, as bytes (`webhook verify`'s body). */
  stdin?: () => Promise<Uint8Array>;
}

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

/** The connection operation each command calls. */
const roles = {
  connect: "create",
  complete: "complete",
  get: "get",
  list: "list",
  disconnect: "delete",
  wait: "get",
} as const satisfies Record<OperationCommand["kind"], keyof VendorOperations>;

/**
 * The `--file field=@path` parts: a `File` each, of the file's bytes, named after the path's
 * basename; a field given twice, an array. A file that cannot be read is a usage error naming it.
 */
export async function fileParts(
  files: readonly [field: string, path: string][],
  cwd: string,
): Promise<Record<string, File | File[]>> {
  const parts: Record<string, File | File[]> = {};
  for (const [field, path] of files) {
    let bytes: Buffer;
    try {
      bytes = await readFile(resolve(cwd, path));
    } catch (error) {
      throw new UsageError(
        `--file ${field}=@${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      );
    }
    const file = new File([bytes as Uint8Array<ArrayBuffer>], basename(path));
    const given = parts[field];
    parts[field] = given === undefined ? file : [given, file].flat();
  }
  return parts;
}

/**
 * `body` with the `--file` parts, where the command's operation takes a multipart body: a file
 * cannot go in JSON (it would be sent as `{}`), so any other operation is a usage error.
 */
async function withFiles(
  command: OperationCommand,
  vendor: VendorName,
  body: unknown,
  cwd: string,
): Promise<unknown> {
  if (command.files.length === 0) return body;
  const { descriptor, operations } = (registry as unknown as Record<string, AnyDefinition>)[
    vendor
  ] as AnyDefinition;
  const operation = operations[roles[command.kind]];
  const key = operation && `${operation.method.toUpperCase()} ${operation.path}`;
  if (!key || !descriptor.multipartBodies?.[key])
    throw new UsageError(
      `--file: ${vendor}'s ${command.kind} operation${key ? ` (${key})` : ""} takes no multipart body, so no file can be sent; nothing was sent`,
    );
  return { ...(body as object | undefined), ...(await fileParts(command.files, cwd)) };
}

/** What a command calls: the vendor, an aggregator configured from the flags, and the input. */
export interface Call {
  vendor: VendorName;
  patchbay: Patchbay;
  /** openapi-fetch's `{ params, body }` from `--path`, `--query`, `--header`, `--body` and `--file`. */
  input: { params: Record<string, Record<string, string>>; body?: unknown };
}

export async function callOf(command: OperationCommand, io: CliIo): Promise<Call> {
  if (!isVendorName(command.vendor)) {
    throw new UsageError(
      `unknown vendor "${command.vendor}"; known vendors: ${vendorNames.join(", ")}`,
    );
  }
  const vendor: VendorName = command.vendor;
  const body = await withFiles(command, vendor, await readBody(command.body, io.cwd), io.cwd);
  const params: Record<string, Record<string, string>> = {};
  for (const location of ["path", "query", "header"] as const) {
    if (Object.keys(command[location]).length > 0) params[location] = command[location];
  }
  const options = {
    // PATCHBAY_LOG=debug|info|warn shows the runtime's (redacted) request log on stderr.
    logger: { debug: io.stderr, info: io.stderr, warn: io.stderr },
    logLevel: (io.env.PATCHBAY_LOG || "off") as PatchbayOptions["logLevel"],
    ...(command.baseUrl && { [vendor]: { baseUrl: command.baseUrl } }),
  } as PatchbayOptions;
  return {
    vendor,
    patchbay: createPatchbay(options),
    input: { params, ...(body === undefined ? {} : { body }) },
  };
}
