import { execFile } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import { cleanEnv } from "@patchbay/test-support/vendor-env";

// The built CLI, spawned as a user runs it (the test task runs after the build).
const cli = resolve(import.meta.dirname, "../../dist/cli.js");

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `patchbay ...args` without blocking this process, which serves the mocks. */
export const patchbay = (
  args: string[],
  env: Record<string, string> = {},
  cwd?: string,
): Promise<Run> =>
  new Promise((done) => {
    execFile(
      process.execPath,
      [cli, ...args],
      { env: { ...cleanEnv(), ...env }, cwd, timeout: 30_000 },
      (error, stdout, stderr) => {
        done({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
      },
    );
  });

export interface StateStub {
  url: string;
  /** How many requests it answered. */
  readonly requests: number;
  close(): Promise<void>;
}

/**
 * A proxy in front of a Prism mock that sets `field` of each JSON answer to the next of `values`
 * (the last one repeats): Prism answers one example, a connection's state must move or stay.
 */
export async function stateStub(upstream: string, field: string, values: string[]) {
  let requests = 0;
  const server = createServer(async (request, response) => {
    const value = values[Math.min(requests, values.length - 1)];
    requests += 1;
    const headers = Object.fromEntries(
      Object.entries(request.headers).filter(
        (entry): entry is [string, string] => typeof entry[1] === "string" && entry[0] !== "host",
      ),
    );
    const answer = await fetch(`${upstream}${request.url}`, { method: request.method, headers });
    const body = (await answer.json()) as Record<string, unknown>;
    response.writeHead(answer.status, { "content-type": "application/json" });
    response.end(JSON.stringify({ ...body, [field]: value }));
  });
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get requests() {
      return requests;
    },
    close: () =>
      new Promise<void>((closed) => {
        server.closeAllConnections();
        server.close(() => closed());
      }),
  } satisfies StateStub;
}
