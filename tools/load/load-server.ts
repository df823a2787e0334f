import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** What the load server does with one create call, chosen by its id (its connector_id). */
export type Behaviour =
  | "ok"
  | "429, Retry-After: 0, then ok"
  | "429, Retry-After: 1, then ok"
  | "503, then ok"
  | "503 always"
  | "502"
  | "socket reset"
  | "socket reset mid-body";

/** A fixed mix: about 65 % ok, 10 % 429 (1 % with a 1 s wait), 14 % 503, 5 % 502, 6 % resets. */
export function behaviourOf(id: number): Behaviour {
  if (id % 97 === 5) return "429, Retry-After: 1, then ok";
  if (id % 10 === 1) return "429, Retry-After: 0, then ok";
  if (id % 10 === 2) return "503, then ok";
  if (id % 25 === 3) return "503 always";
  if (id % 20 === 4) return "502";
  if (id % 30 === 6) return "socket reset";
  if (id % 40 === 7) return "socket reset mid-body";
  return "ok";
}

/** Requests the server gets per id for each behaviour, with the runtime's default 2 retries. */
export const expectedAttempts: Record<Behaviour, number> = {
  ok: 1,
  "429, Retry-After: 0, then ok": 2,
  "429, Retry-After: 1, then ok": 2,
  "503, then ok": 2,
  "503 always": 3,
  "502": 1,
  "socket reset": 1,
  "socket reset mid-body": 1,
};

const send = (res: ServerResponse, status: number, body: unknown, headers = {}) => {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
};

/**
 * A loopback node:http server playing Datagrid's POST /connections under load, answering each
 * request by its id's behaviour and counting the requests (attempts) per id.
 */
export async function startLoadServer() {
  const attempts = new Map<number, number>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const match = /"connector_id":"load-(\d+)"/.exec(Buffer.concat(chunks).toString());
      if (req.method !== "POST" || req.url !== "/connections" || !match) {
        send(res, 404, { error: "not_found" });
        return;
      }
      const id = Number(match[1]);
      const attempt = (attempts.get(id) ?? 0) + 1;
      attempts.set(id, attempt);
      const ok = () =>
        send(res, 201, { object: "redirect_url", redirect_url: `https://auth.example/${id}` });
      switch (behaviourOf(id)) {
        case "ok":
          return ok();
        case "429, Retry-After: 0, then ok":
          return attempt > 1
            ? ok()
            : send(res, 429, { error: "rate_limited" }, { "retry-after": "0" });
        case "429, Retry-After: 1, then ok":
          return attempt > 1
            ? ok()
            : send(res, 429, { error: "rate_limited" }, { "retry-after": "1" });
        case "503, then ok":
          return attempt > 1 ? ok() : send(res, 503, { error: "unavailable" });
        case "503 always":
          return send(res, 503, { error: "unavailable" }, { "retry-after": "0" });
        case "502":
          return send(res, 502, { error: "bad_gateway" });
        case "socket reset":
          return res.socket?.destroy();
        case "socket reset mid-body":
          res.writeHead(201, { "content-type": "application/json", "content-length": "200" });
          res.write('{"object":"redirect_url","redirect_url":"https://auth');
          setImmediate(() => res.socket?.destroy());
      }
    });
  });
  // Idle kept-alive sockets stay open for the whole run: a server closing one as the client
  // reuses it would fail a POST that the run did not mean to fail.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    attempts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
