// The consumer test's project files, rendered from the packed packages: a plain npm project that
// installs the tarballs (never the workspace, never the registry's @patchbay/*).
import { basename } from "node:path";
import type { PackedPackage } from "./pack-release.ts";

export interface ConsumerVersions {
  /** The workspace's TypeScript, so the compile is the one the packages were built with. */
  typescript?: string;
  /** The workspace's msw and vitest, for the MSW user (`msw.test.ts`), where it runs. */
  msw?: string;
  vitest?: string;
}

/**
 * `package.json`: every tarball as a `file:` dependency, and an override per package so that a
 * dependency between them (a vendor's `@patchbay/runtime@^0.2.0`, connect's vendors) resolves to
 * the tarball too, not to whatever the registry has under that name.
 */
export function renderConsumerPackageJson(
  packages: readonly PackedPackage[],
  versions: ConsumerVersions,
): string {
  const dependencies: Record<string, string> = {};
  const overrides: Record<string, string> = {};
  for (const pkg of [...packages].sort((a, b) => a.name.localeCompare(b.name))) {
    dependencies[pkg.name] = `file:tarballs/${basename(pkg.tarball)}`;
    overrides[pkg.name] = `$${pkg.name}`;
  }
  const manifest = {
    name: "patchbay-consumer-test",
    version: "0.0.0",
    private: true,
    type: "module",
    dependencies,
    ...(devDependencies(versions) && { devDependencies: devDependencies(versions) }),
    overrides,
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

export type ModuleResolution = "node16" | "bundler";

/** A tsconfig.json per resolution mode; `.cts` files (the `require` types) exist for node16 only. */
export function renderConsumerTsconfig(mode: ModuleResolution, files: readonly string[]): string {
  const config = {
    compilerOptions: {
      target: "es2022",
      lib: ["es2022", "dom"],
      ...(mode === "node16"
        ? { module: "node16", moduleResolution: "node16" }
        : { module: "esnext", moduleResolution: "bundler" }),
      strict: true,
      noEmit: true,
      // The packages' own .d.ts files are what is under test; TypeScript's lib files are not.
      skipLibCheck: false,
      skipDefaultLibCheck: true,
      types: [],
    },
    files: files.filter((file) => mode === "node16" || !file.endsWith(".cts")),
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

function devDependencies(versions: ConsumerVersions): Record<string, string> | undefined {
  const entries = Object.entries(versions).filter(
    (entry): entry is [string, string] => typeof entry[1] === "string",
  );
  return entries.length > 0
    ? Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)))
    : undefined;
}
