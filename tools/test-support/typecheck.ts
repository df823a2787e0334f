// Type-checks packages generated into a temporary root (under tools/.tmp/), with hand-written
// usage files and each README's example, the way a consumer compiles against them. One tsc run
// covers every package (tsc's start-up is most of its cost); its errors are sorted by package.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { repoRoot, runTsc } from "@patchbay/common/temp-repo";

export const runtimeEntry = join(repoRoot, "packages", "runtime", "src", "index.ts");
/** `@patchbay/runtime/msw`, which each package's `src/msw.ts` imports. */
export const runtimeMswEntry = join(repoRoot, "packages", "runtime", "src", "msw.ts");

/** The first ```ts block of a README. */
export function readmeExample(readme: string): string {
  const match = /^```ts\n([\s\S]*?)^```$/m.exec(readme);
  if (!match?.[1]) throw new Error("the README has no ```ts example");
  return match[1];
}

export interface TypecheckResult {
  exitCode: number | null;
  /** tsc's error lines about each vendor's package or usage files. */
  errorsByVendor: Map<string, string[]>;
  /** Error lines about anything else (e.g. the runtime): these fail every package. */
  otherErrors: string[];
}

/**
 * Runs `tsc --noEmit` with the first package's tsconfig.json extended (every generated tsconfig
 * is the same), resolving `@patchbay/runtime` (and `/msw`) to the workspace's runtime source and
 * `@patchbay/<vendor>` to each generated package.
 */
export async function typecheckPackages(
  root: string,
  packages: { vendor: string; usageFiles: string[] }[],
): Promise<TypecheckResult> {
  if (!existsSync(runtimeEntry)) throw new Error(`${runtimeEntry} does not exist yet`);
  const paths: Record<string, string[]> = {
    "@patchbay/runtime": [runtimeEntry],
    "@patchbay/runtime/msw": [runtimeMswEntry],
  };
  const include: string[] = [];
  for (const { vendor, usageFiles } of packages) {
    const usageDir = join(root, `usage-${vendor}`);
    mkdirSync(usageDir, { recursive: true });
    for (const file of usageFiles) copyFileSync(file, join(usageDir, basename(file)));
    const readme = readFileSync(join(root, "packages", vendor, "README.md"), "utf8");
    writeFileSync(join(usageDir, "readme-example.ts"), readmeExample(readme));
    paths[`@patchbay/${vendor}`] = [`./packages/${vendor}/src/index.ts`];
    include.push(`packages/${vendor}/src`, `usage-${vendor}`);
  }
  const project = join(root, "tsconfig.check.json");
  const config = {
    extends: `./packages/${packages[0]?.vendor}/tsconfig.json`,
    compilerOptions: { noEmit: true, paths },
    include,
  };
  writeFileSync(project, `${JSON.stringify(config, null, 2)}\n`);

  const result = await runTsc(project);
  const errorsByVendor = new Map(packages.map(({ vendor }) => [vendor, [] as string[]]));
  const otherErrors: string[] = [];
  let bucket = otherErrors;
  for (const line of `${result.stdout}${result.stderr}`.split("\n").filter(Boolean)) {
    // An indented line continues the error above it.
    if (!/^\s/.test(line)) {
      const vendor = packages.find(
        ({ vendor }) => line.includes(`packages/${vendor}/`) || line.includes(`usage-${vendor}/`),
      )?.vendor;
      bucket = (vendor && errorsByVendor.get(vendor)) || otherErrors;
    }
    bucket.push(line);
  }
  return { exitCode: result.code, errorsByVendor, otherErrors };
}
