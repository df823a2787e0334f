// An operation whose document answers only text (Ampersand's OAuth connect answers the URL as
// text/plain): the descriptor's `textAnswers` names it, and the client reads its body as text
// instead of failing to parse it as JSON; a call may still say how to read it.
import { afterEach, describe, expect, it } from "vitest";
import { createVendorClient, type VendorDescriptor } from "../src/index.js";
import { startServer, type TestServer } from "./server.js";

type NoParams = { query?: never; header?: never; path?: never; cookie?: never };
interface paths {
  "/oauth-connect": {
    parameters: NoParams;
    post: {
      parameters: NoParams;
      requestBody: { content: { "application/json": { provider: string } } };
      responses: {
        200: { headers: { [name: string]: unknown }; content: { "text/plain": string } };
      };
    };
  };
  "/projects/{id}": {
    parameters: NoParams;
    get: {
      parameters: { path: { id: string }; query?: never; header?: never; cookie?: never };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: { "application/json": { id: string } };
        };
      };
    };
  };
}

/** The generated clients' options: the runtime's, and the scheme's own (`apiKey`). */
const options = (baseUrl: string) => ({ baseUrl, apiKey: "k" }) as { baseUrl: string };

const descriptor = {
  vendor: "textvendor",
  envPrefix: "TEXTVENDOR",
  defaultBaseUrl: "https://api.textvendor.invalid",
  auth: [{ type: "bearer", option: "apiKey", env: "TEXTVENDOR_API_KEY" }],
  headers: [],
  textAnswers: ["POST /oauth-connect"],
} as const satisfies VendorDescriptor;

let server: TestServer | undefined;
afterEach(() => server?.close());

const url = "https://login.example.com/oauth2/authorize?client_id=abc&state=xyz";

describe("textAnswers", () => {
  it("reads a text answer as text, and a JSON one as JSON", async () => {
    server = await startServer((res, _attempt, request) => {
      if (request.url === "/oauth-connect") {
        res.writeHead(200, { "content-type": "text/plain" });
        res.end(url);
      } else {
        res.writeHead(200, { "content-type": "application/json" });
        res.end('{"id":"p1"}');
      }
    });
    const client = createVendorClient<paths>(descriptor, options(server.url));
    const connect = await client.POST("/oauth-connect", { body: { provider: "salesforce" } });
    expect(connect.error).toBeUndefined();
    expect(connect.data).toBe(url);
    const project = await client.GET("/projects/{id}", { params: { path: { id: "p1" } } });
    expect(project.data).toEqual({ id: "p1" });
    // the same through `request` and through a client with other options
    const viaRequest = await client.request("post", "/oauth-connect", {
      body: { provider: "salesforce" },
    });
    expect(viaRequest.data).toBe(url);
    const other = await client
      .withOptions({ timeoutMs: 30_000 })
      .POST("/oauth-connect", { body: { provider: "salesforce" } });
    expect(other.data).toBe(url);
  });

  it("leaves a call's own parseAs alone", async () => {
    server = await startServer((res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      res.end(url);
    });
    const client = createVendorClient<paths>(descriptor, options(server.url));
    const { data } = await client.POST("/oauth-connect", {
      body: { provider: "salesforce" },
      parseAs: "blob",
    });
    expect(data).toBeInstanceOf(Blob);
    expect(await (data as unknown as Blob).text()).toBe(url);
  });
});
