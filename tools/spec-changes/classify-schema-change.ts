import type { Diff } from "./diff-documents.ts";
import {
  ANNOTATION_KEYWORDS,
  type ChangeLevel,
  isExtension,
  levelFromLibrary,
  show,
} from "./spec-change.ts";

type Segment = string | number;

/**
 * `request`: what the client sends (body, parameters). `response`: what the client reads.
 * The same edit has opposite effects: a new enum value is additive in a request and breaking in a
 * response; a field made required breaks a request and is additive in a response.
 */
export type Direction = "request" | "response";

export interface SchemaChangeVerdict {
  level: ChangeLevel;
  kind: string;
  message: string;
}

export interface SchemaChangeContext {
  /** e.g. "request body", "response 200", "query parameter `limit`" */
  subject: string;
  direction: Direction;
  /** The change's path from the schema's root (the segments after `.../schema`). */
  schemaPath: readonly Segment[];
  /** `propertyKey(...)` of every property added or removed by the same diff, to skip their `required` echo. */
  addedOrRemovedProperties: ReadonlySet<string>;
  /** The value at a full diff path in the merged, dereferenced document. */
  lookup: (path: readonly Segment[]) => unknown;
}

/** Constraints that change no generated type and no client behaviour when the server applies them to its own answers. */
const RESPONSE_CONSTRAINT_KEYWORDS = new Set([
  "format",
  "pattern",
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "minItems",
  "maxItems",
  "uniqueItems",
  "minProperties",
  "maxProperties",
  "default",
  "readOnly",
  "writeOnly",
  "contentEncoding",
  "contentMediaType",
]);

/** Identifies property `name` of the object schema at a full diff path. */
export function propertyKey(objectSchemaPath: readonly Segment[], name: unknown): string {
  return `${objectSchemaPath.join("\u0000")}\u0001${String(name)}`;
}

interface SplitPath {
  /** Readable field path, e.g. `data[].status`; empty for the schema's root. */
  field: string;
  /** What changed on that schema: `["properties", "x"]`, `["enum", 2]`, `["type"]`, ... */
  tail: Segment[];
}

/** Walks `properties/<name>`, `items`, `additionalProperties` and combinators into a field path. */
export function splitSchemaPath(schemaPath: readonly Segment[]): SplitPath {
  let field = "";
  let index = 0;
  const hasMoreAfter = (count: number) => index + count < schemaPath.length;
  while (index < schemaPath.length) {
    const segment = schemaPath[index];
    if (segment === "properties" && hasMoreAfter(2)) {
      field += `${field ? "." : ""}${String(schemaPath[index + 1])}`;
      index += 2;
    } else if (segment === "items" && hasMoreAfter(1)) {
      field += "[]";
      index += 1;
    } else if (segment === "additionalProperties" && hasMoreAfter(1)) {
      field += `${field ? "." : ""}*`;
      index += 1;
    } else if (
      (segment === "allOf" || segment === "oneOf" || segment === "anyOf") &&
      hasMoreAfter(2)
    ) {
      index += 2;
    } else if (segment === "not" && hasMoreAfter(1)) {
      index += 1;
    } else {
      break;
    }
  }
  return { field, tail: schemaPath.slice(index) };
}

function joinField(field: string, name: unknown): string {
  return field ? `${field}.${String(name)}` : String(name);
}

function fieldLabel(subject: string, field: string): string {
  return field ? `${subject} field \`${field}\`` : subject;
}

