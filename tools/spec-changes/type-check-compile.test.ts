// The type-level check's corpus: a vendor's usage fixture (as the last release had it), compiled
// against a package generated from an edited document. A new row is a new test.
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { classify } from "./classify.ts";
import { compileFixture } from "./type-check-compile.ts";
import {
  type DocumentEdit,
  editDocument,
  generatePackage,
  makeScratchRoot,
  readDocument,
  removeScratchRoot,
  repoRoot,
  usageFixtureOf,
} from "./type-check-support.ts";

interface Case {
  name: string;
  vendor: string;
  edit: DocumentEdit;
  /** What the spec diff alone says, to show where the type check adds something. */
  classified: "breaking" | "additive" | "docs-only" | "none";
  ok: boolean;
  mentions?: string[];
}

const cases: Case[] = [
  { name: "unchanged", vendor: "datagrid", edit: () => {}, classified: "none", ok: true },
  {
    name: "response field read by the fixture removed",
    vendor: "datagrid",
    edit: (document) => {
      const schema = document.components.schemas.RedirectURLResponse;
      delete schema.properties.redirect_url;
      schema.required = ["object"];
    },
    classified: "breaking",
    ok: false,
    mentions: ["packages/datagrid/test/usage.fixture.ts(", "TS2339", "'redirect_url'"],
  },
  {
    name: "optional response field added",
    vendor: "datagrid",
    edit: (document) => {
      document.components.schemas.RedirectURLResponse.properties.expires_at = {
        type: "string",
        format: "date-time",
      };
    },
    classified: "additive",
    ok: true,
  },
  {
    name: "only error response removed: the diff says additive, the fixture reads error fields",
    vendor: "datagrid",
    edit: (document) => {
      delete document.paths["/connections"].post.responses["429"];
    },
    classified: "additive",
    ok: false,
    mentions: ["Property 'retryable' does not exist on type 'never'"],
  },
  {
    name: "enum value added to a response: an exhaustive switch stops compiling",
    vendor: "agentstack",
    edit: (document) => {
      document.components.schemas.ConnectorState.enum.push("expired");
    },
    classified: "breaking",
    ok: false,
    mentions: ['"expired"', "TS1360"],
  },
];

let root: string | undefined;
afterEach(() => removeScratchRoot(root));

describe("compileFixture: the previous release's usage fixture against the new client", () => {
  it.each(cases)("$vendor: $name", async ({ vendor, edit, classified, ok, mentions }) => {
    root = makeScratchRoot("type-check-corpus");
    const before = readDocument(root, vendor);
    editDocument(root, vendor, edit);
    const after = readDocument(root, vendor);
    await generatePackage(root, vendor);

    const result = compileFixture({
      root: repoRoot,
      fixture: usageFixtureOf(vendor),
      srcDir: join(root, "packages", vendor, "src"),
      tsconfig: join(root, "packages", vendor, "tsconfig.json"),
      fixtureLabel: `packages/${vendor}/test/usage.fixture.ts`,
    });

    expect(classify(before, after).level).toBe(classified);
    expect(result.ok, result.diagnostics.join("\n")).toBe(ok);
    if (ok) expect(result.diagnostics).toEqual([]);
    for (const text of mentions ?? []) expect(result.diagnostics.join("\n")).toContain(text);
  });
});
