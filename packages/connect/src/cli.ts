#!/usr/bin/env node
import { readFileSync } from "node:fs";
import { runCli } from "./cli/run-cli.js";

const { version } = JSON.parse(
  readFileSync(new URL("../package.json", import.meta.url), "utf8"),
) as { version: string };

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(`${text.trimEnd()}\n`),
  stderr: (text) => process.stderr.write(`${text.trimEnd()}\n`),
  cwd: process.cwd(),
  env: process.env,
  version,
  isTTY: process.stdout.isTTY === true,
  stdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return new Uint8Array(Buffer.concat(chunks));
  },
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `patchbay: unexpected error: ${(error as Error)?.stack ?? String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
