// A module resolve hook (registered by run.ts): `@patchbay/<package>` is that package's source
// when packages/<package>/src/index.ts exists, so the load run needs no build and measures the
// code in the working tree.
import { existsSync } from "node:fs";

const packages = new URL("../../packages/", import.meta.url);
const patchbayPackage = /^@patchbay\/([a-z0-9][a-z0-9-]*)$/;

export async function resolve(specifier, context, nextResolve) {
  const match = patchbayPackage.exec(specifier);
  const source = match && new URL(`${match[1]}/src/index.ts`, packages);
  if (!source || !existsSync(source)) return nextResolve(specifier, context);
  // handed on, so that tsx resolves (and later compiles) the TypeScript file
  return nextResolve(source.href, context);
}
