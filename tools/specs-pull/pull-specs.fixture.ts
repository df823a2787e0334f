// The pull tests' world: a loopback vendor server (never sent a credential) and a fresh copy of
// specs/ per test, with chartbrew's source on it; pull-specs.test.ts and pull-refusals.test.ts.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fixtureSpecsDir } from "@patchbay/common/temp-repo";
import { afterAll, afterEach, beforeAll, beforeEach, expect } from "vitest";
import { parse } from "yaml";
import { type PullOptions, pullSpecs } from "./pull-specs.ts";
import { STATE_FILE } from "./pull-state.ts";
import {
  copyOfSpecs,
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

export const specBytes = (vendor = "chartbrew") =>
  readFileSync(join(root, "specs", `${vendor}.yaml`));
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

/** Chartbrew's current document with one operation added: an additive change. */
export function chartbrewWithNewOperation(): Record<string, unknown> {
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

export function serve(path: string, body: string, headers: Record<string, string> = {}) {
  server.routes.set(path, (request, response) => {
    if (headers.etag && request.headers["if-none-match"] === headers.etag) {
      response.writeHead(304, { etag: headers.etag }).end();
      return;
    }
    response.writeHead(200, { "content-type": "application/json", ...headers }).end(body);
  });
}
