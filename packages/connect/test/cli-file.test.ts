// `patchbay … --file field=@path`: a file part of a multipart body, named after the path's
// basename; a missing file is a usage error naming the path; an operation whose body is not
// multipart refuses it (a file in JSON would be sent as `{}`).
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient } from "@patchbay/chartbrew";
import { rejectionOf } from "@patchbay/test-support/rejection";
import { describe, expect, it } from "vitest";
import { type CliIo, callOf, fileParts } from "../src/cli/command-input.js";
import { helpText } from "../src/cli/help.js";
import { type OperationCommand, parseCommand, UsageError } from "../src/cli/parse-command.js";

const dir = mkdtempSync(join(tmpdir(), "patchbay-cli-file-"));
writeFileSync(join(dir, "ca.pem"), "-----BEGIN CERTIFICATE-----\nMIIB\n");
writeFileSync(join(dir, "key.pem"), Buffer.from([0, 1, 2, 255]));

describe("--file field=@path", () => {
  it("is parsed as [field, path] pairs, repeatable; anything but field=@path is a usage error", () => {
    const command = parseCommand([
      "connect",
      "supermemory",
      "--file",
      "sslCa=@certs/ca.pem",
      "--file",
      "sslKey=@key.pem",
    ]) as OperationCommand;
    expect(command.files).toEqual([
      ["sslCa", "certs/ca.pem"],
      ["sslKey", "key.pem"],
    ]);
    for (const bad of ["sslCa=ca.pem", "=@ca.pem", "sslCa=@"])
      expect(() => parseCommand(["connect", "supermemory", "--file", bad])).toThrow(
        /--file expects field=@path/,
      );
  });

  it("reads each file into a File named after the path's basename; a field given twice is an array", async () => {
    const parts = await fileParts(
      [
        ["sslCa", "ca.pem"],
        ["sslKey", join(dir, "key.pem")],
        ["sslKey", "ca.pem"],
      ],
      dir,
    );
    const ca = parts.sslCa as File;
    expect(ca).toBeInstanceOf(File);
    expect([ca.name, await ca.text()]).toEqual(["ca.pem", "-----BEGIN CERTIFICATE-----\nMIIB\n"]);
    const keys = parts.sslKey as File[];
    expect(keys.map((file) => file.name)).toEqual(["key.pem", "ca.pem"]);
    expect([...new Uint8Array(await (keys[0] as File).arrayBuffer())]).toEqual([0, 1, 2, 255]);
  });

  it("a missing file is a usage error naming the path", async () => {
    const error = await rejectionOf(fileParts([["sslCa", "nowhere/ca.pem"]], dir));
    expect(error).toBeInstanceOf(UsageError);
    expect(String(error)).toContain("--file sslCa=@nowhere/ca.pem: cannot read the file (ENOENT)");
  });

  it("the parts reach the vendor as a multipart body (Chartbrew's connection files, through its client)", async () => {
    const received: { headers: IncomingHttpHeaders; bytes: Buffer }[] = [];
    const server = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      received.push({ headers: req.headers, bytes: Buffer.concat(chunks) });
      res.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const client = createClient({
        baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        apiKey: "cb_cli_0123456789",
      });
      await client.POST("/team/{team_id}/connections/{connection_id}/files", {
        params: { path: { team_id: "42", connection_id: "187" } },
        body: await fileParts([["sslCa", "ca.pem"]], dir),
      });
      const [request] = received;
      const form = await new Response(new Uint8Array(request?.bytes ?? []), {
        headers: { "content-type": String(request?.headers["content-type"]) },
      }).formData();
      const ca = form.get("sslCa") as File;
      expect([ca.name, await ca.text()]).toEqual(["ca.pem", "-----BEGIN CERTIFICATE-----\nMIIB\n"]);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it("an operation whose body is not multipart refuses it: a usage error, nothing sent", async () => {
    const io = { cwd: dir, env: {}, stdout() {}, stderr() {}, version: "0", isTTY: false };
    const command = parseCommand([
      "connect",
      "supermemory",
      "--path",
      "provider=notion",
      "--file",
      "sslCa=@ca.pem",
    ]) as OperationCommand;
    const error = await rejectionOf(callOf(command, io as CliIo));
    expect(error).toBeInstanceOf(UsageError);
    expect(String(error)).toMatch(
      /--file: supermemory's connect operation \(POST \/v3\/connections\/\{provider\}\) takes no multipart body/,
    );
  });

  it("is in --help", () => {
    expect(helpText()).toContain("[--file field=@path]...");
    expect(helpText()).toMatch(
      /^ {2}--file field=@path {4}a file part of a multipart body, named after the path's basename$/m,
    );
  });
});
