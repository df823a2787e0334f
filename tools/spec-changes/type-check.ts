// The type-level check of `pnpm spec:changes` (docs/releasing.md): the previous release's usage
// fixture, compiled against the newly generated client. The CLI uses it by default; as a module
// for `--type-check`, its default export checks from each vendor's default base.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { blobAt, defaultBase, readBlob, repositoryRoot } from "@patchbay/common/git";
import { overlayFileOf } from "@patchbay/openapi/vendor-documents";
import type { TypeCheck, TypeCheckResult } from "./classify.ts";
import { compileFixture } from "./type-check-compile.ts";

export const fixturePath = (vendor: string) => `packages/${vendor}/test/usage.fixture.ts`;

export type UsageCheckOutcome = "ok" | "failed" | "no-fixture" | "not-generated";

export interface UsageTypeCheck extends TypeCheck {
  /** What each call found, by vendor, for the CLI's summary line. */
  readonly outcomes: Map<string, UsageCheckOutcome>;
}

export interface UsageTypeCheckOptions {
  /** Any directory inside the repository. */
  cwd: string;
  /** Take the fixtures from this ref; default: each vendor's base, as `spec:changes` picks it. */
  base?: string;
}

export function createUsageTypeCheck(options: UsageTypeCheckOptions): UsageTypeCheck {
  const root = repositoryRoot(options.cwd);
  const outcomes = new Map<string, UsageCheckOutcome>();
  const check = (vendor: string): TypeCheckResult => {
    const base = options.base ?? defaultBase(root, vendor)?.ref;
    const fixtureBlob = base ? blobAt(root, base, fixturePath(vendor)) : undefined;
    if (!base || !fixtureBlob) {
      outcomes.set(vendor, "no-fixture");
      return { ok: true, diagnostics: [] };
    }
    try {
      assertGeneratedFromCurrentDocument(root, vendor);
    } catch (error) {
      outcomes.set(vendor, "not-generated");
      throw error;
    }
    const result = compileFixture({
      root,
      fixture: readBlob(root, fixtureBlob).toString("utf8"),
      srcDir: join(root, "packages", vendor, "src"),
      tsconfig: join(root, "packages", vendor, "tsconfig.json"),
      fixtureLabel: fixturePath(vendor),
    });
    outcomes.set(vendor, result.ok ? "ok" : "failed");
    return result;
  };
  return Object.assign(check, { outcomes });
}

/**
 * The check compiles against packages/<vendor>/src as it is on disk; compiling against output
 * generated from an older document would pass a change it should catch.
 */
function assertGeneratedFromCurrentDocument(root: string, vendor: string): void {
  const manifestFile = join(root, "packages", vendor, "package.json");
  if (!existsSync(manifestFile) || !existsSync(join(root, "packages", vendor, "src"))) {
    throw new Error(`packages/${vendor} is not generated yet: run pnpm generate first`);
  }
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as {
    patchbay?: {
      generatedFrom?: string;
      specSha256?: string;
      overlay?: string;
      overlaySha256?: string;
    };
  };
  const {
    generatedFrom = `specs/${vendor}.yaml`,
    specSha256,
    overlaySha256,
  } = manifest.patchbay ?? {};
  const sha256Of = (file: string) =>
    existsSync(join(root, file))
      ? createHash("sha256")
          .update(readFileSync(join(root, file)))
          .digest("hex")
      : undefined;
  const overlayFile = overlayFileOf(vendor);
  const stale =
    (specSha256 !== undefined && specSha256 !== sha256Of(generatedFrom)) ||
    overlaySha256 !== sha256Of(overlayFile);
  if (stale) {
    throw new Error(
      `packages/${vendor} was generated from an older ${generatedFrom} or ${overlayFile}: run pnpm generate first, so the type check sees the new client`,
    );
  }
}

/** For `--type-check`: the CLI calls this with its own `--base` when the module exports it. */
export const createTypeCheck = createUsageTypeCheck;

const typeCheck: TypeCheck = (vendor) => createUsageTypeCheck({ cwd: process.cwd() })(vendor);
export default typeCheck;
