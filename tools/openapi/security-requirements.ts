import { isObject } from "@patchbay/common/json";
import { pointerOf } from "./json-pointer.ts";
import type { LoadedDocument } from "./load-document.ts";
import type { SpecError } from "./spec-error.ts";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/**
 * Every security requirement (top-level or an operation's) names a scheme that
 * components.securitySchemes defines: the client's auth options come from them. Patchbay's own,
 * not Redocly's `security-defined`, which also refuses an operation with no security at all.
 */
export function securityRequirementProblems(loaded: LoadedDocument): SpecError[] {
  const { document: doc, errorAt } = loaded;
  const errors: SpecError[] = [];
  const components = isObject(doc.components) ? doc.components : {};
  const schemes = isObject(components.securitySchemes) ? components.securitySchemes : {};
  const check = (requirements: unknown, at: (string | number)[]) => {
    if (!Array.isArray(requirements)) return; // not a list: Redocly's to report
    requirements.forEach((requirement, index) => {
      if (!isObject(requirement)) return;
      for (const name of Object.keys(requirement)) {
        if (!Object.hasOwn(schemes, name))
          errors.push(
            errorAt(
              pointerOf([...at, index, name]),
              `names security scheme "${name}", which components.securitySchemes does not define`,
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
  return errors;
}
