// Document structure, checked by Redocly (@redocly/openapi-core, the validator openapi-typescript
// is built on): the OpenAPI 3.0/3.1 schema (`struct`) and the rules a generated client depends
// on. One configuration, here; openapi-typescript itself is given no rules (`noRulesConfig`).
import {
  BaseResolver,
  bundle,
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
  "no-enum-type-mismatch": "error",
} as const;

let structureConfig: Promise<Config> | undefined;
const configOf = () => {
  structureConfig ??= createConfig({ rules: STRUCTURE_RULES });
  return structureConfig;
};

/** A Redocly configuration with no rules: openapi-typescript's `redocly` option (checked here). */
export const noRulesConfig = (): Promise<Config> => createConfig({});

/**
 * What openapi-typescript does with a document before it types it, less its lint: with
 * noRulesConfig that lint finds nothing, and it costs a walk of the whole document (a second
 * on a 3 MB one). Redocly's bundling: `$ref`s to other files brought in as components.
 * `document` is changed (bundled in place); its problems are Redocly's, unformatted.
 */
export async function bundleForTypes(
  document: Record<string, unknown>,
  path: string,
  config: Config,
): Promise<{ bundled: Record<string, unknown>; problems: NormalizedProblem[] }> {
  const { bundle: bundled, problems } = await bundle({
    config,
    dereference: false,
    doc: {
      source: new Source(path, JSON.stringify(document), "application/json"),
      parsed: document,
    },
  });
  return { bundled: bundled.parsed as Record<string, unknown>, problems };
}

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

export interface StructureCheck {
  /** What would make a wrong type or a request that cannot be sent: generation fails. */
  errors: SpecError[];
  /** The document's defects the generator still types correctly: reported, never fatal. */
  findings: SpecError[];
}

/**
 * Redocly's errors for the document at `path`, each at its file, line and JSON pointer, less
 * those that do not describe the API (`x-` fields hold any value) and those a rule stricter than
 * the generator needs would refuse (tolerated below: findings). `filesByPath` holds the files its
 * `$ref`s name (already loaded, by absolute path). With `findings: false`, the errors alone.
 */
export async function structureProblems(
  loaded: LoadedDocument,
  path: string,
  filesByPath: Map<string, LoadedDocument>,
  { findings = true }: { findings?: boolean } = {},
): Promise<StructureCheck> {
  const problems = await lintProblems(
    withoutExternalValues(loaded.document),
    path,
    await configOf(),
  );
  const relevant = problems.filter(
    (problem) =>
      problem.severity === "error" &&
      !namedLikeObjectMember(problem) &&
      !nestedSchemas(problem) &&
      !inExtension(problem),
  );
  const check: StructureCheck = { errors: [], findings: [] };
  for (const problem of withoutConsequences(relevant)) {
    const location = problem.location[0];
    const file = location ? (filesByPath.get(location.source.absoluteRef) ?? loaded) : loaded;
    const finding = toleratedAs(problem, file.document, loaded.document);
    if (finding && !findings) continue;
    check[finding ? "findings" : "errors"].push(
      file.errorAt(
        nearestExisting(file.document, pointerOfProblem(problem)),
        finding
          ? `${finding} (Redocly rule ${problem.ruleId}: ${problem.message})`
          : `${problem.message} (Redocly rule ${problem.ruleId})`,
      ),
    );
  }
  return check;
}

/**
 * Maps whose keys are names the document chooses, not OpenAPI's fields: a key there that starts
 * with `x-` is a name (a property called `x-request-id`), not an extension.
 */
const NAMED_MAPS = new Set([
  "properties",
  "patternProperties",
  "schemas",
  "responses",
  "parameters",
  "headers",
  "examples",
  "requestBodies",
  "securitySchemes",
  "links",
  "callbacks",
  "pathItems",
  "webhooks",
  "variables",
  "mapping",
  "content",
  "encoding",
  "scopes",
  "definitions",
  "$defs",
]);

/**
 * A problem inside an `x-` field (an x-codeSamples entry whose `source` is an object, an
 * x-webhooks hint `x-sdk-exclude: true`): specification extensions may hold any value, and
 * nothing the generator makes reads them, so Redocly's reading of them as its own types is moot.
 */
function inExtension(problem: NormalizedProblem): boolean {
  const tokens = tokensOfProblem(problem);
  return tokens.some(
    (token, index) => token.startsWith("x-") && !NAMED_MAPS.has(tokens[index - 1] ?? ""),
  );
}

/**
 * The tokens of a problem's place, split once: each problem is asked about several times, and a
 * big document has thousands (Airbyte's 9,465 unknown schema keywords). Not to be changed.
 */
const problemTokens = new WeakMap<NormalizedProblem, readonly string[]>();
function tokensOfProblem(problem: NormalizedProblem): readonly string[] {
  let tokens = problemTokens.get(problem);
  if (!tokens) {
    tokens = tokensOf(problem.location[0]?.pointer ?? "#");
    problemTokens.set(problem, tokens);
  }
  return tokens;
}

