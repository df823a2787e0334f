import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { listDocuments, overlayFileOf, vendorOfDocument } from "@patchbay/openapi/vendor-documents";

/** A vendor whose package is not generated from its document (and overlay) as they are now. */
export interface StalePackage {
  vendor: string;
  /** There is no `packages/<vendor>` yet: generating it makes a new package, to be linked. */
  added: boolean;
  /** One line for the report. */
  why: string;
}

/**
 * The vendors (all, or those named) whose document or overlay in specs/ is not what their
 * package's `package.json` says it was generated from (`patchbay.generatedFrom`, `specSha256`,
 * `overlaySha256`), or that have no package yet: a document pulled by `pnpm specs:pull <vendor>`
 * before `pnpm specs:sync`, whatever its extension (`.json`, `.yaml`, `.yml`).
 */
export function stalePackages(root: string, vendors: readonly string[] = []): StalePackage[] {
  const stale: StalePackage[] = [];
  for (const file of listDocuments(root)) {
    const vendor = vendorOfDocument(file) as string;
    if (vendors.length > 0 && !vendors.includes(vendor)) continue;
    const manifestFile = join(root, "packages", vendor, "package.json");
    if (!existsSync(manifestFile)) {
      stale.push({ vendor, added: true, why: `${file} has no package yet` });
      continue;
    }
    let generated: { generatedFrom?: unknown; specSha256?: unknown; overlaySha256?: unknown };
    try {
      generated = JSON.parse(readFileSync(manifestFile, "utf8")).patchbay ?? {};
    } catch {
      generated = {};
    }
    const overlayFile = overlayFileOf(vendor);
    const overlaySha256 = existsSync(join(root, overlayFile))
      ? sha256Of(join(root, overlayFile))
      : undefined;
    if (
      generated.generatedFrom !== file ||
      generated.specSha256 !== sha256Of(join(root, file)) ||
      generated.overlaySha256 !== overlaySha256
    ) {
      stale.push({
        vendor,
        added: false,
        why: `packages/${vendor} is not generated from ${file} as it is now`,
      });
    }
  }
  return stale;
}

const sha256Of = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");
