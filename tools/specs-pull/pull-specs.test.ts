import { readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "@patchbay/common/temp-repo";
import { listDocuments } from "@patchbay/generator/generate";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { describeOutcome, formatPullReport } from "./pull-report.ts";
import {
  chartbrewDocument,
  chartbrewWithNewOperation,
  documentFile,
  pull,
  root,
  SOURCE,
  serve,
  server,
  setSource,
  specBytes,
  specsSnapshot,
  stateText,
  writeOverlay,
} from "./pull-specs.fixture.ts";
import { PULL_DEFAULTS, pullSpecs } from "./pull-specs.ts";
import { STATE_FILE } from "./pull-state.ts";
import { routeTestHostsTo } from "./vendor-test-server.ts";

/** A JSON document as a vendor might publish it: its own indent, escapes and no final newline. */
const asPublishedJson = (document: unknown) =>
  JSON.stringify(document, null, 4).replace("Chartbrew", "Chartbr\\u0065w");

describe("pnpm specs:pull", () => {
  it("writes the vendor's bytes unchanged to its JSON document, classifies them and remembers the ETag", async () => {
    const published = asPublishedJson(chartbrewWithNewOperation());
    serve("/openapi.json", published, { etag: '"v1"' });
    const [outcome] = await pull();
    expect(outcome).toMatchObject({ result: "updated", file: "specs/chartbrew.json" });
    expect(describeOutcome(outcome as never)).toMatch(/^updated \(additive: \d+ additive/);
    expect(specBytes().toString()).toBe(published);
    expect(documentFile()).toBe("specs/chartbrew.json");
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

  it.each([
    ["yaml", "text/yaml"],
    ["yml", "text/plain; charset=utf-8"],
  ])(
    "keeps a .%s document's name and the vendor's YAML whole: comments, quoting, folding",
    async (extension, contentType) => {
      renameSync(
        join(root, "specs", "chartbrew.json"),
        join(root, "specs", `chartbrew.${extension}`),
      );
      const published = `# Chartbrew's API, as its docs publish it\n${stringify(
        chartbrewWithNewOperation(),
        { indent: 4, lineWidth: 40, defaultStringType: "QUOTE_SINGLE" },
      )}# end\n`;
      serve("/openapi.json", published, { "content-type": contentType });
      const files = Object.keys(specsSnapshot());
      const [outcome] = await pull();
      expect(outcome).toMatchObject({ result: "updated", file: `specs/chartbrew.${extension}` });
      expect(readFileSync(join(root, "specs", `chartbrew.${extension}`), "utf8")).toBe(published);
      expect(Object.keys(specsSnapshot())).toEqual(files);
    },
  );

  it("reports unchanged (same bytes) when the vendor gives no validators and nothing changed", async () => {
    serve("/openapi.json", JSON.stringify(chartbrewWithNewOperation()));
    expect((await pull())[0]?.result).toBe("updated");
    const written = specBytes();
    const [again] = await pull();
    expect(describeOutcome(again as never)).toBe("unchanged (same bytes)");
    expect(server.requests.at(-1)?.headers["if-none-match"]).toBeUndefined();
    expect(specBytes().equals(written)).toBe(true);
  });

  it("takes a re-formatted document as the vendor's new bytes, classified as no API change", async () => {
    const current = specBytes();
    const reformatted = JSON.stringify(JSON.parse(current.toString()), null, 1);
    serve("/openapi.json", reformatted);
    const [outcome] = await pull();
    expect(describeOutcome(outcome as never)).toBe("updated (none: nothing an API user can see)");
    expect(specBytes().toString()).toBe(reformatted);
  });

  it("classifies a moved operation as breaking", async () => {
    const document = chartbrewDocument();
    document.paths = {
      "/v2/team/{team_id}/connections": document.paths["/team/{team_id}/connections"] ?? {},
    };
    serve("/openapi.json", JSON.stringify(document));
    const [outcome] = await pull();
    expect(describeOutcome(outcome as never)).toMatch(/^updated \(breaking: \d+ breaking/);
  });

  it("validates with the vendor's overlay applied: a defect the overlay fixes is taken, the vendor's bytes kept", async () => {
    const document = chartbrewWithNewOperation();
    document.servers = [{ url: "https://{region}.chartbrew.example" }];
    writeOverlay(
      "chartbrew",
      "  - target: $.servers[0]\n    update:\n      variables:\n        region: { default: eu }\n",
    );
    const published = JSON.stringify(document);
    serve("/openapi.json", published);
    const [outcome] = await pull();
    expect(outcome?.result).toBe("updated");
    expect(specBytes().toString()).toBe(published);
  });

  it("fetches again, without validators, when the file was edited by hand since the last pull", async () => {
    serve("/openapi.json", JSON.stringify(chartbrewWithNewOperation()), { etag: '"v1"' });
    await pull();
    const pulled = specBytes();
    writeFileSync(join(root, "specs", "chartbrew.json"), `${pulled}\n`);
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

  it.each([
    ["/openapi", "application/json", "json", "specs/acme.json"],
    ["/openapi", "application/yaml; charset=utf-8", "yaml", "specs/acme.yaml"],
    ["/openapi.yml", "text/plain; charset=utf-8", "yaml", "specs/acme.yml"],
    ["/openapi.json", "text/plain; charset=utf-8", "json", "specs/acme.json"],
    ["/openapi", "application/octet-stream", "json", "specs/acme.json"],
    ["/openapi", "text/plain", "yaml", "specs/acme.yaml"],
  ])(
    "creates a new vendor's document from a sidecar alone: %s answered as %s (%s) → %s",
    async (path, contentType, format, file) => {
      writeFileSync(
        join(root, "specs", "acme.patchbay.yaml"),
        `source: https://acme.test${path}\n`,
      );
      const document = chartbrewWithNewOperation();
      const published = format === "json" ? JSON.stringify(document) : stringify(document);
      serve(path, published, { "content-type": contentType });
      const [outcome] = await pull({ vendors: ["acme"] });
      expect(outcome).toMatchObject({ result: "updated", file, classification: null });
      expect(describeOutcome(outcome as never)).toBe("updated (new document)");
      expect(readFileSync(join(root, file), "utf8")).toBe(published);
      expect(listDocuments(root).filter((name) => name.startsWith("specs/acme."))).toEqual([file]);
    },
  );

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
    expect(documents).toContain("specs/chartbrew.json");
    for (const other of ["acme.patchbay.yaml", "notes.txt", ".x.yaml.1.tmp", "x.yaml.1a2b3c4d"])
      expect(documents).not.toContain(`specs/${other}`);
    expect(STATE_FILE.startsWith("specs/")).toBe(false);
  });

  it("accepts, by default, four times the largest document in specs/", () => {
    const sizes = readdirSync(join(repoRoot, "specs"))
      .filter((name) => listDocuments(repoRoot).includes(`specs/${name}`))
      .map((name) => statSync(join(repoRoot, "specs", name)).size);
    expect(Math.max(...sizes)).toBeGreaterThan(3_000_000);
    expect(PULL_DEFAULTS.maxBytes).toBeGreaterThanOrEqual(4 * Math.max(...sizes));
  });

  it("rejects an unknown vendor as a usage error", async () => {
    await expect(pull({ vendors: ["nope"] })).rejects.toThrow(
      /No document or sidecar in specs\/ for nope/,
    );
  });
});
