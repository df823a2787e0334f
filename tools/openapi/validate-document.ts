import { isObject, type Json } from "@patchbay/common/json";
import { checkReferences } from "./document-references.ts";
import { type StructureCheck, structureProblems } from "./document-structure.ts";
import { escapePointerToken, pointerOf } from "./json-pointer.ts";
import type { LoadedDocument } from "./load-document.ts";
import { pathTemplateProblems } from "./path-templates.ts";
import { securityRequirementProblems } from "./security-requirements.ts";
import type { SpecError } from "./spec-error.ts";

/**
 * What patchbay needs of a document before it generates from it, every problem at once, each at
 * its file, line and JSON pointer: an OpenAPI version patchbay supports, then its own checks of
 * references and values (document-references.ts), then the structure, by Redocly
 * (document-structure.ts), security requirements (security-requirements.ts) and path templates
 * (path-templates.ts). Style is not checked here (`pnpm lint:specs` reports it).
 */
export async function validateDocument(
  loaded: LoadedDocument,
  specsDir: string,
): Promise<SpecError[]> {
  // The findings are not wanted here: placing each by its line would read a JSON document a
  // second time, with the YAML parser (load-document.ts), for nothing.
  return (await checkDocument(loaded, specsDir, { findings: false })).errors;
}

/**
 * validateDocument's errors, and the findings beside them: the document's defects that the
 * generator still types correctly (document-structure.ts), reported, never fatal; with
 * `findings: false`, the errors alone (the findings are then not placed, nor returned).
 */
export async function checkDocument(
  loaded: LoadedDocument,
  specsDir: string,
  { findings = true }: { findings?: boolean } = {},
): Promise<StructureCheck> {
  const { document: doc, errorAt } = loaded;
  const problem = (tokens: (string | number)[], message: string): StructureCheck => ({
    errors: [errorAt(pointerOf(tokens), message)],
    findings: [],
  });

  if (doc.openapi === undefined) {
    if (doc.swagger !== undefined) {
      return problem(
        ["swagger"],
        `is Swagger ${String(doc.swagger)}; patchbay supports OpenAPI 3.0 and 3.1 (convert it first, e.g. with swagger2openapi)`,
      );
    }
    return problem([], "has no `openapi` field; patchbay supports OpenAPI 3.0 and 3.1 documents");
  }
  if (typeof doc.openapi !== "string" || !/^3\.[01]\.\d+$/.test(doc.openapi)) {
    return problem(
      ["openapi"],
      `has unsupported version ${JSON.stringify(doc.openapi)}; patchbay supports OpenAPI 3.0.x and 3.1.x`,
    );
  }

  const errors: SpecError[] = [];
  // Redocly's resolver follows every $ref: it sees the document only once they are known safe.
  const { path, filesByPath } = checkReferences(loaded, specsDir, (error) => errors.push(error));
  if (errors.length > 0) return { errors, findings: [] };
  const structure = await structureProblems(loaded, path, filesByPath, { findings });
  const security = securityRequirementProblems(loaded, { findings });
  return {
    errors: [...structure.errors, ...security.errors, ...pathTemplateProblems(loaded)],
    findings: [...structure.findings, ...security.findings],
  };
}

/**
 * The client's default base URL: the first server's, when it is an absolute http(s) URL; else
 * undefined, and the client asks for one (a relative, protocol-relative or missing server).
 */
export function absoluteBaseUrl(doc: Json): string | undefined {
  const first = Array.isArray(doc.servers) ? doc.servers[0] : undefined;
  if (!isObject(first) || typeof first.url !== "string") return undefined;
  const url = serverUrl(first);
  return /^https?:\/\/[^/]/i.test(url) && !/[{}]/.test(url) ? url.replace(/\/+$/, "") : undefined;
}

/** The first server's URL with its variables replaced by their defaults. */
export function serverUrl(server: Json): string {
  const variables = isObject(server.variables) ? server.variables : {};
  return String(server.url).replace(/\{([^}]+)\}/g, (whole, name: string) => {
    const variable = variables[name];
    return isObject(variable) && typeof variable.default === "string" ? variable.default : whole;
  });
}

export { forEachOperation, HTTP_METHODS } from "./operations.ts";
export { escapePointerToken };
