import type { BundleResults } from "./bundle-size.ts";
import type { ColdImportResults } from "./cold-import.ts";
import type { DocumentGenerationResults } from "./document-generation.ts";
import type { GenerationResults } from "./generation-scaling.ts";
import type { PipelineResults } from "./pipeline.ts";
import { officialSdks, packageOf, vendors, vendorsWithSdk } from "./subjects.ts";
import type { ThroughputResults } from "./throughput.ts";

export interface Results {
  bundle?: BundleResults;
  coldImport?: ColdImportResults;
  throughput?: ThroughputResults;
  generation?: GenerationResults;
  documentGeneration?: DocumentGenerationResults;
  pipeline?: PipelineResults;
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

/** Each vendor's own throughput row (`@patchbay/<vendor>`), for goals judged vendor by vendor. */
export const vendorRows = (throughput: ThroughputResults) =>
  vendors.map((vendor) => ({
    vendor,
    row: throughput.rows.find((r) => r.client === packageOf(vendor)),
  }));

/** For each vendor with an official SDK: what `of` finds for `@patchbay/<vendor>` and for the SDK. */
export const sdkPairs = <T>(of: (subject: string) => T | undefined) =>
  vendorsWithSdk.map((vendor) => ({
    vendor,
    ours: of(packageOf(vendor)),
    theirs: of(officialSdks[vendor].name),
  }));
