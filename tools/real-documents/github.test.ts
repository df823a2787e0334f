// GitHub's REST description as published (`@octokit/openapi`, generated/api.github.com.json),
// dropped whole into a scratch root's specs/: it generates (validation included) and its package
// type-checks. Published documents write what Redocly's struct rule refuses (`nullable: true`
// beside an anyOf, at #/components/schemas/installation/properties/account and elsewhere): those
// are findings, never a refusal. `pnpm --filter @patchbay/real-documents real:github` goes further
// (install, build, peak memory).
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { makeTempDir, removeTempDir, repoRoot } from "@patchbay/common/temp-repo";
import { generate } from "@patchbay/generator/generate";
import { parseDocumentBytes } from "@patchbay/openapi/load-document";
import { checkDocument } from "@patchbay/openapi/validate-document";
import { typecheckPackages } from "@patchbay/test-support/typecheck";
import { afterAll, describe, expect, it } from "vitest";

const octokit = dirname(createRequire(import.meta.url).resolve("@octokit/openapi/package.json"));
const source = join(octokit, "generated", "api.github.com.json");
const root = makeTempDir("real-github");
afterAll(() => removeTempDir(root));

describe("GitHub's REST description, as published", () => {
  it("is checked with findings, not refused: nullable beside anyOf is typed as the author meant", async () => {
    const loaded = parseDocumentBytes(readFileSync(source), "specs/github.json");
    const { errors, findings } = await checkDocument(loaded, join(root, "specs"));
    expect(errors.map((error) => error.message)).toEqual([]);
    expect(findings.map((finding) => finding.pointer)).toContain(
      "#/components/schemas/installation/properties/account/nullable",
    );
    expect(
      findings.every((finding) =>
        finding.problem.startsWith("nullable without a type: typed as its subschemas or null"),
      ),
    ).toBe(true);
  });

  it("generates a package that type-checks, its README example included", async () => {
    mkdirSync(join(root, "specs"), { recursive: true });
    copyFileSync(source, join(root, "specs", "github.json"));
    copyFileSync(join(repoRoot, "tsconfig.base.json"), join(root, "tsconfig.base.json"));
    await generate({ root });
    const schema = readFileSync(join(root, "packages", "github", "src", "schema.ts"), "utf8");
    expect(schema).toMatch(/account: \(.*\) \| null;/);
    const typecheck = await typecheckPackages(root, [{ vendor: "github", usageFiles: [] }]);
    expect(typecheck.otherErrors).toEqual([]);
    expect(typecheck.errorsByVendor.get("github")).toEqual([]);
  });
});
