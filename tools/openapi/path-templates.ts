import { isObject } from "@patchbay/common/json";
import { pointerOf, resolvePointer } from "./json-pointer.ts";
import type { LoadedDocument } from "./load-document.ts";
import { pathTemplateNames } from "./operations.ts";
import type { SpecError } from "./spec-error.ts";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/**
 * Every `{name}` of a path template has an `in: path` parameter (path-level, the operation's, or a
 * local `$ref` to one) and every path parameter is in the template: the generated client fills the
 * template from them. Patchbay's own, not Redocly's `path-parameters-defined`, which misses
 * non-ASCII names (`{naïve}`, `{ключ}`) and so refuses valid documents.
 */
export function pathTemplateProblems(loaded: LoadedDocument): SpecError[] {
  const { document: doc, errorAt } = loaded;
  const errors: SpecError[] = [];
  const problem = (tokens: string[], message: string) =>
    errors.push(errorAt(pointerOf(tokens), message));
  if (!isObject(doc.paths)) return errors;
  /** The path parameters' names (a malformed parameter is Redocly's to report). */
  const pathParameters = (list: unknown): string[] =>
    (Array.isArray(list) ? list : []).flatMap((raw) => {
      const parameter =
        isObject(raw) && typeof raw.$ref === "string" && raw.$ref.startsWith("#")
          ? resolvePointer(doc, raw.$ref)
          : raw;
      return isObject(parameter) && parameter.in === "path" && typeof parameter.name === "string"
        ? [parameter.name]
        : [];
    });
  for (const [path, item] of Object.entries(doc.paths)) {
    if (path.startsWith("x-") || !isObject(item)) continue;
    const templateNames = pathTemplateNames(path);
    const pathLevel = pathParameters(item.parameters);
    for (const method of METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      const at = ["paths", path, method];
      const declared = new Set([...pathLevel, ...pathParameters(operation.parameters)]);
      for (const name of templateNames) {
        if (name === "" || !declared.has(name))
          problem(at, `has path template {${name}} with no matching \`in: path\` parameter`);
      }
      for (const name of declared) {
        if (!templateNames.includes(name))
          problem(
            [...at, "parameters"],
            `declares path parameter "${name}", which ${path} does not contain`,
          );
      }
    }
  }
  return errors;
}
