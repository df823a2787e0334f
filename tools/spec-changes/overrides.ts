import type { Diff } from "api-smart-diff";
import type { RequiredChange } from "./describe.ts";
import type { Where } from "./locate.ts";
import { type ChangeLevel, type SpecChange, show } from "./spec-change.ts";

export interface Verdict {
  level: ChangeLevel;
  /** `api-smart-diff:<its verdict>`, or the name of the override below that decided. */
  kind: string;
  /** Why an override decided otherwise than api-smart-diff, for the changeset line. */
  why?: string;
}

/**
 * api-smart-diff's verdicts are about wire compatibility: what a server still accepts and a
 * client can still read. For what the client sends, that is also what its TypeScript users see;
 * "unclassified" counts as breaking, so an unknown change never slips out as a patch.
 */
const LIBRARY: Record<Diff["type"], ChangeLevel> = {
  breaking: "breaking",
  unclassified: "breaking",
  "non-breaking": "additive",
  annotation: "docs-only",
  deprecated: "docs-only",
};

/** Constraints a response keeps to change no generated type (openapi-typescript ignores them). */
const RESPONSE_CONSTRAINTS = new Set(
  "format pattern minLength maxLength minimum maximum exclusiveMinimum exclusiveMaximum multipleOf minItems maxItems uniqueItems minProperties maxProperties default readOnly writeOnly contentEncoding contentMediaType".split(
    " ",
  ),
);

/** Document fields no generated code reads (api-smart-diff calls some of them unclassified). */
const DOCUMENTATION = new Set(["openapi", "info", "tags", "externalDocs", "jsonSchemaDialect"]);

export function verdictOf(diff: Diff, where: Where, required?: RequiredChange): Verdict {
  return (
    override(diff, where, required) ?? {
      level: LIBRARY[diff.type],
      kind: `api-smart-diff:${diff.type}`,
    }
  );
}

const rule = (level: ChangeLevel, kind: string, why?: string): Verdict => ({ level, kind, why });

/** patchbay's overrides: where what TypeScript code sees differs from api-smart-diff's verdict. */
function override(diff: Diff, where: Where, required?: RequiredChange): Verdict | undefined {
  const [keyword] = where.tail;
  const { action } = diff;
  if (String(keyword).startsWith("x-")) return rule("docs-only", "extension");
  if (diff.path.length === 1 && action === "rename") {
    return rule("breaking", "path-renamed", "openapi-fetch calls are keyed by the path template");
  }
  if (where.area === "other" && DOCUMENTATION.has(String(diff.path[0])))
    return rule("docs-only", "documentation");
  if (where.area === "component" && where.tail.length === 0 && action !== "replace") {
    const why = "the exported `components` type loses it";
    return action === "add"
      ? rule("additive", "component-added")
      : rule("breaking", "component-removed", why);
  }
  if (where.area === "security") {
    if (diff.type === "annotation") return undefined;
    return rule(
      "breaking",
      "security",
      "createClient's credential options come from the security schemes",
    );
  }
  if (where.area === "operation" && keyword === "operationId") {
    if (action === "add") return rule("additive", "operation-id-added");
    return rule(
      "breaking",
      "operation-id-changed",
      "the exported `operations` type is keyed by it",
    );
  }
  if (
    where.area === "parameter" &&
    where.tail.length === 1 &&
    (keyword === "name" || keyword === "in")
  ) {
    return rule("breaking", "parameter-renamed", "calls name their parameters");
  }
  if (where.area === "response" && !where.inSchema && where.tail.length === 0) {
    if (/^2(\d\d|XX)$/i.test(String(diff.path.at(-1)))) {
      return rule("breaking", "success-response", "`data` is the union of the 2XX bodies");
    }
    if (action !== "replace")
      return rule("additive", "error-response", "callers treat `error` as open-ended");
  }
  if (
    where.direction === "request" &&
    where.inSchema &&
    keyword === "properties" &&
    action === "remove"
  ) {
    return rule(
      "breaking",
      "request-field-removed",
      "an object literal that sets it no longer compiles",
    );
  }
  if (where.direction === "response" && where.inSchema)
    return responseSchema(diff, where, required);
  return undefined;
}

