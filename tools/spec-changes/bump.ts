import type { ChangeLevel } from "./spec-change.ts";

export type ReleaseType = "major" | "minor" | "patch";

export interface Bump {
  releaseType: ReleaseType;
  /** "0.x policy" before 1.0.0, "semver" after: see docs/releasing.md. */
  policy: "0.x policy" | "semver";
}

/**
 * The bump for a change of `level` to a package now at `version`.
 * Before 1.0 a breaking change bumps the minor (0.3.x → 0.4.0) and everything else the patch:
 * `^0.3.1` never crosses a breaking change, which is what users of a 0.x package rely on.
 */
export function bumpFor(level: ChangeLevel, version: string): Bump {
  const major = Number.parseInt(version.split(".")[0] ?? "0", 10);
  if (!Number.isFinite(major) || major < 1) {
    return { releaseType: level === "breaking" ? "minor" : "patch", policy: "0.x policy" };
  }
  const releaseType: ReleaseType =
    level === "breaking" ? "major" : level === "additive" ? "minor" : "patch";
  return { releaseType, policy: "semver" };
}
