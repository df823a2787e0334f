// After tsup, two type-level imports the bundled declarations lose.
//
// The bundled dist/registry.d.ts (and .d.cts) inlines the vendor modules' types but
// drops their `declare module "@patchbay/connect"` blocks, so importing the registry would type no
// vendor. One type-level import per vendor module puts them back: TypeScript then reads each
// dist/vendors/<vendor>.d.ts (.d.cts), whose block adds the vendor to `PatchbayVendors`.
import { appendFileSync, readdirSync, readFileSync } from "node:fs";

const vendors = readdirSync("dist/vendors")
  .filter((file) => file.endsWith(".d.ts"))
  .map((file) => file.slice(0, -".d.ts".length))
  .sort();
for (const [file, extension] of [
  ["dist/registry.d.ts", "js"],
  ["dist/registry.d.cts", "cjs"],
]) {
  const marker = "// every vendor's types (scripts/registry-types.mjs)";
  if (readFileSync(file, "utf8").includes(marker)) continue;
  appendFileSync(
    file,
    `\n${marker}\n${vendors.map((vendor) => `import "./vendors/${vendor}.${extension}";`).join("\n")}\n`,
  );
}

// dist/core.d.ts (.d.cts) re-exports `PatchbayVendors` from a shared chunk, as the main entry
// does; but each vendor module adds itself to it through `declare module "@patchbay/connect"`,
// which TypeScript merges only where that module is in the program. An app that imports only
// `@patchbay/connect/core` would then type no vendor: the core's declarations import the main
// entry's (types only: no JavaScript is added).
for (const [file, extension] of [
  ["dist/core.d.ts", "js"],
  ["dist/core.d.cts", "cjs"],
]) {
  const marker = "// the vendors' types merge into the main entry's (scripts/registry-types.mjs)";
  if (readFileSync(file, "utf8").includes(marker)) continue;
  appendFileSync(file, `\n${marker}\nimport "./index.${extension}";\n`);
}
