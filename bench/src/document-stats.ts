// What a vendor document is, for the measurements that compare documents: its size, its number of
// operations (as the generator counts them: every method of every path, overlay applied) and
// whether it is a vendor's published document (its sidecar names a `source`).
import { statSync } from "node:fs";
import { join } from "node:path";
import { loadSidecar } from "@patchbay/openapi/sidecar";
import { forEachOperation } from "@patchbay/openapi/validate-document";
import { loadVendorDocument } from "@patchbay/openapi/vendor-document";
import { listDocuments, sidecarFileOf, vendorOfDocument } from "@patchbay/openapi/vendor-documents";
import { repositoryRoot } from "./locations.ts";

export interface DocumentStat {
  vendor: string;
  /** `specs/<vendor>.yaml|yml|json`. */
  file: string;
  /** Bytes of the document as published (the overlay not counted). */
  bytes: number;
  operations: number;
  /** The sidecar names where the vendor publishes it (`source`), rather than `null`. */
  published: boolean;
}

/** Each document in `<root>/specs` (only `vendors`' when given), in specs/ order. */
export async function documentStats(
  root: string = repositoryRoot,
  vendors?: readonly string[],
): Promise<DocumentStat[]> {
  const stats: DocumentStat[] = [];
  for (const file of listDocuments(root)) {
    const vendor = vendorOfDocument(file) as string;
    if (vendors && !vendors.includes(vendor)) continue;
    const { document } = await loadVendorDocument(root, file);
    let operations = 0;
    forEachOperation(document, () => {
      operations++;
    });
    const sidecar = sidecarFileOf(vendor);
    stats.push({
      vendor,
      file,
      bytes: statSync(join(root, file)).size,
      operations,
      published: Boolean(loadSidecar(join(root, sidecar), sidecar).source),
    });
  }
  return stats;
}

/** `2.9 MB, 329 operations`. */
export const describeDocument = (stat: DocumentStat | undefined): string =>
  stat === undefined
    ? "document not measured"
    : `${stat.bytes >= 1e6 ? `${(stat.bytes / 1e6).toFixed(1)} MB` : `${Math.round(stat.bytes / 1e3)} kB`}, ${stat.operations} operations`;
