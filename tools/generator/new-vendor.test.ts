// Proves a vendor needs nothing but its document: specs/acme.yaml (an OAuth-redirect fixture
// document, no sidecar) becomes a complete @patchbay/acme package; and names that are not JavaScript
// identifiers (fixtures/odd-names.yaml: reserved words, dots, dashes, non-ASCII, a comment
// closer) still make valid code. Both packages type-check, with typed calls and their README.
import { createHash } from "node:crypto";
import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { makeTempRepo, readTree, removeTempDir } from "@patchbay/common/temp-repo";
import { type TypecheckResult, typecheckPackages } from "@patchbay/test-support/typecheck";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GenerateResult, generate } from "./generate.ts";
import { vendorFilePaths } from "./generated-files.ts";

let root: string;
let result: GenerateResult;
let typecheck: Promise<TypecheckResult>;
const read = (vendor: string, path: string) =>
  readFileSync(join(root, "packages", vendor, path), "utf8");
const usage = (vendor: string) => join(import.meta.dirname, "fixtures/typecheck", `${vendor}.ts`);

beforeAll(async () => {
  root = makeTempRepo("new-vendor");
  copyFileSync(
    join(import.meta.dirname, "../contract/fixtures/oauth-redirect.yaml"),
    join(root, "specs/acme.yaml"),
  );
  copyFileSync(
    join(import.meta.dirname, "fixtures/odd-names.yaml"),
    join(root, "specs/odd-names.yaml"),
  );
  result = await generate({ root, vendors: ["acme", "odd-names"] });
  // Started now, awaited by the type-check tests: the other tests run meanwhile.
  typecheck = typecheckPackages(root, [
    { vendor: "acme", usageFiles: [usage("acme")] },
    { vendor: "odd-names", usageFiles: [usage("odd-names")] },
  ]);
  typecheck.catch(() => {});
});
afterAll(async () => {
  await typecheck?.catch(() => {});
  removeTempDir(root);
});

async function expectTypeChecks(vendor: string) {
  const { exitCode, errorsByVendor, otherErrors } = await typecheck;
  expect(errorsByVendor.get(vendor)).toEqual([]);
  expect(otherErrors).toEqual([]);
  expect(exitCode).toBe(0);
}

describe("a new vendor from a bare document (specs/acme.yaml, no sidecar)", () => {
  it("gets every file of the generated-file list under packages/acme/, and no vendor it was not asked for", () => {
    const rendered = result.vendors
      .filter(({ model }) => model.name === "acme")
      .flatMap((vendor) => [...vendor.files.keys()])
      .sort();
    expect(rendered).toEqual(vendorFilePaths("acme").sort());
    for (const file of [
      "README.md",
      "package.json",
      "src/index.ts",
      "src/msw.ts",
      "src/schema.ts",
      "tsconfig.json",
    ]) {
      expect(rendered).toContain(`packages/acme/${file}`);
    }
    expect(rendered.every((path) => path.startsWith("packages/acme/"))).toBe(true);
    const onDisk = [...readTree(join(root, "packages")).keys()].map((path) => `packages/${path}`);
    expect(onDisk.filter((path) => path.startsWith("packages/acme/")).sort()).toEqual(rendered);
    // Only the vendors asked for.
    expect(onDisk.every((path) => /^packages\/(acme|odd-names)\//.test(path))).toBe(true);
  });

  it("is named @patchbay/acme, at the initial version, generated from specs/acme.yaml", () => {
    const manifest = JSON.parse(read("acme", "package.json"));
    expect(manifest.name).toBe("@patchbay/acme");
    expect(manifest.version).toBe("0.1.0");
    expect(manifest.dependencies["@patchbay/runtime"]).toBe("workspace:^");
    // msw is an optional peer, for the ./msw entry only: the runtime dependencies stay these two
    expect(Object.keys(manifest.dependencies).sort()).toEqual([
      "@patchbay/runtime",
      "openapi-fetch",
    ]);
    expect(manifest.peerDependencies).toEqual({ msw: expect.stringMatching(/^\^2\./) });
    expect(manifest.peerDependenciesMeta).toEqual({ msw: { optional: true } });
    expect(Object.keys(manifest.exports)).toEqual([".", "./msw", "./package.json"]);
    expect(manifest.scripts.build).toContain("src/msw.ts");
    // neither entry loads the other: the main entry no handler, the handlers no client
    expect(read("acme", "src/index.ts")).not.toMatch(/msw/);
    expect(read("acme", "src/msw.ts")).not.toMatch(/from "\.\/index/);
    expect(manifest.repository.directory).toBe("packages/acme");
    expect(manifest.patchbay.generatedFrom).toBe("specs/acme.yaml");
    expect(manifest.patchbay.specSha256).toBe(
      createHash("sha256")
        .update(readFileSync(join(root, "specs/acme.yaml")))
        .digest("hex"),
    );
  });

  it("reads ACME_* environment variables, nothing named after the document it was copied from", () => {
    const index = read("acme", "src/index.ts");
    expect(index).toContain('vendor: "acme"');
    expect(index).toContain('envPrefix: "ACME"');
    expect(index).toContain('env: "ACME_API_KEY"');
    expect(index).toContain("`ACME_BASE_URL`");
    expect(index).toContain('defaultBaseUrl: "https://api.datagrid.com/v1"');
    expect(index).not.toMatch(/DATAGRID_/);
    // No sidecar: the optional Datagrid-Teamspace header is not turned into an option.
    expect(index).toContain("headers: []");
    expect(index).toContain("export interface AcmeClientOptions extends RuntimeOptions");
    const readme = read("acme", "README.md");
    expect(readme).toContain("# @patchbay/acme");
    expect(readme).toContain("npm install @patchbay/acme");
    expect(readme).toContain("`ACME_BASE_URL`, `ACME_API_KEY`");
    expect(read("acme", "src/schema.ts")).toContain('"/connections": {');
    expect(read("acme", "tsconfig.json")).toContain('"extends": "../../tsconfig.base.json"');
  });

  it("type-checks, with typed calls and its README example", async () => {
    await expectTypeChecks("acme");
  });
});

describe("awkward names (fixtures/odd-names.yaml)", () => {
  it("become valid names in the client: OddNames, ODD_NAMES_*; the required x-trace-id header stays a per-call parameter", () => {
    const index = read("odd-names", "src/index.ts");
    expect(index).toContain("export interface OddNamesClientOptions extends RuntimeOptions");
    expect(index).toContain('envPrefix: "ODD_NAMES"');
    expect(index).toContain('defaultBaseUrl: "https://eu.odd-names.example/api"');
    // Only headers the sidecar names become client options; the document's stay per call.
    expect(index).toContain("headers: []");
    expect(index).not.toMatch(/traceId|TRACE_ID/);
    const schema = read("odd-names", "src/schema.ts");
    expect(schema).toMatch(/header: \{\n(.*\n)*?\s+"x-trace-id": string;/);
    // A description's "*/" cannot end the doc comment early.
    expect(schema).toContain("ends a comment *\\/ here");
    expect(schema).not.toMatch(/\*\/ here/);
  });

  it("keep the README's operations table intact", () => {
    expect(read("odd-names", "README.md")).toContain(
      "| `GET` | `/class/{class}/items.json` | `list-items.v2` | List items \\| with a pipe |",
    );
  });

  it("type-check, with typed calls and the README example", async () => {
    await expectTypeChecks("odd-names");
  });
});