/** The generated type of `data` is what code reads: it breaks when that type widens or loses a member. */
function responseSchema(diff: Diff, where: Where, required?: RequiredChange): Verdict | undefined {
  const [keyword] = where.tail;
  const { action, before, after } = diff;
  const size = where.tail.length;
  if (size === 0 || (keyword === "properties" && size === 2)) {
    if (action === "add") return rule("additive", "response-field-added");
    return rule("breaking", `response-field-${action}d`, "code reading it no longer compiles");
  }
  if (keyword === "required" && required) {
    if (required.noLonger.length === 0) return rule("additive", "response-field-now-required");
    return rule("breaking", "response-field-optional", "its type becomes `T | undefined`");
  }
  if (keyword === "enum") {
    const why =
      action === "add"
        ? "an exhaustive `switch` over it stops compiling"
        : "comparing with the old value stops compiling";
    return rule("breaking", "response-enum-changed", why);
  }
  if (keyword === "type" && size === 1) {
    if (action !== "remove" && isNarrowing(before, after))
      return rule("additive", "response-type-narrowed");
    return rule("breaking", "response-type-widened", "code reading it gets a wider type");
  }
  if (keyword === "nullable" && size === 1) {
    if (action !== "remove" && after === true)
      return rule("breaking", "response-nullable", "its type becomes `T | null`");
    return rule("additive", "response-not-nullable");
  }
  if ((keyword === "oneOf" || keyword === "anyOf") && size === 2) {
    if (action === "remove") return rule("additive", "response-variant-removed");
    return rule("breaking", "response-variant-added", "the generated union widens");
  }
  if (RESPONSE_CONSTRAINTS.has(String(keyword))) {
    return rule("docs-only", "response-constraint", "no generated type changes");
  }
  return undefined;
}

interface ServerObject {
  url?: unknown;
  variables?: unknown;
}

/**
 * The first server is createClient's default `baseUrl`: changing it sends everyone who did not set
 * `baseUrl` elsewhere (additive: a release with a changelog line; api-smart-diff calls it an
 * annotation); removing the last one leaves no default (breaking). Other servers are documentation.
 */
export function serverChanges(before: unknown, after: unknown): SpecChange[] {
  const serversOf = (document: unknown): ServerObject[] => {
    const servers = (document as { servers?: unknown } | null)?.servers;
    return Array.isArray(servers) ? servers : [];
  };
  const [from, to] = [serversOf(before), serversOf(after)];
  const change = (level: SpecChange["level"], kind: string, message: string): SpecChange[] => [
    {
      level,
      kind,
      operation: null,
      pointer: kind === "servers-changed" ? "/servers" : "/servers/0",
      message,
    },
  ];
  const defaultOf = (server: ServerObject | undefined) =>
    server && JSON.stringify({ url: server.url, variables: server.variables ?? null });
  if (defaultOf(from[0]) !== defaultOf(to[0])) {
    const baseUrl = "(createClient's default baseUrl)";
    if (to[0] === undefined) {
      return change(
        "breaking",
        "default-server-removed",
        `default server ${show(from[0]?.url)} removed: createClient has no default baseUrl`,
      );
    }
    const message =
      from[0] === undefined
        ? `default server ${show(to[0].url)} added ${baseUrl}`
        : from[0].url !== to[0].url
          ? `default server URL changed from ${show(from[0].url)} to ${show(to[0].url)} ${baseUrl}`
          : `default server variables changed ${baseUrl}`;
    return change("additive", "default-server-changed", message);
  }
  if (JSON.stringify(from) !== JSON.stringify(to)) {
    return change("docs-only", "servers-changed", "other servers changed");
  }
  return [];
}

const typeSet = (value: unknown): Set<string> | undefined =>
  typeof value === "string"
    ? new Set([value])
    : Array.isArray(value)
      ? new Set(value.map(String))
      : undefined;

/** True when every value of the new type was already a value of the old one (integer ⊂ number). */
function isNarrowing(before: unknown, after: unknown): boolean {
  const to = typeSet(after);
  const from = typeSet(before);
  if (!to) return false;
  if (!from) return true; // no type before: any type is narrower
  return [...to].every((type) => from.has(type) || (type === "integer" && from.has("number")));
}
