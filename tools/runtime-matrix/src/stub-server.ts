// The loopback stub for the answers Prism will not give on cue: a 429 with `Retry-After: 1`
// followed by a success, a request that never gets an answer, a 401 that echoes the key back,
// and an echo of the request's headers (which transport sent it).
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface StubServer {
  /** `http://127.0.0.1:<port>`; clients add `/rate-limited/<run id>`, `/hang`, `/unauthorized` or `/echo`. */
  url: string;
  /** Stops the stub and drops its connections, the hanging ones too. */
  close(): Promise<void>;
}

/** `apiKey`: the key the clients send; the 401 route answers 400 to a request without it. */
export async function startStub(apiKey: string): Promise<StubServer> {
  const attempts = new Map<string, number>();
  const server = createServer((request, response) => {
    const [, route = "", runId = ""] = (request.url ?? "").split("/");
    request.resume();
    if (route === "hang") return; // answered never; closed with the server
    // the request's headers, to tell which transport sent it
    if (route === "echo") return json(response, 200, request.headers);
    if (route === "unauthorized") {
      // (without the key there would be nothing to leak: the check must not pass then)
      if (request.headers.authorization !== `Bearer ${apiKey}`)
        return json(response, 400, { error: "the key was not sent as a Bearer token" });
      // Some vendors repeat the credential they refused; patchbay's errors must not.
      return json(response, 401, {
        error: "invalid_api_key",
        message: `Invalid API key: ${request.headers.authorization}`,
      });
    }
    if (route === "rate-limited") {
      const attempt = (attempts.get(runId) ?? 0) + 1;
      attempts.set(runId, attempt);
      if (attempt === 1)
        return json(response, 429, { error: "rate_limited" }, { "retry-after": "1" });
      return json(response, 201, { redirect_url: "https://example.com/oauth/authorize", attempt });
    }
    json(response, 404, { error: `no stub route ${describeRequest(request)}` });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function json(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { "content-type": "application/json", ...headers });
  response.end(JSON.stringify(body));
}

const describeRequest = (request: IncomingMessage) => `${request.method} ${request.url}`;
