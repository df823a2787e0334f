import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fixtureSpecsDir } from "@patchbay/common/temp-repo";
import { pullSpecs } from "@patchbay/specs-pull/pull-specs";
import {
  copyOfSpecs,
  publishedAsJson,
  removeCopy,
  routeTestHostsTo,
  startVendorServer,
  type VendorTestServer,
} from "@patchbay/specs-pull/vendor-test-server";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { runSync } from "./run-sync.ts";
import { packagesAsGenerated, setSource } from "./sync.fixture.ts";
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
  // as the vendors publish them: Chartbrew's as JSON, and a .yml beside the .yaml documents
  publishedAsJson(root, "chartbrew");
  renameSync(join(root, "specs", "supermemory.yaml"), join(root, "specs", "supermemory.yml"));
  packagesAsGenerated(root);
  setSource(root, "chartbrew", "https://chartbrew.test/openapi.json");
  setSource(root, "supermemory", "https://supermemory.test/openapi");
});
afterEach(() => removeCopy(root));

/** Serves the vendor's document with its description changed, as JSON or YAML; returns it. */
function serveChanged(path: string, vendor: string, format: "json" | "yaml" = "json") {
  const document = parse(readFileSync(join(fixtureSpecsDir, `${vendor}.yaml`), "utf8"));
  document.info.description = `${document.info.description ?? ""} Changed.`;
  const body =
    format === "json" ? JSON.stringify(document, null, 4) : `# ${vendor}\n${stringify(document)}`;
  server.routes.set(path, (_request, response) => response.writeHead(200).end(body));
  return body;
}

/**
 * Records the steps instead of running them; fails the one named `failing`. Its regenerate step
 * does what `pnpm generate` does to what sync reads: the packages' package.json.
 */
function recorder(failing?: string) {
  const ran: string[] = [];
  return {
    ran,
    runStep: async (step: SyncStep, stepRoot: string) => {
      expect(stepRoot).toBe(root);
      ran.push(describeStep(step));
      if (step.name === failing) return 3;
      if (step.name === "regenerate") packagesAsGenerated(root, step.args.slice(2));
      return 0;
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
    expect(markdown).toContain("Regenerating chartbrew: specs/chartbrew.json pulled now.");
    expect(markdown).toContain(
      "passed  tests: pnpm exec turbo run test --filter=@patchbay/chartbrew",
    );
  });

  it("takes .json and .yml documents as the vendors publish them, and runs the chain for both", async () => {
    const chartbrew = serveChanged("/openapi.json", "chartbrew", "json");
    const supermemory = serveChanged("/openapi", "supermemory", "yaml");
    const { ran, runStep } = recorder();
    const result = await runSync({ root, runStep, fetch: pullWith.fetch() });
    expect(result.outcomes.map((outcome) => [outcome.vendor, outcome.result])).toContainEqual([
      "supermemory",
      "updated",
    ]);
    expect(readFileSync(join(root, "specs", "chartbrew.json"), "utf8")).toBe(chartbrew);
    expect(readFileSync(join(root, "specs", "supermemory.yml"), "utf8")).toBe(supermemory);
    expect(ran).toEqual([
      "pnpm generate --write chartbrew supermemory",
      "pnpm spec:changes chartbrew supermemory",
      "pnpm exec turbo run test --filter=@patchbay/chartbrew --filter=@patchbay/supermemory",
    ]);
    expect(result.exitCode).toBe(0);
  });

  it("regenerates a vendor pulled before the sync (pnpm specs:pull <vendor>, then pnpm specs:sync)", async () => {
    serveChanged("/openapi.json", "chartbrew");
    const [pulled] = await pullSpecs({ root, vendors: ["chartbrew"], fetch: pullWith.fetch() });
    expect(pulled?.result).toBe("updated");
    const { ran, runStep } = recorder();
    const result = await runSync({
      root,
      vendors: ["chartbrew"],
      runStep,
      fetch: pullWith.fetch(),
    });
    expect(result.outcomes).toMatchObject([{ vendor: "chartbrew", result: "unchanged" }]);
    expect(result.regenerated).toEqual([
      {
        vendor: "chartbrew",
        why: "packages/chartbrew is not generated from specs/chartbrew.json as it is now",
      },
    ]);
    expect(ran).toEqual([
      "pnpm generate --write chartbrew",
      "pnpm spec:changes chartbrew",
      "pnpm exec turbo run test --filter=@patchbay/chartbrew",
    ]);
    expect(result.exitCode).toBe(0);
    expect(renderSyncMarkdown(result)).toContain("## Vendor documents updated: chartbrew");

    // Regenerated: the next sync has nothing to do.
    const again = recorder();
    await runSync({
      root,
      vendors: ["chartbrew"],
      runStep: again.runStep,
      fetch: pullWith.fetch(),
    });
    expect(again.ran).toEqual([]);
  });

  it("generates and links a new vendor whose first document an earlier pull wrote", async () => {
    writeFileSync(
      join(root, "specs", "acme.patchbay.yaml"),
      "source: https://acme.test/openapi.json\n",
    );
    serveChanged("/openapi.json", "chartbrew");
    await pullSpecs({ root, vendors: ["acme"], fetch: pullWith.fetch() });
    const { ran, runStep } = recorder();
    const result = await runSync({ root, vendors: ["acme"], runStep, fetch: pullWith.fetch() });
    expect(result.regenerated).toEqual([
      { vendor: "acme", why: "specs/acme.json has no package yet" },
    ]);
    expect(ran).toEqual([
      "pnpm generate --write acme",
      "pnpm install --no-frozen-lockfile",
      "pnpm spec:changes acme",
      "pnpm exec turbo run test --filter=@patchbay/acme",
    ]);
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
