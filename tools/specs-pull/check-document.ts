import { checkVendorDocument } from "@patchbay/generator/generate-vendor";
import { pointerOf } from "@patchbay/openapi/json-pointer";
import { parseDocumentBytes } from "@patchbay/openapi/load-document";
import { type VendorDocument, vendorDocumentOf } from "@patchbay/openapi/vendor-document";

/**
 * Checks fetched bytes as the generator would check them in `file` (`specs/<vendor>.<ext>` under
 * `root`): parsed with the generator's limits, the vendor's overlay applied (an action whose
 * target is gone is refused at the overlay's file:line), then the generator's own checks of the
 * document and of the sidecar's mapping onto it. Throws SpecError(s) whose messages name `label`
 * (the URL) with the line and JSON pointer of the problem in the fetched bytes. The bytes are not
 * changed: what is written is what the vendor published.
 */
export async function checkPulledDocument(
  root: string,
  file: string,
  bytes: Buffer,
  label: string,
): Promise<VendorDocument> {
  const loaded = parseDocumentBytes(bytes, label);
  const external = firstExternalRef(loaded.document);
  if (external) {
    throw loaded.errorAt(
      external.pointer,
      `references another file (${external.ref}); only single-file documents can be pulled`,
    );
  }
  const vendorDocument = await vendorDocumentOf(root, file, loaded);
  await checkVendorDocument(root, vendorDocument);
  return vendorDocument;
}

/** `.json`, `.yaml` or `.yml` for a vendor's first document: what the answer says it is. */
export function extensionOf(answer: {
  contentType: string | null;
  urls: readonly string[];
  bytes: Buffer;
}): ".json" | ".yaml" | ".yml" {
  const mediaType = answer.contentType?.split(";")[0]?.trim().toLowerCase() ?? "";
  if (/^(application|text)\/(.+\+)?json$/.test(mediaType)) return ".json";
  if (/^(application|text)\/(x-)?yaml$|^application\/vnd\.oai\.openapi$/.test(mediaType))
    return ".yaml";
  // raw.githubusercontent.com and many others answer text/plain: the file's own name says it.
  for (const url of answer.urls) {
    const extension = /\.(json|yaml|yml)$/i.exec(new URL(url).pathname)?.[1]?.toLowerCase();
    if (extension) return `.${extension}` as ".json" | ".yaml" | ".yml";
  }
  return isJson(answer.bytes) ? ".json" : ".yaml";
}

/** Whether `bytes` are JSON: a `.json` file that held YAML would mislead every reader and editor. */
export function isJson(bytes: Buffer): boolean {
  try {
    JSON.parse(bytes.toString("utf8").replace(/^\uFEFF/, ""));
    return true;
  } catch {
    return false;
  }
}

function firstExternalRef(root: unknown): { ref: string; pointer: string } | undefined {
  const stack: { node: unknown; tokens: string[] }[] = [{ node: root, tokens: [] }];
  while (stack.length > 0) {
    const { node, tokens } = stack.pop() as { node: unknown; tokens: string[] };
    // Deeper nesting is the generator's checks' to report.
    if (node === null || typeof node !== "object" || tokens.length > 200) continue;
    const ref = (node as { $ref?: unknown }).$ref;
    if (typeof ref === "string" && !ref.startsWith("#") && tokens.at(-1) !== "properties") {
      return { ref, pointer: pointerOf([...tokens, "$ref"]) };
    }
    for (const [key, child] of Object.entries(node))
      stack.push({ node: child, tokens: [...tokens, key] });
  }
  return undefined;
}
