// A document's operations, walked without loading the validator (validate-document.ts brings in
// Redocly): the examples check reads them in a worker thread (example-findings-worker.ts).
import { isObject, type Json } from "@patchbay/common/json";

export const HTTP_METHODS = [
  "get",
  "put",
  "post",
  "delete",
  "options",
  "head",
  "patch",
  "trace",
] as const;

/** The `{name}`s of a path template, in order: `/teams/{team_id}/connections/{id}` → team_id, id. */
export const pathTemplateNames = (path: string): string[] =>
  [...path.matchAll(/\{([^}]*)\}/g)].map((match) => match[1] ?? "");

export function forEachOperation(
  doc: Json,
  visit: (operation: Json, at: string[], method: string, path: string) => void,
) {
  if (!isObject(doc.paths)) return;
  for (const [path, item] of Object.entries(doc.paths)) {
    if (!isObject(item) || path.startsWith("x-")) continue;
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (isObject(operation)) visit(operation, ["paths", path, method], method, path);
    }
  }
}
