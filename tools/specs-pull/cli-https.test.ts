// End to end over real TLS: the CLI exactly as `pnpm specs:pull` runs it, no test seams, against a
// loopback https server whose self-signed certificate (made here) the child process trusts through
// NODE_EXTRA_CA_CERTS.

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "@patchbay/common/run";
import { fixtureSpecsDir } from "@patchbay/common/temp-repo";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { STATE_FILE } from "./pull-state.ts";
import {
  copyOfSpecs,
  publishedAsJson,
  removeCopy,
  startHttpsVendorServer,
  type VendorTestServer,
} from "./vendor-test-server.ts";

const realRoot = join(import.meta.dirname, "..", "..");
const tsx = join(realRoot, "node_modules", ".bin", "tsx");
const cli = join(import.meta.dirname, "cli.ts");

let server: VendorTestServer;
let root: string;
let caFile: string;
/** The document the vendor publishes, as it publishes it. */
let body: string;

beforeAll(async () => {
  const https = await startHttpsVendorServer();
  server = https.server;
  root = copyOfSpecs();
  publishedAsJson(root, "chartbrew");
  caFile = join(root, "test-ca.pem");
  writeFileSync(caFile, https.ca);

  const document = parse(readFileSync(join(fixtureSpecsDir, "chartbrew.yaml"), "utf8"));
  document.info.description = "Pulled over TLS.";
  body = JSON.stringify(document, null, 3);
  server.routes.set("/openapi.json", (_request, response) => {
    response.writeHead(301, { location: `${server.origin}/v2/openapi.json` }).end();
  });
  server.routes.set("/v2/openapi.json", (request, response) => {
    if (request.headers["if-none-match"] === '"tls-1"') response.writeHead(304).end();
    else response.writeHead(200, { etag: '"tls-1"', "content-type": "application/json" }).end(body);
  });
  server.routes.set("/downgrade", (_request, response) => {
    response
      .writeHead(302, { location: `${server.origin.replace("https:", "http:")}/v2/openapi.json` })
      .end();
  });
  setSource("chartbrew", `${server.origin}/openapi.json`);
  setSource("supermemory", `${server.origin}/downgrade`);
});

afterAll(async () => {
  for (const request of server?.requests ?? []) {
    expect(request.headers.authorization).toBeUndefined();
    expect(request.headers.cookie).toBeUndefined();
  }
  await server?.close();
  removeCopy(root);
});

function setSource(vendor: string, source: string) {
  const path = join(root, "specs", `${vendor}.patchbay.yaml`);
  writeFileSync(path, readFileSync(path, "utf8").replace(/^source:.*$/m, `source: ${source}`));
}

const runCli = (args: string[], env: NodeJS.ProcessEnv) =>
  run(tsx, [cli, "--root", root, "--timeout-ms", "10000", ...args], {
    env: { ...process.env, ...env },
  });

describe("pnpm specs:pull over https", () => {
  it("refuses a certificate it cannot verify: there is no way to turn verification off", async () => {
    const before = readFileSync(join(root, "specs", "chartbrew.json"));
    const result = await runCli(["chartbrew"], { NODE_EXTRA_CA_CERTS: "" });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /chartbrew +https:\/\/127\.0\.0\.1:\d+\/openapi\.json +refused: network: .*(self-signed|SELF_SIGNED)/i,
    );
    expect(readFileSync(join(root, "specs", "chartbrew.json")).equals(before)).toBe(true);
  });

  it("follows https → https, writes the vendor's bytes, refuses a downgrade to http, exits 1", async () => {
    const result = await runCli([], { NODE_EXTRA_CA_CERTS: caFile });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/chartbrew +\S+ +updated \(docs-only: 1 docs-only\)/);
    expect(result.stdout).toMatch(
      /supermemory +\S+ +refused: redirected to http:\/\/127\.0\.0\.1:\d+\/v2\/openapi\.json: not https/,
    );
    expect(result.stdout).toMatch(/agentstack +- +no source: document written from docs pages/);
    expect(readFileSync(join(root, "specs", "chartbrew.json"), "utf8")).toBe(body);
    expect(JSON.parse(readFileSync(join(root, STATE_FILE), "utf8")).chartbrew.etag).toBe('"tls-1"');
  });

  it("costs one 304 (after the vendor's redirect) the second time, and exits 0 when nothing was refused", async () => {
    const requested = server.requests.length;
    const result = await runCli(["chartbrew"], { NODE_EXTRA_CA_CERTS: caFile });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/chartbrew +\S+ +unchanged \(304\)/);
    expect(server.requests.slice(requested).map((request) => request.path)).toEqual([
      "/openapi.json",
      "/v2/openapi.json",
    ]);
  });
});
