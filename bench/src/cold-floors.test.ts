import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { floorSubjects, writeFloorPackages } from "./cold-floors.ts";
import { coldImportModules } from "./cold-import.ts";
import { benchDir } from "./locations.ts";

const dir = writeFloorPackages(mkdtempSync(join(tmpdir(), "bench-floors-")));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const one = floorSubjects["floor: 1 package → openapi-fetch"];
const two = floorSubjects["floor: 2 packages → openapi-fetch"];
const fromBench = createRequire(join(benchDir, "package.json"));
const fromFloors = createRequire(join(dir, "package.json"));

describe("the cold-import floors", () => {
  it("are measured with the other modules, right after openapi-fetch", () => {
    expect(coldImportModules.slice(0, 3)).toEqual(["openapi-fetch", ...Object.keys(floorSubjects)]);
  });

  it("require() the two-package floor gives bench's own openapi-fetch, through the one-package floor", () => {
    expect(fromFloors(two)).toBe(fromBench("openapi-fetch"));
    expect(fromFloors.resolve(two)).toBe(join(dir, "node_modules", two, "index.cjs"));
    expect(readFileSync(fromFloors.resolve(two), "utf8")).toBe(
      `module.exports = require("${one}");\n`,
    );
  });

  it("import() the two-package floor gives openapi-fetch's ESM exports, default included", async () => {
    const floor = await import(pathToFileURL(join(dir, "node_modules", two, "index.js")).href);
    // Bench's own openapi-fetch, as Node loads it (vitest leaves node_modules to Node).
    const openapiFetch = await import("openapi-fetch");
    expect(floor.default).toBe(openapiFetch.default);
    expect(Object.keys(floor).sort()).toEqual(Object.keys(openapiFetch).sort());
    expect(readFileSync(join(dir, "node_modules", one, "index.js"), "utf8")).toBe(
      'export * from "openapi-fetch";\nexport { default } from "openapi-fetch";\n',
    );
  });

  it("have an exports map with an import and a require entry, like the runtime's", () => {
    const manifest = JSON.parse(
      readFileSync(join(dir, "node_modules", two, "package.json"), "utf8"),
    );
    expect(manifest.exports["."]).toEqual({
      import: { default: "./index.js" },
      require: { default: "./index.cjs" },
    });
  });
});
