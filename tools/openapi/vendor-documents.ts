import { readdirSync } from "node:fs";
import { join } from "node:path";

/**
 * `<vendor>.yaml`, `.yml` or `.json` in specs/; a `<vendor>.patchbay.yaml` sidecar and a
 * `<vendor>.overlay.yaml` overlay are not documents.
 */
const DOCUMENT = /^(?!.*\.(?:patchbay|overlay)\.)(.+)\.(ya?ml|json)$/;

/** `specs/<vendor>.patchbay.yaml`: what patchbay knows beyond the document. */
export const sidecarFileOf = (vendor: string) => `specs/${vendor}.patchbay.yaml`;

/** `specs/<vendor>.overlay.yaml`: patchbay's OpenAPI Overlay on the vendor's document. */
export const overlayFileOf = (vendor: string) => `specs/${vendor}.overlay.yaml`;

/** The vendor whose document `file` (a name in specs/, or `specs/<name>`) is; else undefined. */
export const vendorOfDocument = (file: string): string | undefined =>
  DOCUMENT.exec(file.replace(/^specs\//, ""))?.[1];

/**
 * Every vendor document in `<root>/specs`, sorted, as `specs/<file>`: the one rule the generator,
 * the mocks, the spec-change check and the pull share.
 */
export function listDocuments(root: string): string[] {
  return readdirSync(join(root, "specs"))
    .filter((file) => vendorOfDocument(file) !== undefined)
    .sort()
    .map((file) => `specs/${file}`);
}
