// Loopback servers for the hostile-server suite: each records what it received and is closed by
// `closeAll` after every test.
import { inspect } from "node:util";
import { type Handler, startServer, type TestServer } from "../server.js";

const open: TestServer[] = [];

export async function hostile(handler: Handler): Promise<TestServer> {
  const server = await startServer(handler);
  open.push(server);
  return server;
}

export async function closeAll(): Promise<void> {
  await Promise.all(open.splice(0).map((server) => server.close()));
}

/** A server on another origin (another port) that only records and answers 200 `{}`. */
export const elsewhere = () =>
  hostile((res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end("{}");
  });

/** Answers every request with a redirect to `location` (a function of the attempt). */
export const redirecting =
  (status: number, location: () => string): Handler =>
  (res) => {
    res.writeHead(status, { location: location() });
    res.end();
  };

/** Everything of an error a person or a tracker may see. */
export const shown = (error: unknown) => {
  const e = error as Error & Record<string, unknown>;
  return [
    e.message,
    String(e.stack),
    JSON.stringify(e),
    inspect(e, { depth: 20 }),
    String(e.requestId),
    JSON.stringify(e.body),
  ].join("\n");
};
