// A pull that is refused changes nothing in specs/ or the state file, and says why.
import { appendFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { describeOutcome } from "./pull-report.ts";
import {
  chartbrewWithNewOperation,
  pull,
  root,
  serve,
  server,
  specsSnapshot,
  stateText,
  writeOverlay,
} from "./pull-specs.fixture.ts";
import type { PullOptions } from "./pull-specs.ts";
import { routeTestHostsTo, startVendorServer } from "./vendor-test-server.ts";

describe("pnpm specs:pull", () => {
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
      await expectRefused(/\(#\/servers\/0\/url\) The `region` variable is not defined/);
    });

    it("a document an overlay action no longer applies to, naming the overlay's file:line", async () => {
      writeOverlay(
        "chartbrew",
        [
          "  - target: $.info",
          "    update: { x-logo: { url: https://chartbrew.example/logo.png } }",
          "  - target: $.paths['/team/{team_id}/connections'].post",
          "    description: the create call's example the demo needs",
          "    update: { x-patchbay: true }",
          "",
        ].join("\n"),
      );
      const document = chartbrewWithNewOperation() as { paths: Record<string, unknown> };
      document.paths = {
        "/v2/team/{team_id}/connections": document.paths["/team/{team_id}/connections"],
      };
      serve("/openapi.json", JSON.stringify(document));
      await expectRefused(
        /^refused: invalid: specs\/chartbrew\.overlay\.yaml:8:\d+ \(#\/actions\/1\/target\) targets \$\.paths\['\/team\/\{team_id\}\/connections'\]\.post, which is not in the document/,
      );
    });

    it("a document that drops an operation the sidecar maps, naming the sidecar's file:line", async () => {
      appendFileSync(
        join(root, "specs", "chartbrew.patchbay.yaml"),
        "connections:\n  create: createConnection\n  start: { connectionId: /id, status: connected }\n",
      );
      const document = chartbrewWithNewOperation() as {
        paths: Record<string, { post?: { operationId?: string } }>;
      };
      const create = document.paths["/team/{team_id}/connections"]?.post;
      if (create) create.operationId = "addConnection";
      serve("/openapi.json", JSON.stringify(document));
      const sidecarLines = readFileSync(join(root, "specs", "chartbrew.patchbay.yaml"), "utf8")
        .trimEnd()
        .split("\n");
      const line = sidecarLines.indexOf("  create: createConnection") + 1;
      await expectRefused(
        new RegExp(
          `^refused: invalid: specs/chartbrew\\.patchbay\\.yaml:${line}:\\d+ \\(#/connections/create\\) `,
        ),
      );
    });

    it("YAML for a document kept as JSON (specs/chartbrew.json)", async () => {
      serve("/openapi.json", stringify(chartbrewWithNewOperation()), {
        "content-type": "application/yaml",
      });
      await expectRefused(
        /^refused: specs\/chartbrew\.json holds JSON, and https:\/\/chartbrew\.test\/openapi\.json answered a document that is not JSON; rename the file to specs\/chartbrew\.yaml to take it$/,
      );
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
});
