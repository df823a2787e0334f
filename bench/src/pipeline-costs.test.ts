import { describe, expect, it } from "vitest";
import { uniqueTasks } from "./cold-ci.ts";
import type { DocumentStat } from "./document-stats.ts";
import { GENERATE_TASK, pipelineCosts } from "./pipeline-costs.ts";

const document = (vendor: string, operations: number, bytes: number): DocumentStat => ({
  vendor,
  file: `specs/${vendor}.yaml`,
  bytes,
  operations,
  published: true,
});

/** Each vendor's four tasks, taking `fixed + perOperation · operations` ms each. */
const tasksOf = (documents: DocumentStat[], fixed: number, perOperation: number) =>
  documents.flatMap((d) =>
    ["build", "typecheck", "test", "lint:package"].map((task) => ({
      task: `@patchbay/${d.vendor}#${task}`,
      ms: task === "lint:package" ? 1000 : fixed + perOperation * d.operations,
      cache: "MISS",
    })),
  );

describe("uniqueTasks", () => {
  it("keeps each task once, its longest run (the cache miss, not a later replay)", () => {
    expect(
      uniqueTasks([
        { task: "@patchbay/plaid#build", ms: 40_000, cache: "MISS" },
        { task: "@patchbay/plaid#build", ms: 30, cache: "HIT" },
        { task: "//#lint", ms: 5_000, cache: "MISS" },
      ]),
    ).toEqual([
      { task: "@patchbay/plaid#build", ms: 40_000, cache: "MISS" },
      { task: "//#lint", ms: 5_000, cache: "MISS" },
    ]);
  });
});

describe("pipelineCosts", () => {
  const documents = [
    document("plaid", 300, 3_000_000),
    document("datagrid", 0, 20_000),
    document("fivetran", 100, 3_000_000),
  ];
  const tasks = [
    ...tasksOf(documents, 2_000, 50),
    { task: "@patchbay/plaid#build", ms: 10, cache: "HIT" },
    { task: GENERATE_TASK, ms: 12_000, cache: "MISS" },
    { task: "@patchbay/runtime#build", ms: 9_000, cache: "MISS" },
  ];

  it("reads each vendor's tasks, sorted by operations, with a total", () => {
    const { vendors } = pipelineCosts(tasks, documents);
    expect(vendors.map((v) => v.vendor)).toEqual(["datagrid", "fivetran", "plaid"]);
    expect(vendors[2]?.steps).toMatchObject({
      build: 17_000,
      typecheck: 17_000,
      contract: 17_000,
      "lint:package": 1000,
    });
    expect(vendors[2]?.totalMs).toBe(17_000 * 3 + 1000 + (vendors[2]?.steps.generate as number));
  });

  it("shares the one generation task out by bytes, or by each document's own generation CPU", () => {
    const byBytes = pipelineCosts(tasks, documents);
    expect(byBytes.generationBasis).toBe("bytes");
    expect(byBytes.generateTaskMs).toBe(12_000);
    expect(byBytes.vendors.map((v) => v.steps.generate)).toEqual([40, 5980, 5980]);
    const cpu = new Map([
      ["plaid", 3000],
      ["datagrid", 1000],
      ["fivetran", 2000],
    ]);
    const byCpu = pipelineCosts(tasks, documents, cpu);
    expect(byCpu.generationBasis).toBe("cpu");
    expect(byCpu.vendors.map((v) => v.steps.generate)).toEqual([2000, 4000, 6000]);
    // One vendor's CPU missing: by bytes for all of them.
    cpu.delete("fivetran");
    expect(pipelineCosts(tasks, documents, cpu).generationBasis).toBe("bytes");
  });

  it("fits each step's growth per 100 operations; a step that does not grow has slope 0", () => {
    const { growth } = pipelineCosts(tasks, documents);
    expect(growth.find((g) => g.step === "build")).toMatchObject({
      perHundredOperationsMs: 5000,
      fixedMs: 2000,
      r2: 1,
      vendors: 3,
    });
    expect(growth.find((g) => g.step === "lint:package")).toMatchObject({
      perHundredOperationsMs: 0,
      fixedMs: 1000,
      exponent: 0,
    });
  });

  it("leaves out a step the summaries do not have", () => {
    const { vendors, growth } = pipelineCosts(
      tasks.filter((t) => !t.task.endsWith("#typecheck")),
      documents,
    );
    expect(vendors[0]?.steps.typecheck).toBeUndefined();
    expect(growth.find((g) => g.step === "typecheck")).toMatchObject({ vendors: 0 });
  });
});
