import type { BundleResults } from "./bundle-size.ts";
import type { ColdImportResults } from "./cold-import.ts";
import type { ConnectScalingResults } from "./connect-scaling.ts";
import type { DocumentGenerationResults } from "./document-generation.ts";
import type { GenerationResults } from "./generation-scaling.ts";
import type { MswImportResults } from "./msw-import.ts";
import type { PipelineResults } from "./pipeline.ts";
import { officialSdks, packageOf, type Vendor, vendors, vendorsWithSdk } from "./subjects.ts";
import type { ThroughputResults } from "./throughput.ts";

export interface Results {
  bundle?: BundleResults;
  coldImport?: ColdImportResults;
  throughput?: ThroughputResults;
  generation?: GenerationResults;
  documentGeneration?: DocumentGenerationResults;
  pipeline?: PipelineResults;
  connectScaling?: ConnectScalingResults;
  mswImport?: MswImportResults;
}

export interface Goal {
  /** `issue`: one of the goals the project's issue sets; `project`: a goal of the project beyond the issue. */
  source: "issue" | "project";
  goal: string;
  target: string;
  measured: string;
  /** `null` when the measurement it needs was not run. */
  met: boolean | null;
}

export const notMeasured = (goal: string, target: string): Goal => ({
  source: "issue",
  goal,
  target,
  measured: "not measured in this run",
  met: null,
});

/**
 * The registry's vendors a run measured (`has`: its results hold `@patchbay/<vendor>`), and those
 * it did not: vendors that joined connect's registry after that run. Goals judged vendor by
 * vendor judge the first and name the second (`notInRun`), until the measurement runs again.
 */
export function vendorsInRun(
  has: (vendor: Vendor) => boolean,
  registry: readonly Vendor[] = vendors,
): { measured: Vendor[]; missing: Vendor[] } {
  return {
    measured: registry.filter((vendor) => has(vendor)),
    missing: registry.filter((vendor) => !has(vendor)),
  };
}

/** `; not in that run (in connect's registry since): a, b`, or nothing. */
export const notInRun = (missing: readonly string[]) =>
  missing.length === 0
    ? ""
    : `; not in that run (in connect's registry since): ${missing.join(", ")}`;

/** Each measured vendor's own throughput row (`@patchbay/<vendor>`), for goals judged vendor by vendor. */
export const vendorRows = (throughput: ThroughputResults) => {
  const rowOf = (vendor: Vendor) => throughput.rows.find((r) => r.client === packageOf(vendor));
  const { measured, missing } = vendorsInRun((vendor) => rowOf(vendor) !== undefined);
  return Object.assign(
    measured.map((vendor) => ({ vendor, row: rowOf(vendor) })),
    { missing },
  );
};

/** For each vendor with an official SDK: what `of` finds for `@patchbay/<vendor>` and for the SDK. */
export const sdkPairs = <T>(of: (subject: string) => T | undefined) =>
  vendorsWithSdk.map((vendor) => ({
    vendor,
    ours: of(packageOf(vendor)),
    theirs: of(officialSdks[vendor].name),
  }));
