import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { vendorVariablePattern } from "./vendor-variables.ts";

describe("vendorVariablePattern", () => {
  const root = mkdtempSync(join(tmpdir(), "vendor-variables-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, "specs"));
  writeFileSync(join(root, "specs/acme-cloud.yaml"), "openapi: 3.1.0\n");
  writeFileSync(join(root, "specs/zeta.json"), "{}\n");
  writeFileSync(
    join(root, "specs/zeta.patchbay.yaml"),
    "envPrefix: ZED\nheaders:\n  - { header: X-Team, option: team, env: TEAM_OF_ZETA }\n",
  );

  it("matches each document's prefix (the sidecar's, else the name), the sidecar's header variables and PATCHBAY_LOG", () => {
    const pattern = vendorVariablePattern(root);
    for (const name of ["ACME_CLOUD_API_KEY", "ZED_BASE_URL", "TEAM_OF_ZETA", "PATCHBAY_LOG"])
      expect(name).toMatch(pattern);
    for (const name of ["ZETA_API_KEY", "ACME_KEY", "PATH", "TEAM_OF_ZETA_2", "XPATCHBAY_LOG"])
      expect(name).not.toMatch(pattern);
  });
});