/** Whether `tokens` lead into a schema: a component schema, or a `schema` field's value. */
function insideSchema(tokens: readonly string[]): boolean {
  return tokens.some(
    (token, index) =>
      token === "schema" ||
      (token === "schemas" && tokens[index - 1] === "components" && index + 1 < tokens.length),
  );
}

/**
 * What a struct problem the generator types correctly anyway reads as, or undefined for a real
 * error. Each of these has a fixture in tools/generator/fixtures/accepted/.
 */
function toleratedAs(
  problem: NormalizedProblem,
  file: Record<string, unknown>,
  root: Record<string, unknown>,
): string | undefined {
  const pointer = problem.location[0]?.pointer ?? "#";
  // `enum: [monthly, weekly, null]` with no `nullable` (Plaid's, Airbyte's): null is meant as a
  // value, and openapi-typescript types it `| null`, as the document's author wrote it.
  if (problem.ruleId === "no-enum-type-mismatch")
    return resolvePointer(file, pointer) === null
      ? "null in an enum whose schema is not nullable: typed with null as one of its values"
      : undefined;
  if (problem.ruleId !== "struct") return undefined;
  // 3.0: `nullable: true` beside an anyOf/oneOf/allOf and no `type` (GitHub's, everywhere).
  if (/`type` field must be defined when the `nullable` field is used/.test(problem.message))
    return "nullable without a type: typed as its subschemas or null";
  const version = String(root.openapi ?? "");
  // 3.1 has no `nullable` (null is a type there): it has no effect, the type comes from `type`.
  if (version.startsWith("3.1") && /Property `nullable` is not expected here/.test(problem.message))
    return "nullable, which OpenAPI 3.1 does not have: typed from `type` and its subschemas";
  // 3.0 has no null type; a document using 3.1's `type: "null"` means null, and is typed so.
  if (
    version.startsWith("3.0") &&
    pointer.endsWith("/type") &&
    resolvePointer(file, pointer) === "null"
  )
    return 'type "null", which OpenAPI 3.0 does not have (3.1 does): typed as null';
  // A keyword a Schema Object does not have (Airbyte's `order`, `airbyte_secret`, a `tittle`):
  // JSON Schema ignores keywords it does not know, and so do the types; nothing reads it.
  const unknownKeyword = /^Property `([^`]+)` is not expected here/.exec(problem.message);
  if (unknownKeyword && insideSchema(tokensOfProblem(problem).slice(0, -1)))
    return `keyword ${JSON.stringify(unknownKeyword[1])}, which a Schema Object does not have: ignored, as JSON Schema ignores keywords it does not know`;
  return undefined;
}

/**
 * Redocly looks a key up in its type tables as a plain object's property: a schema or property
 * named `constructor` or `toString` (valid, and openapi-typescript types it) gets Object's member
 * and a false "Expected type `string`". Names that crash openapi-typescript are refused before.
 */
function namedLikeObjectMember(problem: NormalizedProblem): boolean {
  const last = tokensOfProblem(problem).at(-1);
  return problem.ruleId === "struct" && last !== undefined && last in Object.prototype;
}

/**
 * `definitions` or `$defs` inside a schema (JSON Schema's containers, which OpenAPI 3.0 does not
 * list): patchbay takes them, giving each nested schema a name of its own (hoisted-schemas.ts).
 */
function nestedSchemas(problem: NormalizedProblem): boolean {
  const last = tokensOfProblem(problem).at(-1);
  return problem.ruleId === "struct" && (last === "definitions" || last === "$defs");
}

/**
 * A copy without Example Objects' `externalValue` (a URL, valid OpenAPI): Redocly's resolver would
 * fetch it, and validation never uses the network. Examples are example-findings.ts's to check.
 * A document with none is given as it is (Redocly's lint only reads it): copying 3 MB costs more
 * than looking.
 */
function withoutExternalValues(document: Record<string, unknown>): Record<string, unknown> {
  if (!hasExternalValue(document)) return document;
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

function hasExternalValue(document: Record<string, unknown>): boolean {
  const stack: unknown[] = [document];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node === null || typeof node !== "object") continue;
    const object = node as Record<string, unknown>;
    if (!Array.isArray(node) && typeof object.externalValue === "string") return true;
    for (const value of Object.values(object)) if (typeof value === "object") stack.push(value);
  }
  return false;
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
 * then reports every sibling as "not allowed here" besides the `type` itself; an enum whose values
 * are not of its `type` is reported once (at its first such value), not once per value.
 */
function withoutConsequences(problems: NormalizedProblem[]): NormalizedProblem[] {
  const enums = new Set<string>();
  problems = problems.filter((problem) => {
    if (problem.ruleId !== "no-enum-type-mismatch") return true;
    const pointer = problem.location[0]?.pointer ?? "";
    if (problem.message.includes('received "null"')) return true;
    const schema = pointer.replace(/\/enum\/\d+$/, "");
    if (enums.has(schema)) return false;
    enums.add(schema);
    return true;
  });
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
