import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "@patchbay/common/temp-repo";
import { resolvePointer } from "@patchbay/openapi/json-pointer";
import { loadVendorDocument } from "@patchbay/openapi/vendor-document";
import { afterAll, describe, expect, it } from "vitest";
import { startMocks, vendorDocuments } from "./start-mocks.ts";

/** How many TCP servers and sockets this process holds (what would keep Node running). */
const tcpHandles = () =>
  process
    .getActiveResourcesInfo()
    .filter((name) => name === "TCPServerWrap" || name === "TCPSocketWrap").length;

async function until(condition: () => boolean, timeoutMs = 2000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return true;
}

/** Waits for every TCP handle of earlier work to be gone; this worker holds none of its own. */
const noTcpHandles = () => until(() => tcpHandles() === 0);

const temporaryRoots: string[] = [];
/** A repository root whose specs/ holds just these documents. */
function rootWith(documents: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "patchbay-mocks-"));
  temporaryRoots.push(root);
  mkdirSync(join(root, "specs"));
  for (const [file, text] of Object.entries(documents))
    writeFileSync(join(root, "specs", file), text);
  return root;
}
afterAll(() => {
  for (const root of temporaryRoots) rmSync(root, { recursive: true, force: true });
});

const tinyDocument = `openapi: 3.1.0
info: { title: Tiny, version: "1" }
servers: [{ url: https://tiny.example.com }]
paths:
  /ping:
    get:
      responses:
        "200":
          description: ok
          content: { application/json: { schema: { type: object }, example: { pong: true } } }
`;

