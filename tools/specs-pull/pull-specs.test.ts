import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fixtureSpecsDir } from "@patchbay/common/temp-repo";
import { listDocuments } from "@patchbay/generator/generate";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { describeOutcome, formatPullReport } from "./pull-report.ts";
import { type PullOptions, pullSpecs } from "./pull-specs.ts";
import { STATE_FILE } from "./pull-state.ts";
import {
  copyOfSpecs,
  removeCopy,
  routeTestHostsTo,
  startVendorServer,
  type VendorTestServer,
} from "./vendor-test-server.ts";

const SOURCE = "https://chartbrew.test/openapi.json";

let server: VendorTestServer;
let root: string;

beforeAll(async () => {
  server = await startVendorServer();
});
afterAll(async () => {
  // Whatever the test, specs:pull never sent a credential or a cookie to a vendor.
  for (const request of server.requests) {
    expect(request.headers.authorization).toBeUndefined();
    expect(request.headers.cookie).toBeUndefined();
    expect(request.headers["proxy-authorization"]).toBeUndefined();
  }
  expect(server.requests.length).toBeGreaterThan(10);
  await server.close();
});
beforeEach(() => {
  root = copyOfSpecs();
  setSource("chartbrew", SOURCE);
  setSource("supermemory", null);
  server.routes.clear();
});
afterEach(() => removeCopy(root));

function setSource(vendor: string, source: string | null) {
  const path = join(root, "specs", `${vendor}.patchbay.yaml`);
  const text = readFileSync(path, "utf8").replace(/^source:.*$/m, `source: ${source ?? "null"}`);
  writeFileSync(path, text);
}

const pull = (options: Partial<PullOptions> = {}) =>
  pullSpecs({ root, vendors: ["chartbrew"], fetch: routeTestHostsTo(server.origin), ...options });

const specBytes = (vendor = "chartbrew") => readFileSync(join(root, "specs", `${vendor}.yaml`));
const stateText = () => {
  const path = join(root, STATE_FILE);
  return existsSync(path) ? readFileSync(path, "utf8") : undefined;
};
/** Every file in the copy's specs/ with its bytes, to prove a refused pull changed nothing. */
const specsSnapshot = () =>
  Object.fromEntries(
    readdirSync(join(root, "specs"))
      .sort()
      .map((file) => [file, readFileSync(join(root, "specs", file), "utf8")]),
  );

/** Chartbrew's current document with one operation added: an additive change. */
function chartbrewWithNewOperation(): Record<string, unknown> {
  const document = parse(readFileSync(join(fixtureSpecsDir, "chartbrew.yaml"), "utf8"));
  document.paths["/team/{team_id}/connections/ping"] = {
    get: {
      operationId: "pingConnections",
      summary: "Ping",
      parameters: [{ name: "team_id", in: "path", required: true, schema: { type: "integer" } }],
      responses: { "200": { description: "OK" } },
    },
  };
  return document;
}

function serve(path: string, body: string, headers: Record<string, string> = {}) {
  server.routes.set(path, (request, response) => {
    if (headers.etag && request.headers["if-none-match"] === headers.etag) {
      response.writeHead(304, { etag: headers.etag }).end();
      return;
    }
    response.writeHead(200, { "content-type": "application/json", ...headers }).end(body);
  });
}

