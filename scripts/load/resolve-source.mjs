// A module resolve hook (registered by run.ts): `@patchbay/<package>` is that package's source,
// so the load run needs no build and measures the code in the working tree.
const packages = new URL("../../packages/", import.meta.url);
const sourcePackage =
  /^@patchbay\/(runtime|connect|datagrid|supermemory|polytomic|agentstack|chartbrew)$/;

export async function resolve(specifier, context, nextResolve) {
  const match = sourcePackage.exec(specifier);
  if (!match) return nextResolve(specifier, context);
  // handed on, so that tsx resolves (and later compiles) the TypeScript file
  return nextResolve(new URL(`${match[1]}/src/index.ts`, packages).href, context);
}
