// How a sidecar names an operation: by its operationId, or, where the document gives none (as
// many published documents do), as `METHOD /path` (`GET /team/{team_id}/connections`). No overlay
// is needed just to name an operation.
import type { Json } from "@patchbay/common/json";
import { forEachOperation, HTTP_METHODS } from "./operations.ts";

export interface NamedOperation {
  /** What the sidecar wrote: the operationId, or `METHOD /path`. */
  name: string;
  /** Lower case, as openapi-fetch's client methods and `paths` keys use it. */
  method: string;
  path: string;
  operation: Json;
}

/** `METHOD /path`, with the method in upper case: the name of an operation by where it is. */
export const methodPathName = (method: string, path: string) => `${method.toUpperCase()} ${path}`;

const METHOD_PATH = new RegExp(`^(${HTTP_METHODS.join("|")}) (/\\S*)$`, "i");

/** Every operation of the document, under its operationId (where it has one) and its `METHOD /path`. */
export function operationsByName(doc: Json): Map<string, Omit<NamedOperation, "name">> {
  const byName = new Map<string, Omit<NamedOperation, "name">>();
  forEachOperation(doc, (operation, _at, method, path) => {
    const found = { method, path, operation };
    byName.set(methodPathName(method, path), found);
    if (typeof operation.operationId === "string" && !byName.has(operation.operationId))
      byName.set(operation.operationId, found);
  });
  return byName;
}

/**
 * The operation `name` stands for, or a problem that says why none does and what names there are
 * (`METHOD /path` in any letter case, with the path exactly as the document writes it).
 */
export function findOperation(
  byName: Map<string, Omit<NamedOperation, "name">>,
  name: string,
): NamedOperation | { problem: string } {
  const methodPath = METHOD_PATH.exec(name);
  const key = methodPath ? methodPathName(methodPath[1] as string, methodPath[2] as string) : name;
  const found = byName.get(key);
  if (found) return { name, ...found };
  const known = [...byName.keys()].filter((candidate) =>
    methodPath ? METHOD_PATH.test(candidate) : !METHOD_PATH.test(candidate),
  );
  return {
    problem: methodPath
      ? `names ${JSON.stringify(name)}, which the document does not have: no ${methodPath[1]?.toUpperCase()} operation at that path (it has: ${known.slice(0, 12).join(", ") || "none"})`
      : `names operationId ${JSON.stringify(name)}, which the document does not have (it has: ${known.slice(0, 20).join(", ") || "none"}; an operation without one is named as "METHOD /path")`,
  };
}

/**
 * An identifier for the operation, for the names of generated functions: the operationId as it
 * is, or the method and the path's words (`GET /team/{team_id}/connections` → `getTeamTeamIdConnections`).
 */
export function identifierWordsOf(name: string): string {
  const methodPath = METHOD_PATH.exec(name);
  if (!methodPath) return name;
  const words = `${methodPath[1]} ${methodPath[2]}`.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return words
    .map((word, index) =>
      index === 0 ? word.toLowerCase() : `${word[0]?.toUpperCase()}${word.slice(1)}`,
    )
    .join("");
}
