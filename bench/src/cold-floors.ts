// The cold-import floors: packages with no code of their own, layered over openapi-fetch the way
// `@patchbay/<vendor>` → `@patchbay/runtime` → openapi-fetch is, so the cold-import table shows
// what the layering alone costs, apart from the runtime's and the vendor package's code.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { benchDir, tmpDir } from "./locations.ts";

/** Where the floor packages are written (gitignored): the children run from here. */
export const floorsDir = join(tmpDir, "cold-floors");

/** The floors' subjects in the cold-import table, by the package each one loads. */
export const floorSubjects = {
  "floor: 1 package → openapi-fetch": "patchbay-floor-one",
  "floor: 2 packages → openapi-fetch": "patchbay-floor-two",
} as const;

export const isFloor = (subject: string): subject is keyof typeof floorSubjects =>
  Object.hasOwn(floorSubjects, subject);

/** The floor of the vendor → runtime → openapi-fetch shape (two packages, no code). */
export const TWO_PACKAGE_FLOOR = "floor: 2 packages → openapi-fetch";

/** openapi-fetch's package directory, as bench itself resolves it. */
const openapiFetchDir = () =>
  dirname(createRequire(join(benchDir, "package.json")).resolve("openapi-fetch/package.json"));

/** A package whose ESM and CJS entries only re-export `target`, with an `exports` map like the runtime's. */
function writeReexportPackage(nodeModules: string, name: string, target: string): void {
  const dir = join(nodeModules, name);
  mkdirSync(dir, { recursive: true });
  const manifest = {
    name,
    version: "0.0.0",
    private: true,
    type: "module",
    sideEffects: false,
    exports: {
      ".": { import: { default: "./index.js" }, require: { default: "./index.cjs" } },
      "./package.json": "./package.json",
    },
    main: "./index.cjs",
    module: "./index.js",
    dependencies: { [target]: "*" },
  };
  writeFileSync(join(dir, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(
    join(dir, "index.js"),
    `export * from ${JSON.stringify(target)};\nexport { default } from ${JSON.stringify(target)};\n`,
  );
  writeFileSync(join(dir, "index.cjs"), `module.exports = require(${JSON.stringify(target)});\n`);
}

/**
 * Writes `<dir>/node_modules/`: openapi-fetch (a symlink to bench's own), the one-package floor
 * over it, and the two-package floor over that one. Returns `dir`, where the children run.
 */
export function writeFloorPackages(dir: string = floorsDir): string {
  const nodeModules = join(dir, "node_modules");
  rmSync(nodeModules, { recursive: true, force: true });
  mkdirSync(nodeModules, { recursive: true });
  symlinkSync(openapiFetchDir(), join(nodeModules, "openapi-fetch"), "dir");
  writeReexportPackage(
    nodeModules,
    floorSubjects["floor: 1 package → openapi-fetch"],
    "openapi-fetch",
  );
  writeReexportPackage(
    nodeModules,
    floorSubjects["floor: 2 packages → openapi-fetch"],
    floorSubjects["floor: 1 package → openapi-fetch"],
  );
  return dir;
}
