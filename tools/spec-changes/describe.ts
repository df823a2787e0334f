import type { Diff } from "api-smart-diff";
import type { Lookup, Where } from "./locate.ts";
import { type ChangeLevel, show } from "./spec-change.ts";

/** A diff of a `required` list, as names: the echo of a property added or removed alongside is left out. */
export interface RequiredChange {
  now: string[];
  noLonger: string[];
}

/** Identifies property `name` of the object schema at `objectPath` (a full diff path). */
export const propertyKey = (objectPath: readonly unknown[], name: unknown): string =>
  JSON.stringify([...objectPath, String(name)]);

export function requiredChange(
  diff: Diff,
  where: Where,
  echoes: ReadonlySet<string>,
): RequiredChange {
  const names = (value: unknown): string[] =>
    Array.isArray(value) ? value.map(String) : value === undefined ? [] : [String(value)];
  const after = diff.action === "remove" ? [] : names(diff.after);
  const before = diff.action === "add" ? [] : names(diff.before);
  const objectPath = diff.path.slice(0, diff.path.length - where.tail.length);
  const keep = (name: string, other: string[]) =>
    !other.includes(name) && !echoes.has(propertyKey(objectPath, name));
  return {
    now: after.filter((name) => keep(name, before)),
    noLonger: before.filter((name) => keep(name, after)),
  };
}

const VERBS = { add: "added", remove: "removed", replace: "replaced", rename: "renamed" } as const;

/** One line for a person: what changed, where (the operation is given beside it). */
export function describe(
  diff: Diff,
  where: Where,
  lookup: Lookup,
  level: ChangeLevel,
  required?: RequiredChange,
): string {
  const { subject, field, tail } = where;
  if (diff.path.length === 1 && diff.action === "rename") {
    return `path \`${String(diff.before)}\` renamed to \`${String(diff.after)}\``;
  }
  const verb = VERBS[diff.action];
  const at = field ? `${subject} field \`${field}\`` : subject;
  const prefix = at ? `${at}: ` : "";
  const [keyword, member] = tail;
  if (keyword === undefined) {
    const parameter = diff.after as { required?: unknown; in?: unknown } | undefined;
    const mandatory = parameter?.required === true || parameter?.in === "path";
    const note = where.area === "parameter" && diff.action === "add" ? requiredNote(mandatory) : "";
    return `${at} ${verb}${note}`;
  }
  if (where.inSchema) {
    const objectPath = diff.path.slice(0, diff.path.length - tail.length);
    if (keyword === "properties" && member !== undefined && tail.length === 2) {
      const object = lookup(objectPath) as { required?: unknown } | undefined;
      const mandatory = Array.isArray(object?.required) && object.required.includes(member);
      const note =
        where.direction === "request" && diff.action === "add" ? requiredNote(mandatory) : "";
      return `${subject} field \`${joinField(field, member)}\` ${verb}${note}`;
    }
    if (keyword === "required" && required) {
      const list = (names: string[]) =>
        names.map((name) => `\`${joinField(field, name)}\``).join(", ");
      const parts = [
        ...(required.now.length > 0 ? [`${list(required.now)} now required`] : []),
        ...(required.noLonger.length > 0 ? [`${list(required.noLonger)} no longer required`] : []),
      ];
      return `${subject} field ${parts.join("; ")}`;
    }
    if (keyword === "enum") {
      if (member === undefined) return `${prefix}enum ${valueChange(diff)}`;
      if (diff.action === "replace") {
        return `${prefix}enum value ${show(diff.before)} replaced by ${show(diff.after)}`;
      }
      return `${prefix}enum value ${show(diff.after ?? diff.before)} ${verb}`;
    }
    if (keyword === "type" && tail.length === 1) {
      if (diff.action === "add") return `${prefix}type set to ${typeText(diff.after)}`;
      if (diff.action === "remove")
        return `${prefix}type ${typeText(diff.before)} no longer declared`;
      return `${prefix}type changed from ${typeText(diff.before)} to ${typeText(diff.after)}`;
    }
    if (keyword === "nullable" && tail.length === 1) {
      return `${prefix}${diff.after === true ? "now nullable" : "no longer nullable"}`;
    }
    if ((keyword === "oneOf" || keyword === "anyOf") && tail.length === 2) {
      return `${prefix}${keyword} variant ${verb}`;
    }
  }
  if (
    keyword === "required" &&
    tail.length === 1 &&
    typeof (diff.after ?? diff.before) === "boolean"
  ) {
    return `${at} ${diff.after === true ? "now required" : "now optional"}`;
  }
  if (keyword === "deprecated") {
    return `${at || "operation"} ${diff.after === true ? "deprecated" : "no longer deprecated"}`;
  }
  const what = `\`${tail.join(".")}\``;
  // Documentation is named, not quoted; an API change shows the values.
  if (level === "docs-only") {
    return `${prefix}${what} ${diff.action === "replace" ? "changed" : verb}`;
  }
  return `${prefix}${what} ${valueChange(diff)}`;
}

const requiredNote = (required: boolean) => (required ? " (required)" : " (optional)");

const joinField = (field: string, name: unknown) =>
  field ? `${field}.${String(name)}` : String(name);

export const typeText = (value: unknown): string =>
  Array.isArray(value) ? value.join(" | ") : String(value);

function valueChange(diff: Diff): string {
  if (diff.action === "add") return `set to ${show(diff.after)}`;
  if (diff.action === "remove") return `${show(diff.before)} removed`;
  return `changed from ${show(diff.before)} to ${show(diff.after)}`;
}
