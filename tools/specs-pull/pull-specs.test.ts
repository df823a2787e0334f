import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fixtureSpecsDir } from "@patchbay/common/temp-repo";
import { listDocuments } from "@patchbay/generator/generate";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { describeOutcome, formatPullReport } from "./pull-report.ts";
import {
  chartbrewWithNewOperation,
  pull,
  root,
  SOURCE,
  serve,
  server,
  setSource,
  specBytes,
  stateText,
} from "./pull-specs.fixture.ts";
import { pullSpecs } from "./pull-specs.ts";
import { STATE_FILE } from "./pull-state.ts";
import { routeTestHostsTo } from "./vendor-test-server.ts";

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
