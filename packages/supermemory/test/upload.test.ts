// Issue 25: Supermemory's file upload sent `{"file":{}}` as JSON and reported success. The client
// now sends the document's multipart body: the file part holds the blob's bytes, with a filename.
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createClient } from "../src/index.js";

let close: (() => void) | undefined;
afterEach(() => close?.());

async function loopback() {
  const received: { headers: IncomingHttpHeaders; bytes: Buffer }[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    received.push({ headers: req.headers, bytes: Buffer.concat(chunks) });
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ id: "doc_1", status: "queued" }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  close = () => {
    server.closeAllConnections();
    server.close();
  };
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
}

describe("@patchbay/supermemory's file upload", () => {
  it("sends POST /v3/documents/file as multipart: the file part holds the blob's bytes and a filename", async () => {
    const { url, received } = await loopback();
    const client = createClient({ baseUrl: url, apiKey: "sm-test-key" });
    const { data, error } = await client.POST("/v3/documents/file", {
      body: {
        file: new Blob(["meeting notes"], { type: "text/plain" }),
        containerTags: "user_123",
      },
    });
    expect(error).toBeUndefined();
    expect(data).toMatchObject({ id: "doc_1" });
    const [request] = received;
    expect(request?.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    const form = await new Response(new Uint8Array(request?.bytes ?? []), {
      headers: { "content-type": String(request?.headers["content-type"]) },
    }).formData();
    const file = form.get("file") as File;
    expect(file.name).toBe("file");
    expect(await file.text()).toBe("meeting notes");
    expect(form.get("containerTags")).toBe("user_123");
  });
});