describe("pnpm specs:pull", () => {
  it("writes an updated document as stable YAML, classifies it and remembers its ETag", async () => {
    serve("/openapi.json", JSON.stringify(chartbrewWithNewOperation()), { etag: '"v1"' });
    const [outcome] = await pull();
    expect(outcome?.result).toBe("updated");
    expect(describeOutcome(outcome as never)).toMatch(/^updated \(additive: \d+ additive/);
    const written = specBytes().toString();
    expect(parse(written)).toEqual(chartbrewWithNewOperation());
    expect(written.startsWith("openapi: 3.")).toBe(true);
    const state = JSON.parse(stateText() ?? "{}");
    expect(state.chartbrew).toMatchObject({ url: SOURCE, etag: '"v1"', lastModified: null });
    expect(state.chartbrew.sha256).toMatch(/^[0-9a-f]{64}$/);

    // Second run: the ETag is sent back, the vendor answers 304, nothing is written.
    const before = { spec: specBytes(), state: stateText() };
    const [again] = await pull();
    expect(again).toMatchObject({ result: "unchanged", why: "not-modified" });
    expect(describeOutcome(again as never)).toBe("unchanged (304)");
    expect(server.requests.at(-1)?.headers["if-none-match"]).toBe('"v1"');
    expect(specBytes().equals(before.spec)).toBe(true);
    expect(stateText()).toBe(before.state);
  });

  it("reports unchanged (same bytes) when the vendor gives no validators and nothing changed", async () => {
    serve("/openapi.json", JSON.stringify(chartbrewWithNewOperation()));
    expect((await pull())[0]?.result).toBe("updated");
    const written = specBytes();
    const [again] = await pull();
    expect(describeOutcome(again as never)).toBe("unchanged (same bytes)");
    expect(server.requests.at(-1)?.headers["if-none-match"]).toBeUndefined();
    expect(specBytes().equals(written)).toBe(true);
  });

  it("writes identical bytes whether the vendor publishes JSON or YAML, however formatted", async () => {
    const document = chartbrewWithNewOperation();
    serve("/openapi.json", JSON.stringify(document, null, 4));
    await pull();
    const fromJson = specBytes();
    setSource("chartbrew", "https://chartbrew.test/openapi.yaml");
    serve("/openapi.yaml", stringify(document, { indent: 4, lineWidth: 40 }), {
      "content-type": "application/yaml",
    });
    const [outcome] = await pull();
    expect(outcome).toMatchObject({ result: "unchanged", why: "same-bytes" });
    expect(specBytes().equals(fromJson)).toBe(true);
  });

  it("classifies a moved operation as breaking", async () => {
    const document = parse(readFileSync(join(fixtureSpecsDir, "chartbrew.yaml"), "utf8"));
    document.paths = {
      "/v2/team/{team_id}/connections": document.paths["/team/{team_id}/connections"],
    };
    serve("/openapi.json", JSON.stringify(document));
    const [outcome] = await pull();
    expect(describeOutcome(outcome as never)).toMatch(/^updated \(breaking: \d+ breaking/);
  });

  it("fetches again, without validators, when the file was edited by hand since the last pull", async () => {
    serve("/openapi.json", JSON.stringify(chartbrewWithNewOperation()), { etag: '"v1"' });
    await pull();
    const pulled = specBytes();
    writeFileSync(join(root, "specs", "chartbrew.yaml"), `${pulled}# edited\n`);
    const [outcome] = await pull();
    expect(server.requests.at(-1)?.headers["if-none-match"]).toBeUndefined();
    expect(outcome?.result).toBe("updated");
    expect(specBytes().equals(pulled)).toBe(true);
  });

  describe("refuses, changing nothing in specs/ or the state file", () => {
    async function expectRefused(reason: RegExp, options: Partial<PullOptions> = {}) {
      const before = { specs: specsSnapshot(), state: stateText() };
      const [outcome] = await pull(options);
      expect(outcome?.result).toBe("refused");
      expect(describeOutcome(outcome as never)).toMatch(reason);
      expect(specsSnapshot()).toEqual(before.specs);
      expect(stateText()).toBe(before.state);
    }

    it("a Swagger 2.0 document, naming the URL, line and pointer", async () => {
      serve("/openapi.json", '{\n  "swagger": "2.0",\n  "info": {"title": "x", "version": "1"}\n}');
      await expectRefused(
        /^refused: invalid: https:\/\/chartbrew\.test\/openapi\.json:2:\d+ \(#\/swagger\) is Swagger 2\.0/,
      );
    });

    it("a document that is not YAML or JSON", async () => {
      serve("/openapi.json", "openapi: 3.1.0\ninfo: [unclosed\n");
      await expectRefused(
        /^refused: invalid: https:\/\/chartbrew\.test\/openapi\.json:\d+:\d+ is not valid YAML/,
      );
    });

    // (No servers was the case here; OpenAPI allows it, and the client then requires a baseUrl.)
    it("a document patchbay cannot generate from (a server variable without a default)", async () => {
      const document = chartbrewWithNewOperation();
      document.servers = [{ url: "https://{region}.chartbrew.example" }];
      serve("/openapi.json", JSON.stringify(document));
      await expectRefused(/\(#\/servers\/0\/url\) is .*needs a `default`/);
    });

    it("a document that references another file", async () => {
      const document = chartbrewWithNewOperation() as {
        components: { schemas: Record<string, unknown> };
      };
      document.components.schemas.Remote = { $ref: "common.yaml#/Thing" };
      serve("/openapi.json", JSON.stringify(document));
      await expectRefused(/\(#\/components\/schemas\/Remote\/\$ref\) references another file/);
    });

    it("a document over the size limit, declared by Content-Length", async () => {
      const body = JSON.stringify(chartbrewWithNewOperation());
      serve("/openapi.json", body, { "content-length": String(Buffer.byteLength(body)) });
      await expectRefused(/^refused: too large: \d+ bytes declared, the limit is 1000$/, {
        maxBytes: 1000,
      });
    });

    it("a streamed document that grows past the size limit", async () => {
      server.routes.set("/openapi.json", (_request, response) => {
        response.writeHead(200, { "content-type": "application/json" });
        const chunk = `${" ".repeat(1023)}\n`;
        let sent = 0;
        const more = () => {
          while (sent < 64 && response.write(chunk)) sent++;
          if (sent < 64) response.once("drain", more);
          else response.end("{}");
        };
        more();
      });
      await expectRefused(/^refused: too large: more than 10000 bytes$/, { maxBytes: 10_000 });
    });

    it("a 500 answer", async () => {
      server.routes.set("/openapi.json", (_request, response) => {
        response.writeHead(500, "Internal Server Error").end("oops");
      });
      await expectRefused(/^refused: answered 500 Internal Server Error$/);
    });

    it("a 404 answer", async () => {
      await expectRefused(/^refused: answered 404/);
    });

    it("a redirect to http://, without following it", async () => {
      server.routes.set("/openapi.json", (_request, response) => {
        response.writeHead(302, { location: "http://chartbrew.test/plain.json" }).end();
      });
      const requested = server.requests.length;
      await expectRefused(
        /^refused: redirected to http:\/\/chartbrew\.test\/plain\.json: not https/,
      );
      expect(server.requests.slice(requested).map((request) => request.path)).toEqual([
        "/openapi.json",
      ]);
    });

    it("a redirect that puts credentials in the URL", async () => {
      server.routes.set("/openapi.json", (_request, response) => {
        response.writeHead(302, { location: "https://user:secret@chartbrew.test/x.json" }).end();
      });
      await expectRefused(/carries credentials in the URL/);
    });

    it("a redirect loop, after the redirect limit", async () => {
      server.routes.set("/openapi.json", (_request, response) => {
        response.writeHead(307, { location: "/openapi.json" }).end();
      });
      await expectRefused(/^refused: more than 2 redirects$/, { maxRedirects: 2 });
    });

    it("a vendor that does not answer in time", async () => {
      server.routes.set("/openapi.json", () => {
        // never answers; the server closes the socket when the test server stops
      });
      await expectRefused(/^refused: timeout: no complete answer within 300 ms$/, {
        timeoutMs: 300,
      });
    });

    it("a body that stalls after the headers", async () => {
      server.routes.set("/openapi.json", (_request, response) => {
        response.writeHead(200, { "content-type": "application/json" });
        response.write('{"openapi": "3.1.0",');
      });
      await expectRefused(/^refused: timeout/, { timeoutMs: 300 });
    });

    it("a host that cannot be reached", async () => {
      const closed = await startVendorServer();
      await closed.close();
      const before = specsSnapshot();
      const [outcome] = await pull({ fetch: routeTestHostsTo(closed.origin) });
      expect(describeOutcome(outcome as never)).toMatch(/^refused: network: .*ECONNREFUSED/);
      expect(specsSnapshot()).toEqual(before);
    });

    it("a source that is not https (a sidecar edited by hand past its check)", async () => {
      const { fetchDocument } = await import("./fetch-document.ts");
      await expect(
        fetchDocument("http://chartbrew.test/openapi.json", {
          timeoutMs: 1000,
          maxBytes: 1000,
          maxRedirects: 1,
        }),
      ).rejects.toThrow(/not https/);
    });
  });

  it("follows an https → https redirect and reads the document where it landed", async () => {
    server.routes.set("/openapi.json", (_request, response) => {
      response.writeHead(301, { location: "https://docs.chartbrew.test/v2/openapi.json" }).end();
    });
    serve("/v2/openapi.json", JSON.stringify(chartbrewWithNewOperation()), { etag: '"v2"' });
    const [outcome] = await pull();
    expect(outcome?.result).toBe("updated");
    expect(JSON.parse(stateText() ?? "{}").chartbrew.etag).toBe('"v2"');
  });

  it("sends If-Modified-Since when the vendor gave Last-Modified", async () => {
    const lastModified = "Wed, 21 Oct 2025 07:28:00 GMT";
    server.routes.set("/openapi.json", (request, response) => {
      if (request.headers["if-modified-since"] === lastModified) response.writeHead(304).end();
      else
        response
          .writeHead(200, { "last-modified": lastModified })
          .end(JSON.stringify(chartbrewWithNewOperation()));
    });
    await pull();
    const [again] = await pull();
    expect(again).toMatchObject({ result: "unchanged", why: "not-modified" });
  });

  it("reports every vendor: no source, refused, updated — and a refusal does not stop the others", async () => {
    setSource("supermemory", "https://supermemory.test/v3/openapi");
    serve("/openapi.json", JSON.stringify(chartbrewWithNewOperation()));
    const outcomes = await pullSpecs({ root, fetch: routeTestHostsTo(server.origin) });
    expect(outcomes.map((outcome) => [outcome.vendor, outcome.result])).toEqual([
      ["agentstack", "no-source"],
      ["chartbrew", "updated"],
      ["datagrid", "no-source"],
      ["polytomic", "no-source"],
      ["supermemory", "refused"],
    ]);
    const report = formatPullReport(outcomes);
    expect(report).toContain("no source: document written from docs pages");
    expect(report).toMatch(
      /supermemory +https:\/\/supermemory\.test\/v3\/openapi +refused: answered 404/,
    );
    expect(report.split("\n").at(-1)).toBe(
      "1 updated, 0 unchanged, 1 refused, 3 without a source; refused vendors changed nothing.",
    );
  });

  it("creates a new vendor's document from a sidecar alone", async () => {
    writeFileSync(
      join(root, "specs", "acme.patchbay.yaml"),
      "source: https://acme.test/openapi.json\n",
    );
    serve("/openapi.json", JSON.stringify(chartbrewWithNewOperation()));
    const [outcome] = await pull({ vendors: ["acme"] });
    expect(outcome).toMatchObject({
      result: "updated",
      file: "specs/acme.yaml",
      classification: null,
    });
    expect(describeOutcome(outcome as never)).toBe("updated (new document)");
  });

  it("sees the same vendor documents as the generator (and never its own state file)", () => {
    for (const name of [
      ".hidden.json",
      "extra.yml",
      "acme.patchbay.yaml",
      "notes.txt",
      ".x.yaml.1.tmp",
      // write-file-atomic's temporary name, beside the target
      "x.yaml.1a2b3c4d",
    ])
      writeFileSync(join(root, "specs", name), "{}\n");
    // pull lists vendors with the generator's own listDocuments: what it must (not) take
    const documents = listDocuments(root);
    expect(documents).toContain("specs/extra.yml");
    for (const other of ["acme.patchbay.yaml", "notes.txt", ".x.yaml.1.tmp", "x.yaml.1a2b3c4d"])
      expect(documents).not.toContain(`specs/${other}`);
    expect(STATE_FILE.startsWith("specs/")).toBe(false);
  });

  it("rejects an unknown vendor as a usage error", async () => {
    await expect(pull({ vendors: ["nope"] })).rejects.toThrow(
      /No document or sidecar in specs\/ for nope/,
    );
  });
});
