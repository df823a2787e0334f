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
 * checked (inside specs/, never remote) before Redocly's resolver sees them. Path templates are
 * path-templates.ts's (Redocly's `path-parameters-defined` misses non-ASCII names), security
 * requirements security-requirements.ts's (Redocly's `security-defined` refuses none at all).
 */
export const STRUCTURE_RULES = {
  struct: "error",
  "operation-operationId-unique": "error",
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
  const problems = await lintProblems(
    withoutExternalValues(loaded.document),
    path,
    await configOf(),
  );
  const errors = problems.filter(
    (problem) =>
      problem.severity === "error" && !namedLikeObjectMember(problem) && !nestedSchemas(problem),
  );
  return withoutConsequences(errors).map((problem) => {
    const location = problem.location[0];
    const file = location ? (filesByPath.get(location.source.absoluteRef) ?? loaded) : loaded;
    const pointer = nearestExisting(file.document, pointerOfProblem(problem));
    return file.errorAt(pointer, `${problem.message} (Redocly rule ${problem.ruleId})`);
  });
}

/**
 * Redocly looks a key up in its type tables as a plain object's property: a schema or property
 * named `constructor` or `toString` (valid, and openapi-typescript types it) gets Object's member
 * and a false "Expected type `string`". Names that crash openapi-typescript are refused before.
 */
function namedLikeObjectMember(problem: NormalizedProblem): boolean {
  const last = tokensOf(problem.location[0]?.pointer ?? "#").at(-1);
  return problem.ruleId === "struct" && last !== undefined && last in Object.prototype;
}

/**
 * `definitions` or `$defs` inside a schema (JSON Schema's containers, which OpenAPI 3.0 does not
 * list): patchbay takes them, giving each nested schema a name of its own (hoisted-schemas.ts).
 */
function nestedSchemas(problem: NormalizedProblem): boolean {
  const last = tokensOf(problem.location[0]?.pointer ?? "#").at(-1);
  return problem.ruleId === "struct" && (last === "definitions" || last === "$defs");
}

/**
 * A copy without Example Objects' `externalValue` (a URL, valid OpenAPI): Redocly's resolver would
 * fetch it, and validation never uses the network. Examples are example-findings.ts's to check.
 */
function withoutExternalValues(document: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(document);
  const stack: unknown[] = [copy];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node === null || typeof node !== "object") continue;
    const object = node as Record<string, unknown>;
    if (!Array.isArray(node) && typeof object.externalValue === "string")
      delete object.externalValue;
    for (const value of Object.values(object)) if (typeof value === "object") stack.push(value);
  }
  return copy;
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
