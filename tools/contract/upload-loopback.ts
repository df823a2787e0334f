// The `parts checked` case of a multipart operation: the valid request sent by the vendor's client
// to a loopback `node:http` server, which reads the multipart body as the platform parses one and
// checks its parts against the document's schema (upload-parts.ts): what Prism cannot check.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { isObject, type Json } from "@patchbay/common/json";
import { uploadMediaOf } from "@patchbay/openapi/form-bodies";
import { expect } from "vitest";
import type { ContractCase, OperationPlan } from "./contract-cases.ts";
import { fileBytes, partProblems, uploadBodyOf } from "./upload-parts.ts";

type Client = {
  request(
    method: string,
    path: string,
    init: object,
  ): Promise<{ error?: unknown; response: Response }>;
};

export async function checkedParts(
  contractCase: ContractCase,
  operation: Pick<OperationPlan, "method" | "path" | "upload">,
  document: Json,
  clientFor: (baseUrl: string) => Client,
): Promise<void> {
  const upload = operation.upload;
  const media = uploadMediaOf(
    document,
    ((document.paths as Json)[operation.path] as Json)[operation.method.toLowerCase()] as Json,
  )?.media;
  if (!upload || media === undefined) throw new Error(`${operation.path}: no multipart body`);
  let received: { contentType: string; bytes: Uint8Array<ArrayBuffer> } | undefined;
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    received = {
      contentType: req.headers["content-type"] ?? "",
      bytes: new Uint8Array(Buffer.concat(chunks)) as Uint8Array<ArrayBuffer>,
    };
    res.writeHead(200, { "content-type": "application/json" }).end("{}");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const client = clientFor(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    const body = uploadBodyOf(upload, contractCase.request.body);
    const { response } = await client.request(operation.method.toLowerCase(), operation.path, {
      params: contractCase.request.params,
      body,
    });
    expect(response.status).toBe(200);
    expect(received?.contentType, "sent as multipart").toMatch(/^multipart\/form-data; boundary=/);
    const form = await new Response(received?.bytes, {
      headers: { "content-type": received?.contentType as string },
    }).formData();
    expect(partProblems(document, media, form), "the parts, against the schema").toEqual([]);
    // each file the client was given arrived whole, as a file
    for (const part of Object.keys(upload.files)) {
      if (!isObject(body) || !(part in body)) continue;
      for (const file of form.getAll(part))
        expect(typeof file === "string" ? file : await file.text()).toBe(fileBytes(part));
    }
  } finally {
    server.closeAllConnections();
    server.close();
  }
}
