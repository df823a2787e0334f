import { readdirSync } from "node:fs";
import { join } from "node:path";

/** `<vendor>.yaml`, `.yml` or `.json` in specs/; a `<vendor>.patchbay.yaml` sidecar is not one. */
const DOCUMENT = /^(?!.*\.patchbay\.)(.+)\.(ya?ml|json)$/;

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