describe("startMocks", () => {
  // On copies of one small document: each vendor's contract suite starts the mock of its own
  // (some are 3 MB, and loading them all here would only repeat that).
  it("starts one mock per document in specs/ on its own loopback port", async () => {
    const root = rootWith({
      "one.yaml": tinyDocument,
      "two.json": JSON.stringify({
        openapi: "3.1.0",
        info: { title: "Tiny", version: "1" },
        paths: { "/ping": { get: { responses: { "200": { description: "ok" } } } } },
      }),
      "three.yml": tinyDocument,
      "three.patchbay.yaml": "displayName: Three\n",
    });
    const mocks = await startMocks({ root });
    try {
      const vendors = vendorDocuments(root).map((document) => document.vendor);
      expect(vendors).toEqual(["one", "three", "two"]);
      expect(Object.keys(mocks.urls).sort()).toEqual(vendors);
      const ports = Object.values(mocks.urls).map((url) => {
        expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
        return new URL(url).port;
      });
      expect(new Set(ports).size).toBe(ports.length);
    } finally {
      await mocks.close();
    }
  });

  // What patchbay asks of Prism (mockConfig): static examples, request validation, security checks.
  it("answers a valid request with the document's own example, a request the document refuses with 422, one without credentials with 401", async () => {
    const mocks = await startMocks({ vendors: ["datagrid"] });
    try {
      const post = (headers: Record<string, string>, body: unknown) =>
        fetch(`${mocks.urls.datagrid}/connections`, {
          method: "POST",
          headers: { "content-type": "application/json", ...headers },
          body: JSON.stringify(body),
        });
      const ok = await post({ authorization: "Bearer t" }, { connector_id: "google_drive" });
      expect(ok.status).toBe(200);
      const answer = await ok.json();
      expect(answer.object).toBe("redirect_url");
      // The example as written (`dynamic: false`), not a value Prism made up from the schema.
      const { document } = await loadVendorDocument(repoRoot, "specs/datagrid.yaml");
      const examples = resolvePointer(
        document,
        "#/paths/~1connections/post/responses/200/content/application~1json/examples",
      ) as Record<string, { value: unknown }>;
      expect(Object.values(examples).map((example) => example.value)).toContainEqual(answer);
      const invalid = await post({ authorization: "Bearer t" }, {});
      expect(invalid.status).toBe(422);
      expect(await invalid.text()).toContain("connector_id");
      const anonymous = await post({}, { connector_id: "google_drive" });
      expect(anonymous.status).toBe(401);
      await anonymous.body?.cancel();
    } finally {
      await mocks.close();
    }
  });

  it("fails naming the document and the reason (file:line where the YAML is bad), and leaves nothing listening", async () => {
    expect(await noTcpHandles()).toBe(true);
    const root = rootWith({
      "tiny.yaml": tinyDocument,
      "broken.yaml": "openapi: 3.1.0\ninfo: [\n",
      "dangling.yaml": tinyDocument.replace(
        "{ type: object }",
        '{ $ref: "#/components/schemas/Gone" }',
      ),
      "empty-paths.yaml": "openapi: 3.1.0\ninfo: { title: E, version: '1' }\npaths: {}\n",
      "not-openapi.yaml": "hello: world\n",
    });
    const failure = await startMocks({ root }).then(
      () => undefined,
      (error: Error) => error.message,
    );
    expect(failure).toMatch(
      /^Prism could not load specs\/broken\.yaml: specs\/broken\.yaml:3:1 is not valid YAML/m,
    );
    expect(failure).toMatch(
      /^Prism could not load specs\/dangling\.yaml: .*#\/components\/schemas\/Gone/m,
    );
    expect(failure).toMatch(
      /^Prism could not load specs\/empty-paths\.yaml: Prism found no operations$/m,
    );
    expect(failure).toMatch(
      /^Prism could not load specs\/not-openapi\.yaml: Unsupported document format$/m,
    );
    expect(failure).not.toContain("tiny.yaml");
    expect(tcpHandles()).toBe(0);
    // Only the documents asked for are loaded, so a good one still starts beside bad ones.
    const tiny = await startMocks({ root, vendors: ["tiny"] });
    expect((await fetch(`${tiny.urls.tiny}/ping`)).status).toBe(200);
    await tiny.close();
  });

  it("routes a custom method (`/things/{id}:archive`) to its own operation, declared before or after `/things/{id}`", async () => {
    const answer = (status: string, word: string) =>
      `'${status}': { description: ok, content: { application/json: { schema: { type: string }, example: ${word} } } }`;
    const pathItems = {
      plain: `  /things/{id}:\n    parameters: [{ name: id, in: path, required: true, schema: { type: string } }]\n    post: { responses: { ${answer("200", "plain")} } }\n`,
      custom: `  /things/{id}:archive:\n    parameters: [{ name: id, in: path, required: true, schema: { type: string } }]\n    post: { responses: { ${answer("200", "archived")} } }\n`,
    };
    const head = "openapi: 3.0.3\ninfo: { title: Colons, version: '1' }\npaths:\n";
    const root = rootWith({
      "before.yaml": head + pathItems.custom + pathItems.plain,
      "after.yaml": head + pathItems.plain + pathItems.custom,
    });
    const mocks = await startMocks({ root });
    try {
      for (const vendor of ["before", "after"]) {
        const archived = await fetch(`${mocks.urls[vendor]}/things/t1:archive`, { method: "POST" });
        expect(await archived.json(), vendor).toBe("archived");
        const plain = await fetch(`${mocks.urls[vendor]}/things/t1`, { method: "POST" });
        expect(await plain.json(), vendor).toBe("plain");
      }
    } finally {
      await mocks.close();
    }
  });

  // Prism's own loading unrolls recursive schemas (prism-operations.ts); these mocks refer to them.
  it("validates requests and its own answers through a recursive schema, `nullable` included", async () => {
    const root = rootWith({
      "tree.yaml": `openapi: 3.0.3
info: { title: Tree, version: "1" }
paths:
  /trees:
    post:
      requestBody:
        required: true
        content: { application/json: { schema: { $ref: "#/components/schemas/Node" } } }
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Node" }
              example: { name: root, note: null, children: [{ name: leaf, note: null, children: [] }] }
components:
  schemas:
    Node:
      type: object
      required: [name]
      properties:
        name: { type: string }
        note: { type: string, nullable: true }
        children: { type: array, items: { $ref: "#/components/schemas/Node" } }
`,
    });
    const mocks = await startMocks({ root });
    try {
      const post = (body: unknown) =>
        fetch(`${mocks.urls.tree}/trees`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
        });
      const valid = await post({ name: "a", children: [{ name: "b", children: [{ name: "c" }] }] });
      expect(valid.status).toBe(200);
      expect(valid.headers.get("sl-violations")).toBeNull();
      expect((await valid.json()).children[0].name).toBe("leaf");
      const deep = await post({ name: "a", children: [{ name: "b", children: [{ note: 1 }] }] });
      expect(deep.status).toBe(422);
      // Two levels down, through the bundled schema: `nullable: true` read as JSON Schema's null.
      expect(await deep.text()).toContain("children.0.children.0.note must be string,null");
    } finally {
      await mocks.close();
    }
  });

  it("refuses a vendor with no document", async () => {
    await expect(startMocks({ vendors: ["nobody"] })).rejects.toThrow(
      "No document in specs/ for nobody",
    );
  });

  it("closes keep-alive connections, so no socket or server handle is left open", async () => {
    expect(await noTcpHandles()).toBe(true);
    const mocks = await startMocks({ root: rootWith({ "tiny.yaml": tinyDocument }) });
    const responses = await Promise.all([1, 2, 3].map(() => fetch(`${mocks.urls.tiny}/ping`)));
    for (const response of responses) expect(await response.json()).toEqual({ pong: true });
    expect(tcpHandles()).toBeGreaterThan(1); // the server and the kept-alive connections
    await mocks.close();
    expect(await noTcpHandles()).toBe(true);
    await mocks.close(); // a second close is harmless
  });

  it("keeps idle connections longer than a client does (65 s), so a reused socket is never closed under it", async () => {
    const mocks = await startMocks({ root: rootWith({ "tiny.yaml": tinyDocument }) });
    try {
      for (let call = 0; call < 2; call++) {
        const response = await fetch(`${mocks.urls.tiny}/ping`);
        await response.text();
        expect(response.headers.get("keep-alive")).toBe("timeout=65");
      }
    } finally {
      await mocks.close();
    }
  });

  it("does not hang on a request still in flight", async () => {
    expect(await noTcpHandles()).toBe(true);
    const mocks = await startMocks({ root: rootWith({ "tiny.yaml": tinyDocument }) });
    const { port } = new URL(mocks.urls.tiny as string);
    const socket = connect(Number(port), "127.0.0.1");
    const socketClosed = new Promise((resolve) => socket.once("close", resolve));
    socket.on("error", () => {});
    // A body that never arrives: Prism waits for it until Node's 5-minute request timeout.
    socket.write("POST /ping HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{");
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    await mocks.close();
    expect(Date.now() - started).toBeLessThan(10_000);
    await socketClosed;
    expect(await noTcpHandles()).toBe(true);
  });
});