/** Classifies one diff inside a request or response schema; undefined when it is an echo of another diff. */
export function classifySchemaChange(
  diff: Diff,
  context: SchemaChangeContext,
): SchemaChangeVerdict | undefined {
  const { field, tail } = splitSchemaPath(context.schemaPath);
  const [keyword, member] = tail;
  const at = fieldLabel(context.subject, field);
  const fullObjectPath = diff.path.slice(0, diff.path.length - tail.length);
  const direction = context.direction;
  const decide = (responseLevel: ChangeLevel): ChangeLevel =>
    direction === "response" ? responseLevel : levelFromLibrary(diff);

  if (keyword === undefined) {
    const message =
      diff.action === "add"
        ? `${at}: schema added`
        : diff.action === "remove"
          ? `${at}: schema removed`
          : `${at}: schema replaced`;
    return {
      level: decide(diff.action === "add" ? "additive" : "breaking"),
      kind: `${direction}-schema-changed`,
      message,
    };
  }

  if (keyword === "properties" && member !== undefined) {
    const name = joinField(field, member);
    const where = `${context.subject} field \`${name}\``;
    if (diff.action === "add") {
      const required = isRequiredIn(context.lookup(fullObjectPath), member);
      return {
        level: decide("additive"),
        kind: `${direction}-field-added`,
        message: `${where} added${direction === "request" ? (required ? " (required)" : " (optional)") : ""}`,
      };
    }
    // Removed from a request too: an object literal that still sets it no longer compiles.
    if (diff.action === "remove") {
      return { level: "breaking", kind: `${direction}-field-removed`, message: `${where} removed` };
    }
    return { level: "breaking", kind: `${direction}-field-replaced`, message: `${where} replaced` };
  }

  if (keyword === "required") {
    return classifyRequiredChange(diff, context, field, fullObjectPath, member !== undefined);
  }

  if (keyword === "enum") {
    const verb =
      diff.action === "add" ? "added" : diff.action === "remove" ? "removed" : "replaced";
    const message =
      member === undefined
        ? `${at}: enum ${diff.action === "add" ? `restricted to ${show(diff.after)}` : diff.action === "remove" ? `restriction ${show(diff.before)} removed` : `changed from ${show(diff.before)} to ${show(diff.after)}`}`
        : diff.action === "replace"
          ? `${at}: enum value ${show(diff.before)} replaced by ${show(diff.after)}`
          : `${at}: enum value ${show(diff.action === "add" ? diff.after : diff.before)} ${verb}`;
    // A new value in a response breaks exhaustive handling (a `switch` with a `never` default),
    // a removed one breaks comparisons with it; both change the generated union type.
    return { level: decide("breaking"), kind: `${direction}-enum-value-${verb}`, message };
  }

  if (keyword === "type" && tail.length === 1) {
    const message =
      diff.action === "add"
        ? `${at}: type set to ${typeText(diff.after)}`
        : diff.action === "remove"
          ? `${at}: type ${typeText(diff.before)} no longer declared`
          : `${at}: type changed from ${typeText(diff.before)} to ${typeText(diff.after)}`;
    const narrowed = diff.action !== "remove" && isNarrowing(diff.before, diff.after);
    return {
      level: decide(narrowed ? "additive" : "breaking"),
      kind: `${direction}-type-${narrowed ? "narrowed" : "changed"}`,
      message,
    };
  }

  if (keyword === "nullable" && tail.length === 1) {
    const nullable = diff.action !== "remove" && diff.after === true;
    return {
      level: decide(nullable ? "breaking" : "additive"),
      kind: `${direction}-nullable-changed`,
      message: `${at}: ${nullable ? "now nullable" : "no longer nullable"}`,
    };
  }

  if ((keyword === "oneOf" || keyword === "anyOf") && tail.length === 2) {
    return {
      level: decide(diff.action === "remove" ? "additive" : "breaking"),
      kind: `${direction}-variant-changed`,
      message: `${at}: ${keyword} variant ${diff.action === "add" ? "added" : diff.action === "remove" ? "removed" : "replaced"}`,
    };
  }

  if (ANNOTATION_KEYWORDS.has(String(keyword)) || isExtension(keyword)) {
    const verb =
      keyword === "deprecated"
        ? diff.after === true
          ? "deprecated"
          : "no longer deprecated"
        : `${String(keyword)} changed`;
    return { level: "docs-only", kind: `${direction}-docs-changed`, message: `${at}: ${verb}` };
  }

  const constraint = `${at}: \`${tail.join(".")}\` ${describeValueChange(diff)}`;
  if (direction === "response" && RESPONSE_CONSTRAINT_KEYWORDS.has(String(keyword))) {
    return { level: "docs-only", kind: "response-constraint-changed", message: constraint };
  }
  return { level: decide("breaking"), kind: `${direction}-schema-changed`, message: constraint };
}

