import { isDeepStrictEqual } from "node:util";
import { pointerOf } from "@patchbay/openapi/json-pointer";
import { parseDocumentBytes } from "@patchbay/openapi/load-document";
import { SpecError, SpecErrors } from "@patchbay/openapi/spec-error";
import { validateDocument } from "@patchbay/openapi/validate-document";
import { parse, stringify } from "yaml";

export interface RenderedDocument {
  document: Record<string, unknown>;
  /** The document as written to specs/: YAML, stable for the same content. */
  text: string;
}

/**
 * The project's own format: YAML, two-space indent, no line folding (a changed description is a
 * one-line diff), key order as the vendor has it, no anchors. Rendering from the parsed value, not
 * the vendor's text, makes the same content give the same bytes whether it came as JSON or YAML.
 */
export const YAML_OPTIONS = {
  indent: 2,
  lineWidth: 0,
  aliasDuplicateObjects: false,
} as const;

/**
 * Parses and validates a fetched document as patchbay needs it (OpenAPI 3.0/3.1, servers,
 * security, paths, local references only), then renders it. Throws SpecError(s) whose message
 * names `label` (the URL) with the line and JSON pointer of the problem in the fetched bytes.
 */
export async function renderPulledDocument(
  bytes: Buffer,
  label: string,
  specsDir: string,
): Promise<RenderedDocument> {
  const loaded = parseDocumentBytes(bytes, label);
  const external = firstExternalRef(loaded.document);
  if (external) {
    throw loaded.errorAt(
      external.pointer,
      `references another file (${external.ref}); only single-file documents can be pulled`,
    );
  }
  const errors = await validateDocument(loaded, specsDir);
  if (errors.length > 0) throw new SpecErrors(errors);
  const text = stringify(loaded.document, YAML_OPTIONS);
  if (!isDeepStrictEqual(parse(text), loaded.document)) {
    throw new SpecError(label, "does not survive a YAML round trip unchanged; not written");
  }
  return { document: loaded.document, text };
}

function firstExternalRef(root: unknown): { ref: string; pointer: string } | undefined {
  const stack: { node: unknown; tokens: string[] }[] = [{ node: root, tokens: [] }];
  while (stack.length > 0) {
    const { node, tokens } = stack.pop() as { node: unknown; tokens: string[] };
    // Deeper nesting is validateDocument's to report.
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
