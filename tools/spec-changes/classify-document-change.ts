import type { Diff } from "./diff-documents.ts";
import {
  ANNOTATION_KEYWORDS,
  isExtension,
  levelFromLibrary,
  pointerOf,
  type SpecChange,
  show,
} from "./spec-change.ts";

const DOCUMENT_DOCS_FIELDS = new Set(["info", "tags", "externalDocs", "jsonSchemaDialect"]);

/**
 * Classifies a diff outside `paths`. Returns undefined for diffs that are reported elsewhere:
 * `servers` (see serverChanges) and changes inside a component that operations use, which
 * api-smart-diff also reports, dereferenced, under each operation that uses it.
 */
export function classifyDocumentChange(
  diff: Diff,
  isComponentReferenced: (section: string, name: string) => boolean,
): SpecChange | undefined {
  const [root, section, name, ...inside] = diff.path;
  const pointer = pointerOf(diff.path);
  const base = { operation: null, pointer };

  if (root === "servers") return undefined;
  if (root === "security") {
    return {
      ...base,
      ...securityVerdict(diff, name === undefined ? undefined : String(name), "requirement"),
    };
  }
  if (root === "openapi") {
    return {
      ...base,
      level: "docs-only",
      kind: "openapi-version-changed",
      message: `OpenAPI version changed from ${show(diff.before)} to ${show(diff.after)}`,
    };
  }
  if (DOCUMENT_DOCS_FIELDS.has(String(root)) || isExtension(root)) {
    return {
      ...base,
      level: "docs-only",
      kind: "document-docs-changed",
      message: `${diff.path.join(".")} changed`,
    };
  }
  if (root === "components") {
    if (section === "securitySchemes") {
      return {
        ...base,
        ...securityVerdict(diff, name === undefined ? undefined : String(name), "scheme", inside),
      };
    }
    if (section === undefined || name === undefined) {
      const what = section === undefined ? "components" : `components.${String(section)}`;
      return {
        ...base,
        level: diff.action === "add" ? "additive" : "breaking",
        kind: diff.action === "add" ? "component-added" : "component-removed",
        message: `${what} ${diff.action === "add" ? "added" : diff.action === "remove" ? "removed" : "replaced"}`,
      };
    }
    const component = `\`components.${String(section)}.${String(name)}\``;
    if (inside.length === 0) {
      // The `components` type every client re-exports gains or loses a member.
      if (diff.action === "add")
        return {
          ...base,
          level: "additive",
          kind: "component-added",
          message: `${component} added`,
        };
      if (diff.action === "remove")
        return {
          ...base,
          level: "breaking",
          kind: "component-removed",
          message: `${component} removed`,
        };
    }
    if (isComponentReferenced(String(section), String(name))) return undefined;
    const level = ANNOTATION_KEYWORDS.has(String(inside.at(-1)))
      ? "docs-only"
      : levelFromLibrary(diff);
    return {
      ...base,
      level,
      kind: "unreferenced-component-changed",
      message: `${component} (used by no operation): \`${inside.join(".")}\` changed`,
    };
  }
  if (root === "webhooks") {
    return {
      ...base,
      level: levelFromLibrary(diff),
      kind: "webhook-changed",
      message: `webhook \`${String(section)}\` changed`,
    };
  }
  return {
    ...base,
    level: levelFromLibrary(diff),
    kind: "other-change",
    message: `\`${diff.path.join(".")}\` changed`,
  };
}

/** The generator derives createClient's credential options from the security schemes. */
function securityVerdict(
  diff: Diff,
  name: string | undefined,
  what: "requirement" | "scheme",
  inside: readonly (string | number)[] = [],
): Omit<SpecChange, "operation" | "pointer"> {
  const field = inside.at(-1);
  if (diff.type === "annotation" || ANNOTATION_KEYWORDS.has(String(field)) || isExtension(field)) {
    return {
      level: "docs-only",
      kind: "security-docs-changed",
      message: `security ${what} \`${name}\`: ${String(field ?? "description")} changed`,
    };
  }
  const verb = diff.action === "add" ? "added" : diff.action === "remove" ? "removed" : "changed";
  const subject =
    what === "scheme"
      ? `security scheme \`${name}\``
      : name === undefined
        ? "security requirements"
        : `security requirement \`${name}\``;
  const detail =
    inside.length > 0
      ? `: \`${inside.join(".")}\` changed from ${show(diff.before)} to ${show(diff.after)}`
      : ` ${verb}`;
  return { level: "breaking", kind: `security-${what}-${verb}`, message: `${subject}${detail}` };
}

interface ServerObject {
  url?: unknown;
  variables?: unknown;
}

/**
 * The first server is createClient's default `baseUrl`. Changing it changes where requests go for
 * everyone who did not set `baseUrl`: additive (a feature release), never docs-only. Removing the
 * last server leaves no default: breaking. Other servers are documentation.
 */
export function serverChanges(before: unknown, after: unknown): SpecChange[] {
  const serversOf = (document: unknown): ServerObject[] => {
    const servers = (document as { servers?: unknown } | null)?.servers;
    return Array.isArray(servers) ? (servers as ServerObject[]) : [];
  };
  const from = serversOf(before);
  const to = serversOf(after);
  const defaultOf = (server: ServerObject | undefined) =>
    server === undefined
      ? undefined
      : JSON.stringify({ url: server.url, variables: server.variables ?? null });
  const pointer = "/servers/0";
  if (defaultOf(from[0]) !== defaultOf(to[0])) {
    if (to[0] === undefined) {
      return [
        {
          level: "breaking",
          kind: "default-server-removed",
          operation: null,
          pointer,
          message: `default server ${show(from[0]?.url)} removed: createClient has no default baseUrl`,
        },
      ];
    }
    const message =
      from[0] === undefined
        ? `default server ${show(to[0].url)} added (createClient's default baseUrl)`
        : from[0].url !== to[0].url
          ? `default server URL changed from ${show(from[0].url)} to ${show(to[0].url)} (createClient's default baseUrl)`
          : `default server variables changed (createClient's default baseUrl)`;
    return [
      { level: "additive", kind: "default-server-changed", operation: null, pointer, message },
    ];
  }
  if (JSON.stringify(from) !== JSON.stringify(to)) {
    return [
      {
        level: "docs-only",
        kind: "servers-changed",
        operation: null,
        pointer: "/servers",
        message: "other servers changed",
      },
    ];
  }
  return [];
}
