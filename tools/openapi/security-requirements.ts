import { isObject, type Json } from "@patchbay/common/json";
import { pointerOf } from "./json-pointer.ts";
import type { LoadedDocument } from "./load-document.ts";
import type { SpecError } from "./spec-error.ts";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/**
 * Every security requirement (top-level or an operation's) names a scheme that
 * components.securitySchemes defines: the client's auth options come from them. Patchbay's own,
 * not Redocly's `security-defined`, which also refuses an operation with no security at all.
 * Where a list offers other alternatives that can be met, one naming an undefined scheme is a
 * finding (that alternative is left out, the others still send the request: Composio's
 * `workbench_access_key`); where none can be met, it is an error.
 */
/**
 * The scheme names a list of security requirements gives that components.securitySchemes does
 * not define, in the order they appear: the one reading of "undefined scheme" the checks here and
 * the contract suite share.
 */
export function undefinedSchemeNames(doc: Json, requirements: unknown): string[] {
  const components = isObject(doc.components) ? doc.components : {};
  const schemes = isObject(components.securitySchemes) ? components.securitySchemes : {};
  return (Array.isArray(requirements) ? requirements : [])
    .flatMap((requirement) => (isObject(requirement) ? Object.keys(requirement) : []))
    .filter((name) => !Object.hasOwn(schemes, name));
}

export function securityRequirementProblems(
  loaded: LoadedDocument,
  { findings: wanted = true }: { findings?: boolean } = {},
): {
  errors: SpecError[];
  findings: SpecError[];
} {
  const { document: doc, errorAt } = loaded;
  const errors: SpecError[] = [];
  const findings: SpecError[] = [];
  const check = (requirements: unknown, at: (string | number)[]) => {
    if (!Array.isArray(requirements)) return; // not a list: Redocly's to report
    const undefinedIn = (requirement: unknown) => undefinedSchemeNames(doc, [requirement]);
    const anotherCanBeMet = requirements.some(
      (requirement) => isObject(requirement) && undefinedIn(requirement).length === 0,
    );
    requirements.forEach((requirement, index) => {
      for (const name of undefinedIn(requirement)) {
        const problem = `names security scheme "${name}", which components.securitySchemes does not define`;
        if (!anotherCanBeMet) errors.push(errorAt(pointerOf([...at, index, name]), problem));
        else if (wanted)
          findings.push(
            errorAt(
              pointerOf([...at, index, name]),
              `${problem}: this alternative is left out, the others remain`,
            ),
          );
      }
    });
  };
  check(doc.security, ["security"]);
  for (const [path, item] of Object.entries(isObject(doc.paths) ? doc.paths : {})) {
    if (path.startsWith("x-") || !isObject(item)) continue;
    for (const method of METHODS) {
      const operation = item[method];
      if (isObject(operation)) check(operation.security, ["paths", path, method, "security"]);
    }
  }
  return { errors, findings };
}
