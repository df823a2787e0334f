// The pull tests' world: a loopback vendor server (never sent a credential) and a fresh copy of
// specs/ per test, with chartbrew's source on it and its document as JSON, as Chartbrew publishes
// it (specs/chartbrew.json); pull-specs.test.ts and pull-refusals.test.ts.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fixtureSpecsDir } from "@patchbay/common/temp-repo";
import { listDocuments, vendorOfDocument } from "@patchbay/openapi/vendor-documents";
import { afterAll, afterEach, beforeAll, beforeEach, expect } from "vitest";
import { parse } from "yaml";
import { type PullOptions, pullSpecs } from "./pull-specs.ts";
import { STATE_FILE } from "./pull-state.ts";
import {
  copyOfSpecs,
  publishedAsJson,
  removeCopy,
  routeTestHostsTo,
  startVendorServer,
  type VendorTestServer,
} from "./vendor-test-server.ts";

export const SOURCE = "https://chartbrew.test/openapi.json";

export let server: VendorTestServer;
export let root: string;

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
  publishedAsJson(root, "chartbrew");
  setSource("chartbrew", SOURCE);
  setSource("supermemory", null);
  server.routes.clear();
});
afterEach(() => removeCopy(root));

export function setSource(vendor: string, source: string | null) {
  const path = join(root, "specs", `${vendor}.patchbay.yaml`);
  const text = readFileSync(path, "utf8").replace(/^source:.*$/m, `source: ${source ?? "null"}`);
  writeFileSync(path, text);
}

export const pull = (options: Partial<PullOptions> = {}) =>
  pullSpecs({ root, vendors: ["chartbrew"], fetch: routeTestHostsTo(server.origin), ...options });

/** The vendor's document in the copy (`specs/<vendor>.json`, `.yaml` or `.yml`), as generate finds it. */
export const documentFile = (vendor = "chartbrew") =>
  listDocuments(root).find((file) => vendorOfDocument(file) === vendor);
export const specBytes = (vendor = "chartbrew") =>
  readFileSync(join(root, documentFile(vendor) ?? `specs/${vendor}: no document`));
export const stateText = () => {
  const path = join(root, STATE_FILE);
  return existsSync(path) ? readFileSync(path, "utf8") : undefined;
};
/** Every file in the copy's specs/ with its bytes, to prove a refused pull changed nothing. */
export const specsSnapshot = () =>
  Object.fromEntries(
    readdirSync(join(root, "specs"))
      .sort()
      .map((file) => [file, readFileSync(join(root, "specs", file), "utf8")]),
  );

/** Chartbrew's current document, parsed. */
export const chartbrewDocument = (): Record<string, unknown> & {
  info: Record<string, unknown>;
  paths: Record<string, Record<string, unknown>>;
} => parse(readFileSync(join(fixtureSpecsDir, "chartbrew.yaml"), "utf8"));

/** Chartbrew's current document with one operation added: an additive change. */
export function chartbrewWithNewOperation(): Record<string, unknown> {
  const document = chartbrewDocument();
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

/** Writes `specs/<vendor>.overlay.yaml` in the copy; `text` is the overlay's actions. */
export function writeOverlay(vendor: string, actions: string) {
  writeFileSync(
    join(root, "specs", `${vendor}.overlay.yaml`),
    `overlay: 1.0.0\ninfo:\n  title: patchbay's additions\n  version: 1.0.0\nactions:\n${actions}`,
  );
}

export function serve(path: string, body: string | Buffer, headers: Record<string, string> = {}) {
  server.routes.set(path, (request, response) => {
    if (headers.etag && request.headers["if-none-match"] === headers.etag) {
      response.writeHead(304, { etag: headers.etag }).end();
      return;
    }
    response.writeHead(200, { "content-type": "application/json", ...headers }).end(body);
  });
}
