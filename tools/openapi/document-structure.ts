// Document structure, checked by Redocly (@redocly/openapi-core, the validator openapi-typescript
// is built on): the OpenAPI 3.0/3.1 schema (`struct`) and the rules a generated client depends
// on. One configuration, here; openapi-typescript itself is given no rules (`noRulesConfig`).
import {
  BaseResolver,
  type Config,
  createConfig,
  lintDocument,
  type NormalizedProblem,
  Source,
} from "@redocly/openapi-core";
import { pointerOf, resolvePointer, tokensOf } from "./json-pointer.ts";
import type { LoadedDocument } from "./load-document.ts";
import type { SpecError } from "./spec-error.ts";

/**
 * Fatal: what would make broken code or a misleading client. Examples are not here: whether an
 * example matches its schema is example-findings.ts's to report (not fatal), and `$ref`s are
 * checked (inside specs/, never remote) before Redocly's resolver sees them.
 */
export const STRUCTURE_RULES = {
  struct: "error",
  "operation-operationId-unique": "error",
  "path-parameters-defined": "error",
  "path-declaration-must-exist": "error",
  "security-defined": "error",
  "no-undefined-server-variable": "error",
  "no-server-variables-empty-enum": "error",
} as const;

let structureConfig: Promise<Config> | undefined;
const configOf = () => {
  structureConfig ??= createConfig({ rules: STRUCTURE_RULES });
  return structureConfig;
};

/** A Redocly configuration with no rules: openapi-typescript's `redocly` option (checked here). */
export const noRulesConfig = (): Promise<Config> => createConfig({});

/** Redocly's problems with `document` (read from `path`) under `config`, unformatted. */
export async function lintProblems(
  document: Record<string, unknown>,
  path: string,
  config: Config,
): Promise<NormalizedProblem[]> {
  return lintDocument({
    document: { source: new Source(path, JSON.stringify(document)), parsed: document },
    config: config.styleguide,
    externalRefResolver: new BaseResolver(config.resolve),
  });
}

/**
 * Redocly's errors for the document at `path`, each at its file, line and JSON pointer.
 * `filesByPath` holds the files its `$ref`s name (already loaded, by absolute path).
 */
export async function structureProblems(
  loaded: LoadedDocument,
  path: string,
  filesByPath: Map<string, LoadedDocument>,
): Promise<SpecError[]> {
  const problems = await lintProblems(loaded.document, path, await configOf());
  const errors = problems.filter((problem) => problem.severity === "error");
  return withoutConsequences(errors).map((problem) => {
    const location = problem.location[0];
    const file = location ? (filesByPath.get(location.source.absoluteRef) ?? loaded) : loaded;
    const pointer = nearestExisting(file.document, pointerOfProblem(problem));
    return file.errorAt(pointer, `${problem.message} (Redocly rule ${problem.ruleId})`);
  });
}

/** Where a problem is, as patchbay's pointers spell it (`#/…`). */
function pointerOfProblem(problem: NormalizedProblem): string {
  const pointer = problem.location[0]?.pointer ?? "#";
  // operation-operationId-unique reports at `…/get/<the id>`; the field is `…/get/operationId`.
  if (problem.ruleId === "operation-operationId-unique")
    return pointerOf([...tokensOf(pointer).slice(0, -1), "operationId"]);
  return pointer;
}

/** `pointer`, or its nearest parent that exists in `document` (Redocly names missing fields). */
function nearestExisting(document: unknown, pointer: string): string {
  const tokens = tokensOf(pointer);
  while (tokens.length > 0 && resolvePointer(document, pointerOf(tokens)) === undefined)
    tokens.pop();
  return pointerOf(tokens);
}

/**
 * One mistake, one message: a `type` Redocly does not know leaves it no fields to allow, and it
 * then reports every sibling as "not allowed here" besides the `type` itself.
 */
function withoutConsequences(problems: NormalizedProblem[]): NormalizedProblem[] {
  const badTypes = new Set(
    problems
      .map((problem) => problem.location[0]?.pointer ?? "")
      .filter((pointer) => pointer.endsWith("/type"))
      .map((pointer) => pointer.slice(0, -"/type".length)),
  );
  return problems.filter((problem) => {
    const pointer = problem.location[0]?.pointer ?? "";
    const parent = pointer.slice(0, pointer.lastIndexOf("/"));
    return !(problem.ruleId === "struct" && badTypes.has(parent) && !pointer.endsWith("/type"));
  });
}
