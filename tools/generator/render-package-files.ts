import { readFileSync } from "node:fs";
import type { VendorFile } from "./generated-file.ts";
import { generatedHeader } from "./render-schema.ts";
import type { VendorModel } from "./vendor-model.ts";

export const INITIAL_VERSION = "0.1.0";

/** `package.json`; `version` is whatever the package already has (changesets owns it). */
export function renderPackageJson(
  model: VendorModel,
  existingVersion: string | undefined,
  versions: { openapiFetch: string; msw: string; mswDev: string },
): string {
  const manifest = {
    name: model.packageName,
    version: existingVersion ?? INITIAL_VERSION,
    description: model.description,
    keywords: ["patchbay", "openapi", model.name, "connections"],
    license: "MIT",
    repository: {
      type: "git",
      url: "git+https://github.com/patchbay-dev/patchbay.git",
      directory: `packages/${model.name}`,
    },
    type: "module",
    sideEffects: false,
    engines: { node: ">=20" },
    exports: {
      ".": {
        import: { types: "./dist/index.d.ts", default: "./dist/index.js" },
        require: { types: "./dist/index.d.cts", default: "./dist/index.cjs" },
      },
      // MSW handlers for the app's tests; msw is an optional peer dependency
      "./msw": {
        import: { types: "./dist/msw.d.ts", default: "./dist/msw.js" },
        require: { types: "./dist/msw.d.cts", default: "./dist/msw.cjs" },
      },
      "./package.json": "./package.json",
    },
    main: "./dist/index.cjs",
    module: "./dist/index.js",
    types: "./dist/index.d.ts",
    files: ["dist", "README.md", "CHANGELOG.md"],
    scripts: {
      build: "tsup src/index.ts src/msw.ts --format esm,cjs --dts --clean --target es2022",
      typecheck: "tsc --noEmit",
      test: "vitest run --passWithNoTests --reporter=default --reporter=json --outputFile.json=test-results.json",
      "lint:package": "publint --strict && attw --pack . --profile node16",
    },
    dependencies: {
      "@patchbay/runtime": "workspace:^",
      "openapi-fetch": versions.openapiFetch,
    },
    peerDependencies: { msw: versions.msw },
    peerDependenciesMeta: { msw: { optional: true } },
    devDependencies: {
      "@patchbay/contract": "workspace:*",
      "@patchbay/mocks": "workspace:*",
      msw: versions.mswDev,
    },
    publishConfig: { access: "public" },
    patchbay: {
      generatedFrom: model.specFile,
      specTitle: model.title,
      specVersion: model.specVersion,
      specSha256: model.specSha256,
      ...(model.overlay && { overlay: model.overlay.file, overlaySha256: model.overlay.sha256 }),
    },
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

export function renderTsconfig(model: VendorModel): string {
  return `// ${generatedHeader(model.specFile)}
{
  "extends": "../../tsconfig.base.json",
  "compilerOptions": {
    "noEmit": true
  },
  "include": ["src", "test"]
}
`;
}

export const packageJsonFile: VendorFile = {
  path: "package.json",
  render: ({ model, existingVersion, openapiFetchRange }) =>
    renderPackageJson(model, existingVersion, {
      openapiFetch: openapiFetchRange,
      ...mswRanges(),
    }),
  biome: "checked",
};

export const tsconfigFile: VendorFile = {
  path: "tsconfig.json",
  render: ({ model }) => renderTsconfig(model),
  biome: "checked",
};

/**
 * msw's ranges, the runtime's own: its optional peer range, and the version its tests use (the
 * package's tests run the handlers).
 */
function mswRanges(): { msw: string; mswDev: string } {
  const runtime = JSON.parse(
    readFileSync(new URL("../../packages/runtime/package.json", import.meta.url), "utf8"),
  );
  return { msw: runtime.peerDependencies.msw, mswDev: runtime.devDependencies.msw };
}
