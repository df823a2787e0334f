// The sync tests' world beside the pull's (a copy of the fixture specs/): the packages as
// `pnpm generate` leaves them, as far as sync reads them (package.json's `patchbay` fields).
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { listDocuments, overlayFileOf, vendorOfDocument } from "@patchbay/openapi/vendor-documents";

const sha256Of = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

/**
 * Writes `packages/<vendor>/package.json` for every document in `<root>/specs` (or those named)
 * with what the generator records there: the document's file and sha256, the overlay's.
 */
export function packagesAsGenerated(root: string, vendors?: readonly string[]) {
  for (const file of listDocuments(root)) {
    const vendor = vendorOfDocument(file) as string;
    if (vendors && !vendors.includes(vendor)) continue;
    const overlay = overlayFileOf(vendor);
    const manifest = {
      name: `@patchbay/${vendor}`,
      version: "0.1.0",
      patchbay: {
        generatedFrom: file,
        specSha256: sha256Of(join(root, file)),
        ...(existsSync(join(root, overlay)) && {
          overlay,
          overlaySha256: sha256Of(join(root, overlay)),
        }),
      },
    };
    mkdirSync(join(root, "packages", vendor), { recursive: true });
    writeFileSync(
      join(root, "packages", vendor, "package.json"),
      `${JSON.stringify(manifest, null, 2)}\n`,
    );
  }
}

export function setSource(root: string, vendor: string, source: string | null) {
  const path = join(root, "specs", `${vendor}.patchbay.yaml`);
  writeFileSync(
    path,
    readFileSync(path, "utf8").replace(/^source:.*$/m, `source: ${source ?? "null"}`),
  );
}
