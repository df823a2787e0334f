// A maintainer moves a vendor to a newer commit of its published document, as README.md says:
// edit `source` to the new commit, `pnpm specs:pull <vendor>`, then `pnpm specs:sync`. The CLIs
// run as pnpm runs them, over real TLS to a loopback stand-in for raw.githubusercontent.com (its
// certificate trusted through NODE_EXTRA_CA_CERTS); the sync's own commands reach a `pnpm` on
// PATH that records them, since generating and testing are not this test's subject.
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { delimiter, join } from "node:path";
import { run } from "@patchbay/common/run";
import { fixtureSpecsDir } from "@patchbay/common/temp-repo";
import {
  copyOfSpecs,
  publishedAsJson,
  removeCopy,
  startHttpsVendorServer,
  type VendorTestServer,
} from "@patchbay/specs-pull/vendor-test-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { packagesAsGenerated, setSource } from "./sync.fixture.ts";

const realRoot = join(import.meta.dirname, "..", "..");
const tsx = join(realRoot, "node_modules", ".bin", "tsx");
const pullCli = join(realRoot, "tools", "specs-pull", "cli.ts");
const syncCli = join(realRoot, "tools", "specs-sync", "cli.ts");

const OLD = "9235987053bf49d56a29e5d95ca58e0c07dd6b9c";
const NEW = "1f0c5e2d4b6a8c0e2f4a6b8d0c2e4f6a8b0c2d4e";
const pathAt = (commit: string) => `/chartbrew/chartbrew-docs/${commit}/api-reference/openapi.json`;

let server: VendorTestServer;
let root: string;
let env: NodeJS.ProcessEnv;
let pnpmLog: string;
/** The document at each commit, byte for byte as the vendor's repository holds it. */
const published = new Map<string, Buffer>();

beforeAll(async () => {
  const https = await startHttpsVendorServer();
  server = https.server;
  root = copyOfSpecs();
  // specs/chartbrew.json is the document at OLD, its package generated from it
  published.set(OLD, publishedAsJson(root, "chartbrew"));
  const document = parse(readFileSync(join(fixtureSpecsDir, "chartbrew.yaml"), "utf8"));
  document.paths["/team/{team_id}/connections/ping"] = {
    get: {
      operationId: "ping",
      parameters: [{ name: "team_id", in: "path", required: true, schema: { type: "string" } }],
      responses: { "200": { description: "OK" } },
    },
  };
  published.set(NEW, Buffer.from(`${JSON.stringify(document, null, 2)}\n`));
  for (const [commit, bytes] of published) {
    const etag = `"${commit.slice(0, 12)}"`;
    server.routes.set(pathAt(commit), (request, response) => {
      if (request.headers["if-none-match"] === etag) response.writeHead(304, { etag }).end();
      else
        response.writeHead(200, { etag, "content-type": "text/plain; charset=utf-8" }).end(bytes);
    });
  }
  setSource(root, "chartbrew", `${server.origin}${pathAt(OLD)}`);
  setSource(root, "supermemory", null);
  packagesAsGenerated(root);

  const caFile = join(root, "test-ca.pem");
  writeFileSync(caFile, https.ca);
  const bin = join(root, "bin");
  mkdirSync(bin);
  pnpmLog = join(root, "pnpm.log");
  writeFileSync(join(bin, "pnpm"), `#!/bin/sh\nprintf '%s\\n' "$*" >> '${pnpmLog}'\n`);
  chmodSync(join(bin, "pnpm"), 0o755);
  env = {
    ...process.env,
    NODE_EXTRA_CA_CERTS: caFile,
    PATH: `${bin}${delimiter}${process.env.PATH ?? ""}`,
  };
});

afterAll(async () => {
  for (const request of server?.requests ?? []) {
    expect(request.headers.authorization).toBeUndefined();
    expect(request.headers.cookie).toBeUndefined();
  }
  await server?.close();
  removeCopy(root);
});

const runCli = (cli: string, args: string[]) => run(tsx, [cli, "--root", root, ...args], { env });
const document = () => readFileSync(join(root, "specs", "chartbrew.json"));
const pnpmCommands = () =>
  existsSync(pnpmLog) ? readFileSync(pnpmLog, "utf8").trimEnd().split("\n") : [];

describe("a vendor pinned to a commit, moved to a newer one", () => {
  it("a pull of the pinned source only re-checks that file: unchanged", async () => {
    const requested = server.requests.length;
    const result = await runCli(pullCli, ["chartbrew"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/chartbrew +\S+ +unchanged \(same bytes\)/);
    expect(server.requests.slice(requested).map((request) => request.path)).toEqual([pathAt(OLD)]);
    expect(document().equals(published.get(OLD) as Buffer)).toBe(true);
  });

  it("edit source to the new commit, pnpm specs:pull chartbrew: that commit's bytes, classified", async () => {
    setSource(root, "chartbrew", `${server.origin}${pathAt(NEW)}`);
    const result = await runCli(pullCli, ["chartbrew"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/chartbrew +\S+ +updated \(additive: 1 additive\)/);
    expect(document().equals(published.get(NEW) as Buffer)).toBe(true);
    const state = JSON.parse(readFileSync(join(root, "tools/specs-pull/state.json"), "utf8"));
    expect(state.chartbrew.url).toBe(`${server.origin}${pathAt(NEW)}`);
    expect(pnpmCommands()).toEqual([]);
  });

  it("then pnpm specs:sync regenerates it, writes its changeset and runs its tests", async () => {
    const result = await runCli(syncCli, []);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/chartbrew +\S+ +unchanged \(304\)/);
    expect(result.stdout).toContain(
      "Regenerating chartbrew: packages/chartbrew is not generated from specs/chartbrew.json as it is now.",
    );
    expect(pnpmCommands()).toEqual([
      "generate --write chartbrew",
      "spec:changes chartbrew",
      "exec turbo run test --filter=@patchbay/chartbrew",
    ]);
    expect(document().equals(published.get(NEW) as Buffer)).toBe(true);
  });
});
