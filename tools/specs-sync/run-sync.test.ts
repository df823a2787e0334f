import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fixtureSpecsDir } from "@patchbay/common/temp-repo";
import {
  copyOfSpecs,
  removeCopy,
  routeTestHostsTo,
  startVendorServer,
  type VendorTestServer,
} from "@patchbay/specs-pull/vendor-test-server";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runSync } from "./run-sync.ts";
import { formatStepLines, renderSyncMarkdown } from "./sync-report.ts";
import { describeStep, type SyncStep, syncSteps } from "./sync-steps.ts";

let server: VendorTestServer;
let root: string;

beforeAll(async () => {
  server = await startVendorServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  root = copyOfSpecs();
  server.routes.clear();
  setSource("chartbrew", "https://chartbrew.test/openapi.json");
  setSource("supermemory", "https://supermemory.test/openapi");
});
afterEach(() => removeCopy(root));

function setSource(vendor: string, source: string) {
  const path = join(root, "specs", `${vendor}.patchbay.yaml`);
  writeFileSync(path, readFileSync(path, "utf8").replace(/^source:.*$/m, `source: ${source}`));
}

function serveChanged(path: string, vendor: string) {
  const document = parse(readFileSync(join(fixtureSpecsDir, `${vendor}.yaml`), "utf8"));
  document.info.description = `${document.info.description ?? ""} Changed.`;
  server.routes.set(path, (_request, response) =>
    response.writeHead(200).end(JSON.stringify(document)),
  );
}

/** Records the steps instead of running them; fails the one named `failing`. */
function recorder(failing?: string) {
  const ran: string[] = [];
  return {
    ran,
    runStep: async (step: SyncStep, stepRoot: string) => {
      expect(stepRoot).toBe(root);
      ran.push(describeStep(step));
      return step.name === failing ? 3 : 0;
    },
  };
}

describe("syncSteps", () => {
  it("plans nothing when nothing was updated", () => {
    expect(syncSteps({ updated: [], added: [] })).toEqual([]);
  });

  it("regenerates (writing even in CI), writes the changeset, then tests only the updated vendors", () => {
    expect(
      syncSteps({ updated: ["supermemory", "chartbrew"], added: [] }).map(describeStep),
    ).toEqual([
      "pnpm generate --write chartbrew supermemory",
      "pnpm spec:changes chartbrew supermemory",
      "pnpm exec turbo run test --filter=@patchbay/chartbrew --filter=@patchbay/supermemory",
    ]);
  });

  it("links a new vendor's package before its changeset and tests", () => {
    expect(syncSteps({ updated: ["acme"], added: ["acme"] }).map((step) => step.name)).toEqual([
      "regenerate",
      "link new packages",
      "spec:changes (changeset)",
      "tests",
    ]);
  });
});

describe("pnpm specs:sync", () => {
  const pullWith = { fetch: () => routeTestHostsTo(server.origin) };

  it("runs the chain for the updated vendor even though another was refused, and exits 1", async () => {
    serveChanged("/openapi.json", "chartbrew");
    const { ran, runStep } = recorder();
    const result = await runSync({ root, runStep, fetch: pullWith.fetch() });
    expect(result.outcomes.find((outcome) => outcome.vendor === "supermemory")?.result).toBe(
      "refused",
    );
    expect(ran).toEqual([
      "pnpm generate --write chartbrew",
      "pnpm spec:changes chartbrew",
      "pnpm exec turbo run test --filter=@patchbay/chartbrew",
    ]);
    expect(result.exitCode).toBe(1);
    const markdown = renderSyncMarkdown(result);
    expect(markdown).toContain("## Vendor documents updated: chartbrew");
    expect(markdown).toMatch(
      /chartbrew +https:\/\/chartbrew\.test\/openapi\.json +updated \(docs-only/,
    );
    expect(markdown).toContain(
      "passed  tests: pnpm exec turbo run test --filter=@patchbay/chartbrew",
    );
  });

  it("stops at the first failing step and skips the rest", async () => {
    serveChanged("/openapi.json", "chartbrew");
    serveChanged("/openapi", "supermemory");
    const { ran, runStep } = recorder("regenerate");
    const result = await runSync({ root, runStep, fetch: pullWith.fetch() });
    expect(ran).toEqual(["pnpm generate --write chartbrew supermemory"]);
    expect(result.steps.map((step) => step.status)).toEqual(["failed", "skipped", "skipped"]);
    expect(result.exitCode).toBe(1);
    expect(formatStepLines(result).split("\n")[0]).toBe(
      "FAILED  regenerate: pnpm generate --write chartbrew supermemory (exit 3)",
    );
  });

  it("exits 0 and runs nothing when every document is unchanged", async () => {
    serveChanged("/openapi.json", "chartbrew");
    serveChanged("/openapi", "supermemory");
    await runSync({ root, runStep: recorder().runStep, fetch: pullWith.fetch() });
    const { ran, runStep } = recorder();
    const result = await runSync({ root, runStep, fetch: pullWith.fetch() });
    expect(ran).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(formatStepLines(result)).toBe("No vendor document changed; nothing to regenerate.");
    expect(renderSyncMarkdown(result)).toContain("## No vendor document changed");
  });
});
