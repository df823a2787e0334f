// A `fetch` for a patchbay client's `fetch` option that sends through node:http with a keep-alive
// Agent instead of Node's fetch (undici): what the older official SDKs do (node-fetch on an
// http.Agent). Measured in the throughput bench as "(node:http transport)".
import { Agent, request as httpRequest } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { Readable } from "node:stream";

export function httpTransport(): typeof fetch {
  const agents = {
    http: new Agent({ keepAlive: true }),
    https: new HttpsAgent({ keepAlive: true }),
  };
  return (async (input: Request) => {
    const body = input.body ? Buffer.from(await input.arrayBuffer()) : undefined;
    const https = input.url.startsWith("https:");
    return await new Promise<Response>((resolve, reject) => {
      const request = (https ? httpsRequest : httpRequest)(
        input.url,
        {
          method: input.method,
          headers: Object.fromEntries(input.headers),
          agent: https ? agents.https : agents.http,
          signal: input.signal,
        },
        (answer) => {
          const headers = new Headers();
          for (const [name, value] of Object.entries(answer.headers))
            if (value !== undefined) headers.set(name, String(value));
          const status = answer.statusCode ?? 0;
          // streamed, so that the client's body guard (size, idleness) applies to it
          const body = status === 204 || status === 304 ? null : Readable.toWeb(answer);
          resolve(new Response(body as ReadableStream, { status, headers }));
        },
      );
      request.on("error", reject);
      request.end(body);
    });
  }) as typeof fetch;
}
