import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { bumpFor } from "./bump.ts";
import {
  changesetFileName,
  isSpecChangesetOf,
  renderChangeset,
  renderFirstReleaseChangeset,
} from "./changeset.ts";
import type { Classification } from "./spec-change.ts";

/** The parser of the @changesets/cli this repository releases with (a dependency of it, not of ours). */
const requireFromChangesetsCli = createRequire(
  createRequire(import.meta.url).resolve("@changesets/cli/package.json"),
);
const parseChangeset = (
  requireFromChangesetsCli("@changesets/parse") as {
    default: (text: string) => { releases: { name: string; type: string }[]; summary: string };
  }
).default;

const classification: Classification = {
  level: "breaking",
  changes: [
    {
      level: "breaking",
      kind: "operation-removed",
      operation: "DELETE /connections/{id}",
      pointer: "/paths/~1connections~1{id}/delete",
      message: "operation removed",
    },
    {
      level: "breaking",
      kind: "response-field-removed",
      operation: "GET /connections/{id}",
      pointer:
        "/paths/~1connections~1{id}/get/responses/200/content/application~1json/schema/properties/created_at",
      message: "response 200 field `created_at` removed",
    },
    {
      level: "additive",
      kind: "request-enum-value-added",
      operation: "POST /connections",
      pointer: "/paths/~1connections/post",
      message: "request body field `mode`: enum value `basic` added",
    },
    {
      level: "docs-only",
      kind: "document-docs-changed",
      operation: null,
      pointer: "/info/description",
      message: "info.description changed",
    },
  ],
};

describe("renderChangeset", () => {
  const text = renderChangeset({
    vendor: "datagrid",
    specFile: "specs/datagrid.yaml",
    releaseType: "minor",
    classification,
  });

  it("is a changeset that @changesets/parse accepts, for the vendor's package", () => {
    const parsed = parseChangeset(text);
    expect(parsed.releases).toEqual([{ name: "@patchbay/datagrid", type: "minor" }]);
    expect(parsed.summary.split("\n")[0]).toBe(
      "Regenerated from `specs/datagrid.yaml`: 2 breaking, 1 additive, 1 docs-only changes.",
    );
  });

  it("lists operations, fields and enum values under their level", () => {
    expect(text).toBe(`---
"@patchbay/datagrid": minor
---

Regenerated from \`specs/datagrid.yaml\`: 2 breaking, 1 additive, 1 docs-only changes.

Breaking:

- \`DELETE /connections/{id}\`: operation removed
- \`GET /connections/{id}\`: response 200 field \`created_at\` removed

Added:

- \`POST /connections\`: request body field \`mode\`: enum value \`basic\` added

Documentation:

- info.description changed
`);
  });

  it("cuts a long list short", () => {
    const many: Classification = {
      level: "additive",
      changes: Array.from({ length: 45 }, (_, index) => ({
        level: "additive" as const,
        kind: "operation-added",
        operation: `GET /things/${index}`,
        pointer: "",
        message: "operation added",
      })),
    };
    const rendered = renderChangeset({
      vendor: "x",
      specFile: "specs/x.yaml",
      releaseType: "patch",
      classification: many,
    });
    expect(rendered).toContain("- and 5 more");
    expect(rendered).not.toContain("/things/40`");
  });

  it("renders a first release", () => {
    const parsed = parseChangeset(
      renderFirstReleaseChangeset("chartbrew", "specs/chartbrew.yaml", 3),
    );
    expect(parsed).toEqual({
      releases: [{ name: "@patchbay/chartbrew", type: "minor" }],
      summary:
        "First release: a typed client generated from `specs/chartbrew.yaml` (3 operations).",
    });
  });
});

describe("changesetFileName", () => {
  it("is stable for the same (vendor, base blob, new blob) and differs otherwise", () => {
    const name = changesetFileName("datagrid", "a".repeat(40), "b".repeat(40));
    expect(name).toMatch(/^spec-datagrid-[0-9a-f]{7}\.md$/);
    expect(changesetFileName("datagrid", "a".repeat(40), "b".repeat(40))).toBe(name);
    expect(changesetFileName("datagrid", "a".repeat(40), "c".repeat(40))).not.toBe(name);
    expect(changesetFileName("polytomic", "a".repeat(40), "b".repeat(40)).slice(-10)).not.toBe(
      name.slice(-10),
    );
  });

  it("tells a vendor's spec changesets from another vendor's with a longer name", () => {
    expect(isSpecChangesetOf("data", "spec-data-1a2b3c4.md")).toBe(true);
    expect(isSpecChangesetOf("data", "spec-datagrid-1a2b3c4.md")).toBe(false);
    expect(isSpecChangesetOf("data", "spec-data-grid-1a2b3c4.md")).toBe(false);
    expect(isSpecChangesetOf("data", "brave-dogs-sing.md")).toBe(false);
  });
});

describe("bumpFor: the 0.x policy (docs/releasing.md)", () => {
  it.each([
    ["breaking", "0.1.0", "minor", "0.x policy"],
    ["additive", "0.1.0", "patch", "0.x policy"],
    ["docs-only", "0.4.2", "patch", "0.x policy"],
    ["breaking", "1.2.0", "major", "semver"],
    ["additive", "1.2.0", "minor", "semver"],
    ["docs-only", "2.0.0", "patch", "semver"],
  ] as const)("%s at %s → %s (%s)", (level, version, releaseType, policy) => {
    expect(bumpFor(level, version)).toEqual({ releaseType, policy });
  });
});
