import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { bigDocumentVendors } from "./subjects.ts";
import { generatedVendorPackages, isGeneratedPackage } from "./vendor-packages.ts";

describe("the vendor packages measured: what is in packages/", () => {
  const packages = mkdtempSync(join(tmpdir(), "bench-packages-"));
  afterAll(() => rmSync(packages, { recursive: true, force: true }));
  const write = (name: string, manifest: object) => {
    mkdirSync(join(packages, name));
    writeFileSync(join(packages, name, "package.json"), JSON.stringify(manifest));
  };
  write("stripe", { name: "@patchbay/stripe", patchbay: { generatedFrom: "specs/stripe.json" } });
  write("runtime", { name: "@patchbay/runtime" });
  write("datagrid", {
    name: "@patchbay/datagrid",
    patchbay: { generatedFrom: "specs/datagrid.yaml" },
  });
  mkdirSync(join(packages, "empty"));

  it("lists the generated packages, not the runtime nor a folder without a manifest", () => {
    expect(generatedVendorPackages(packages)).toEqual(["datagrid", "stripe"]);
    expect(isGeneratedPackage("runtime", packages)).toBe(false);
    expect(isGeneratedPackage("plaid", packages)).toBe(false);
  });

  it("measures Plaid's package beside datagrid's, as it is generated in this repository", () => {
    expect(bigDocumentVendors).toContain("plaid");
  });
});
