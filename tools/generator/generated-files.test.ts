// The generated-file list (generated-files.ts) is the one place that says what `pnpm generate`
// writes; turbo.json and biome.json cannot import it, so these tests hold them to it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "@patchbay/common/temp-repo";
import { describe, expect, it } from "vitest";
import {
  biomeIgnores,
  biomeUnformatted,
  isGeneratedFile,
  SHARED_FILES,
  turboOutputs,
  VENDOR_FILES,
} from "./generated-files.ts";

const readJson = (file: string) => JSON.parse(readFileSync(join(repoRoot, file), "utf8"));

describe("the generated-file list", () => {
  it("names each file once, vendor files relative to their package, shared ones under packages/connect/", () => {
    const paths = [...VENDOR_FILES, ...SHARED_FILES].map((file) => file.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(VENDOR_FILES.every((file) => !file.path.startsWith("packages/"))).toBe(true);
    expect(SHARED_FILES.every((file) => file.path.startsWith("packages/connect/"))).toBe(true);
  });

  it("is turbo.json's //#generate:packages outputs, no more and no less", () => {
    expect(readJson("turbo.json").tasks["//#generate:packages"].outputs).toEqual(turboOutputs());
  });

  it("is what biome.json leaves out under packages/, and the files its override leaves unformatted", () => {
    const { files, overrides } = readJson("biome.json");
    const ignored = (files.includes as string[]).filter((glob) => glob.startsWith("!packages/"));
    expect(ignored.sort()).toEqual(biomeIgnores().sort());
    const unformatted = (overrides as { includes: string[]; formatter?: { enabled: boolean } }[])
      .filter((override) => override.formatter?.enabled === false)
      .flatMap((override) => override.includes.filter((glob) => !glob.startsWith("!")));
    expect(unformatted.sort()).toEqual(biomeUnformatted().sort());
  });

  it("tells generated files from hand-written ones by path", () => {
    expect(isGeneratedFile("packages/acme/src/schema.ts")).toBe(true);
    expect(isGeneratedFile("packages/connect/src/registry.generated.ts")).toBe(true);
    expect(isGeneratedFile("packages/acme/test/usage.test.ts")).toBe(false);
    expect(isGeneratedFile("packages/runtime/src/index.ts")).toBe(false);
    expect(isGeneratedFile("packages/connect/src/index.ts")).toBe(false);
    expect(isGeneratedFile("tools/generator/render-index.ts")).toBe(false);
  });
});
