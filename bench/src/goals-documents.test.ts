import { describe, expect, it } from "vitest";
import type { BundleResults } from "./bundle-size.ts";
import type { ColdImportResults } from "./cold-import.ts";
import type { DocumentGeneration, DocumentGenerationResults } from "./document-generation.ts";
import {
  bigDocumentBundleGoal,
  bigDocumentColdImportGoal,
  documentGenerationGoal,
} from "./goals-documents.ts";

const measured = { measuredAt: "", loadAverage: 0 };
const documents = [
  {
    vendor: "datagrid",
    file: "specs/datagrid.yaml",
    bytes: 19_339,
    operations: 5,
    published: false,
  },
  { vendor: "plaid", file: "specs/plaid.yml", bytes: 2_983_410, operations: 329, published: true },
];

describe("each published document generates in under 5 s", () => {
  const generation = (plaidMs: number, ok = true): DocumentGenerationResults => ({
    ...measured,
    rounds: 3,
    how: "",
    documents: documents.map(
      (d): DocumentGeneration => ({
        ...d,
        ok: d.vendor === "plaid" ? ok : true,
        wallMs: d.vendor === "plaid" ? plaidMs : 9_000,
        cpuMs: 0,
        processMs: 0,
        maxRssMiB: 0,
        runs: [],
      }),
    ),
  });

  it("judges the published documents only, slowest first, with size and operations", () => {
    // datagrid's 9 s do not count: its document is not a published one.
    expect(documentGenerationGoal(generation(4_999))).toMatchObject({
      source: "issue",
      met: true,
      measured: "1 published documents: plaid 5.00 s (3.0 MB, 329 operations)",
    });
    expect(documentGenerationGoal(generation(5_000))?.met).toBe(false);
    expect(documentGenerationGoal(generation(100, false))?.met).toBe(false);
  });

  it("is not judged when not measured", () => {
    expect(documentGenerationGoal(undefined).met).toBeNull();
  });
});

describe("a big document's bundle and cold import, beside datagrid's", () => {
  const bundle = (plaid: number | undefined): BundleResults => ({
    ...measured,
    esbuild: "0",
    runtimeOverOpenapiFetchBytes: 0,
    documents,
    sizes: [
      { subject: "@patchbay/datagrid", minBytes: 0, gzipBytes: 8000, stubbedBuiltins: [] },
      ...(plaid === undefined
        ? []
        : [{ subject: "@patchbay/plaid", minBytes: 0, gzipBytes: plaid, stubbedBuiltins: [] }]),
    ],
  });

  it("bundle: met within 5 % of datagrid's, and says Stripe's package is not there yet", () => {
    const goal = bigDocumentBundleGoal(bundle(8400));
    expect(goal).toMatchObject({ source: "issue", met: true });
    expect(goal.measured).toBe(
      "datagrid 8000 B (19 kB, 5 operations); plaid 8400 B, 1.05× (3.0 MB, 329 operations); stripe: no package in packages/ yet, not measured",
    );
    expect(bigDocumentBundleGoal(bundle(8401)).met).toBe(false);
  });

  it("bundle: not judged with no big document's package measured", () => {
    expect(bigDocumentBundleGoal(bundle(undefined)).met).toBeNull();
  });

  const cold = (importMs: number, requireMs: number): ColdImportResults => ({
    ...measured,
    runs: 1,
    modules: [
      {
        subject: "@patchbay/datagrid",
        importMs: 8,
        requireMs: 4,
        importProcessMs: 0,
        requireProcessMs: 0,
      },
      { subject: "@patchbay/plaid", importMs, requireMs, importProcessMs: 0, requireProcessMs: 0 },
    ],
  });

  it("cold import: met at 1.25× datagrid's import() and require(), not above either", () => {
    expect(bigDocumentColdImportGoal(cold(10, 5))).toMatchObject({
      met: true,
      measured: expect.stringContaining("plaid import() 10 ms (1.25×), require() 5 ms (1.25×)"),
    });
    expect(bigDocumentColdImportGoal(cold(10.1, 5)).met).toBe(false);
    expect(bigDocumentColdImportGoal(cold(10, 5.1)).met).toBe(false);
  });
});
