import type { VendorFile } from "./generated-file.ts";
import { generatedHeader } from "./render-schema.ts";
import type { VendorModel } from "./vendor-model.ts";

/**
 * `turbo.json` (a package configuration): the package's `test` task, which runs the contract
 * suite, hashes this package, the runtime's source and the suite, and depends on no other task.
 * Every vendor's build waits for the generator, which renders all vendors at once, so depending
 * on a build would re-run every vendor's tests whenever any document changed. The tests resolve
 * `@patchbay/runtime` to its source (vitest.config.ts) instead, and a vendor's `package.json`
 * records its document's hash, so the task re-runs when its document, its package, the runtime
 * or the suite changes, and only then.
 */
export function renderTurboConfig(model: VendorModel): string {
  const inputs = [
    "$TURBO_DEFAULT$",
    "$TURBO_ROOT$/packages/runtime/src/**",
    "$TURBO_ROOT$/packages/runtime/package.json",
    "$TURBO_ROOT$/tools/contract/**",
    "$TURBO_ROOT$/tools/mocks/**",
    "$TURBO_ROOT$/tools/openapi/**",
    "$TURBO_ROOT$/tools/common/**",
    // what the tools' own runs leave there: another run's results would change this task's hash
    "!$TURBO_ROOT$/tools/**/node_modules/**",
    "!$TURBO_ROOT$/tools/**/.turbo/**",
    "!$TURBO_ROOT$/tools/**/.tmp/**",
    "!$TURBO_ROOT$/tools/**/*-results.json",
  ];
  return `// ${generatedHeader(model.specFile)}
{
  "$schema": "https://turborepo.com/schema.json",
  "extends": ["//"],
  "tasks": {
    "test": {
      "dependsOn": [],
      "inputs": [
${inputs.map((input) => `        ${JSON.stringify(input)}`).join(",\n")}
      ]
    }
  }
}
`;
}

export const turboConfigFile: VendorFile = {
  path: "turbo.json",
  render: ({ model }) => renderTurboConfig(model),
  biome: "checked",
};
