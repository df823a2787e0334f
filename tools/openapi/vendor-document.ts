import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Json } from "@patchbay/common/json";
import { type LoadedDocument, type LoadOptions, loadDocument } from "./load-document.js";
import { applyOverlay } from "./overlay.js";
import type { SpecError } from "./spec-error.js";
import { overlayFileOf, vendorOfDocument } from "./vendor-documents.js";

/** A vendor's document as patchbay uses it: the published bytes, with patchbay's overlay applied. */
export interface VendorDocument {
  vendor: string;
  /** `specs/<vendor>.yaml` (or `.yml`, `.json`), relative to the repository. */
  file: string;
  /** Absolute path of the document. */
  path: string;
  /** The document as published (its bytes, lines and pointers). */
  loaded: LoadedDocument;
  /** sha256 of the published bytes. */
  sha256: string;
  /** The document with `specs/<vendor>.overlay.yaml` applied (the published one where there is none). */
  document: Json;
  overlay?: { file: string; sha256: string; unused: SpecError[] };
}

/**
 * Loads `specs/<vendor>.yaml` (`.yml`, `.json`) and applies its overlay: what the generator, the
 * mocks, the contract suite, the examples check and the demo all read.
 */
export async function loadVendorDocument(
  root: string,
  file: string,
  options?: LoadOptions,
): Promise<VendorDocument> {
  return vendorDocumentOf(root, file, loadDocument(join(root, file), file, options));
}

/**
 * The vendor's document `loaded` (read from `file`, or bytes that are to become it: a pulled
 * document, located in messages by its URL) with the overlay in `<root>/specs` applied.
 */
export async function vendorDocumentOf(
  root: string,
  file: string,
  loaded: LoadedDocument,
): Promise<VendorDocument> {
  const vendor = vendorOfDocument(file) as string;
  const path = join(root, file);
  const sha256 = createHash("sha256").update(loaded.bytes).digest("hex");
  const overlayFile = overlayFileOf(vendor);
  if (!existsSync(join(root, overlayFile))) {
    return { vendor, file, path, loaded, sha256, document: loaded.document };
  }
  const overlay = loadDocument(join(root, overlayFile), overlayFile);
  const { document, unused } = await applyOverlay(loaded.document, overlay);
  return {
    vendor,
    file,
    path,
    loaded,
    sha256,
    document,
    overlay: {
      file: overlayFile,
      sha256: createHash("sha256").update(overlay.bytes).digest("hex"),
      unused,
    },
  };
}