function classifyRequiredChange(
  diff: Diff,
  context: SchemaChangeContext,
  field: string,
  objectPath: Segment[],
  isMember: boolean,
): SchemaChangeVerdict | undefined {
  const names = (value: unknown): string[] =>
    Array.isArray(value) ? value.map(String) : value === undefined ? [] : [String(value)];
  const added = diff.action === "remove" ? [] : names(diff.after);
  const removed = diff.action === "add" ? [] : names(diff.before);
  const echo = (name: string) =>
    context.addedOrRemovedProperties.has(propertyKey(objectPath, name));
  const nowRequired = added.filter((name) => !echo(name));
  const nowOptional = removed.filter((name) => !echo(name));
  if (nowRequired.length === 0 && nowOptional.length === 0) return undefined;
  if (!isMember && diff.action === "replace") {
    // Whole `required` list replaced: only the difference matters.
    const before = new Set(removed);
    const after = new Set(added);
    return describeRequired(
      context,
      field,
      nowRequired.filter((name) => !before.has(name)),
      nowOptional.filter((name) => !after.has(name)),
      diff,
    );
  }
  return describeRequired(context, field, nowRequired, nowOptional, diff);
}

function describeRequired(
  context: SchemaChangeContext,
  field: string,
  nowRequired: string[],
  nowOptional: string[],
  diff: Diff,
): SchemaChangeVerdict | undefined {
  if (nowRequired.length === 0 && nowOptional.length === 0) return undefined;
  const list = (names: string[]) => names.map((name) => `\`${joinField(field, name)}\``).join(", ");
  const parts: string[] = [];
  if (nowRequired.length > 0) parts.push(`${list(nowRequired)} now required`);
  if (nowOptional.length > 0) parts.push(`${list(nowOptional)} no longer required`);
  const message = `${context.subject} field ${parts.join("; ")}`;
  if (context.direction === "request") {
    return { level: levelFromLibrary(diff), kind: "request-field-required-changed", message };
  }
  // A response field that may now be missing is `T | undefined` in the generated type.
  return {
    level: nowOptional.length > 0 ? "breaking" : "additive",
    kind: "response-field-required-changed",
    message,
  };
}

function isRequiredIn(objectSchema: unknown, name: unknown): boolean {
  const required = (objectSchema as { required?: unknown } | undefined)?.required;
  return Array.isArray(required) && required.includes(name);
}

function typeText(value: unknown): string {
  return Array.isArray(value) ? value.join(" | ") : String(value);
}

function typeSet(value: unknown): Set<string> | undefined {
  if (typeof value === "string") return new Set([value]);
  if (Array.isArray(value)) return new Set(value.map(String));
  return undefined;
}

/** True when every value of the new type was already a value of the old one (integer ⊂ number). */
function isNarrowing(before: unknown, after: unknown): boolean {
  const to = typeSet(after);
  if (!to) return false;
  const from = typeSet(before);
  if (!from) return true; // no type before: anything goes, any type is narrower
  for (const type of to) {
    if (from.has(type)) continue;
    if (type === "integer" && from.has("number")) continue;
    return false;
  }
  return true;
}

function describeValueChange(diff: Diff): string {
  if (diff.action === "add") return `set to ${show(diff.after)}`;
  if (diff.action === "remove") return `${show(diff.before)} removed`;
  return `changed from ${show(diff.before)} to ${show(diff.after)}`;
}
