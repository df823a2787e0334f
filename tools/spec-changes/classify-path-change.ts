import { classifySchemaChange, type Direction } from "./classify-schema-change.ts";
import type { Diff } from "./diff-documents.ts";
import {
  ANNOTATION_KEYWORDS,
  type ChangeLevel,
  isExtension,
  levelFromLibrary,
  pointerOf,
  type SpecChange,
  show,
} from "./spec-change.ts";

type Segment = string | number;

const HTTP_METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

export interface PathChangeContext {
  lookup: (path: readonly Segment[]) => unknown;
  addedOrRemovedProperties: ReadonlySet<string>;
}

type Verdict = Omit<SpecChange, "operation" | "pointer">;

/** Classifies a diff under `paths`: operations, parameters, request bodies, responses. */
export function classifyPathChange(diff: Diff, context: PathChangeContext): SpecChange | undefined {
  const [, pathKey, second, ...rest] = diff.path;
  const pointer = pointerOf(diff.path);

  if (pathKey === undefined) {
    if (diff.action === "rename") {
      // openapi-fetch calls are keyed by the path template, so even a renamed `{param}` breaks them.
      return {
        level: "breaking",
        kind: "path-renamed",
        operation: String(diff.before),
        pointer,
        message: `path \`${String(diff.before)}\` renamed to \`${String(diff.after)}\``,
      };
    }
    return { ...library(diff, "paths changed"), operation: null, pointer };
  }

  const path = String(pathKey);
  if (second === undefined) {
    const verdict: Verdict =
      diff.action === "add"
        ? { level: "additive", kind: "path-added", message: "path added" }
        : diff.action === "remove"
          ? { level: "breaking", kind: "path-removed", message: "path removed" }
          : library(diff, "path replaced");
    return { ...verdict, operation: path, pointer };
  }

  if (typeof second === "string" && HTTP_METHODS.has(second)) {
    const operation = `${second.toUpperCase()} ${path}`;
    const verdict = classifyOperationChange(
      diff,
      rest,
      [diff.path[0] as Segment, pathKey, second],
      context,
    );
    return verdict && { ...verdict, operation, pointer };
  }

  // Path-level fields; api-smart-diff reports path-level parameters inside each operation.
  if (ANNOTATION_KEYWORDS.has(String(second)) || isExtension(second) || second === "servers") {
    return {
      level: "docs-only",
      kind: "path-docs-changed",
      operation: path,
      pointer,
      message: `${String(second)} changed`,
    };
  }
  return { ...library(diff, `\`${String(second)}\` changed`), operation: path, pointer };
}

function classifyOperationChange(
  diff: Diff,
  rest: Segment[],
  operationPath: Segment[],
  context: PathChangeContext,
): Verdict | undefined {
  const [field, ...inside] = rest;
  if (field === undefined) {
    if (diff.action === "add")
      return { level: "additive", kind: "operation-added", message: "operation added" };
    if (diff.action === "remove")
      return { level: "breaking", kind: "operation-removed", message: "operation removed" };
    return library(diff, "operation replaced");
  }
  switch (field) {
    case "deprecated":
      return {
        level: "docs-only",
        kind: "operation-deprecated",
        message: diff.after === true ? "operation deprecated" : "operation no longer deprecated",
      };
    case "operationId":
      // openapi-typescript's `operations` type (re-exported by every client) is keyed by operationId.
      if (diff.action === "add") {
        return {
          level: "additive",
          kind: "operation-id-added",
          message: `operationId ${show(diff.after)} added`,
        };
      }
      return {
        level: "breaking",
        kind: "operation-id-changed",
        message:
          diff.action === "remove"
            ? `operationId ${show(diff.before)} removed`
            : `operationId changed from ${show(diff.before)} to ${show(diff.after)}`,
      };
    case "security":
      return diffIsAnnotation(diff)
        ? {
            level: "docs-only",
            kind: "security-docs-changed",
            message: "security description changed",
          }
        : {
            level: "breaking",
            kind: "operation-security-changed",
            message: "security requirements changed",
          };
    case "servers":
      return {
        level: "docs-only",
        kind: "operation-servers-changed",
        message: "operation servers changed (clients use one base URL)",
      };
    case "parameters":
      return classifyParameterChange(diff, inside, [...operationPath, "parameters"], context);
    case "requestBody":
      return classifyRequestBodyChange(diff, inside, context);
    case "responses":
      return classifyResponseChange(diff, inside, context);
  }
  if (ANNOTATION_KEYWORDS.has(String(field)) || field === "tags" || isExtension(field)) {
    return {
      level: "docs-only",
      kind: "operation-docs-changed",
      message: `${String(field)} changed`,
    };
  }
  return library(diff, `\`${rest.join(".")}\` changed`);
}

function classifyParameterChange(
  diff: Diff,
  inside: Segment[],
  parametersPath: Segment[],
  context: PathChangeContext,
): Verdict | undefined {
  const [index, field, ...schemaPath] = inside;
  if (index === undefined) return library(diff, "parameters changed");
  const parameter = (context.lookup([...parametersPath, index]) ??
    (diff.action === "remove" ? diff.before : diff.after)) as
    | { name?: unknown; in?: unknown; required?: unknown }
    | undefined;
  // A renamed parameter is named as it was.
  const name = field === "name" ? diff.before : parameter?.name;
  const subject = `${String(parameter?.in ?? "")} parameter \`${String(name ?? index)}\``.trim();

  if (field === undefined) {
    if (diff.action === "add") {
      const value = diff.after as { required?: unknown; in?: unknown } | undefined;
      const required = value?.required === true || value?.in === "path";
      return {
        level: required ? "breaking" : "additive",
        kind: required ? "required-parameter-added" : "optional-parameter-added",
        message: `${subject} added (${required ? "required" : "optional"})`,
      };
    }
    if (diff.action === "remove")
      return { level: "breaking", kind: "parameter-removed", message: `${subject} removed` };
    return { level: "breaking", kind: "parameter-replaced", message: `${subject} replaced` };
  }
  if (field === "name" || field === "in") {
    return {
      level: "breaking",
      kind: field === "name" ? "parameter-renamed" : "parameter-moved",
      message: `${subject}: \`${field}\` changed from ${show(diff.before)} to ${show(diff.after)}`,
    };
  }
  if (field === "required") {
    const required = diff.action !== "remove" && diff.after === true;
    return {
      level: required ? "breaking" : "additive",
      kind: "parameter-required-changed",
      message: `${subject} ${required ? "now required" : "now optional"}`,
    };
  }
  if (field === "schema") {
    return schemaVerdict(diff, schemaPath, subject, "request", context);
  }
  if (ANNOTATION_KEYWORDS.has(String(field)) || isExtension(field)) {
    const verb =
      field === "deprecated"
        ? diff.after === true
          ? "deprecated"
          : "no longer deprecated"
        : `${String(field)} changed`;
    return { level: "docs-only", kind: "parameter-docs-changed", message: `${subject}: ${verb}` };
  }
  return library(diff, `${subject}: \`${[field, ...schemaPath].join(".")}\` changed`);
}

function classifyRequestBodyChange(
  diff: Diff,
  inside: Segment[],
  context: PathChangeContext,
): Verdict | undefined {
  const [field, mediaType, mediaField, ...schemaPath] = inside;
  if (field === undefined) {
    if (diff.action === "add") {
      const required = (diff.after as { required?: unknown } | undefined)?.required === true;
      return {
        level: required ? "breaking" : "additive",
        kind: "request-body-added",
        message: `request body added (${required ? "required" : "optional"})`,
      };
    }
    return {
      level: "breaking",
      kind: "request-body-removed",
      message: `request body ${diff.action === "remove" ? "removed" : "replaced"}`,
    };
  }
  if (field === "required") {
    const required = diff.action !== "remove" && diff.after === true;
    return {
      level: required ? "breaking" : "additive",
      kind: "request-body-required-changed",
      message: `request body ${required ? "now required" : "now optional"}`,
    };
  }
  if (field === "content") {
    const subject = mediaSubject("request body", mediaType);
    if (mediaType === undefined || mediaField === undefined) {
      return diff.action === "add"
        ? {
            level: "additive",
            kind: "request-media-type-added",
            message: `${subject}: media type added`,
          }
        : {
            level: "breaking",
            kind: "request-media-type-removed",
            message: `${subject}: media type ${diff.action === "remove" ? "removed" : "replaced"}`,
          };
    }
    if (mediaField === "schema") {
      return schemaVerdict(diff, schemaPath, subject, "request", context);
    }
    if (ANNOTATION_KEYWORDS.has(String(mediaField)) || isExtension(mediaField)) {
      return {
        level: "docs-only",
        kind: "request-docs-changed",
        message: `${subject}: ${String(mediaField)} changed`,
      };
    }
  }
  if (ANNOTATION_KEYWORDS.has(String(field)) || isExtension(field)) {
    return {
      level: "docs-only",
      kind: "request-docs-changed",
      message: `request body: ${String(field)} changed`,
    };
  }
  return library(diff, `request body: \`${inside.join(".")}\` changed`);
}

function classifyResponseChange(
  diff: Diff,
  inside: Segment[],
  context: PathChangeContext,
): Verdict | undefined {
  const [status, field, mediaType, mediaField, ...schemaPath] = inside;
  if (status === undefined) return library(diff, "responses changed");
  const code = String(status);
  // openapi-fetch's `data` is the union of the 2XX bodies: adding or removing one changes it.
  // Error responses only widen or narrow `error`, which callers already treat as open.
  const success = /^2(\d\d|XX)$/i.test(code);
  if (field === undefined) {
    const verb =
      diff.action === "add" ? "added" : diff.action === "remove" ? "removed" : "replaced";
    return {
      level: success || diff.action === "replace" ? "breaking" : "additive",
      kind: `${success ? "success" : "error"}-response-${verb}`,
      message: `response ${code} ${verb}`,
    };
  }
  const subject = `response ${code}`;
  if (field === "content") {
    const mediaLabel = mediaSubject(subject, mediaType);
    if (mediaType === undefined || mediaField === undefined) {
      return diff.action === "add"
        ? {
            level: "additive",
            kind: "response-media-type-added",
            message: `${mediaLabel}: ${mediaType === undefined ? "content" : "media type"} added`,
          }
        : {
            level: "breaking",
            kind: "response-media-type-removed",
            message: `${mediaLabel}: ${mediaType === undefined ? "content" : "media type"} ${diff.action === "remove" ? "removed" : "replaced"}`,
          };
    }
    if (mediaField === "schema") {
      return schemaVerdict(diff, schemaPath, mediaLabel, "response", context);
    }
    return {
      level: "docs-only",
      kind: "response-docs-changed",
      message: `${mediaLabel}: ${String(mediaField)} changed`,
    };
  }
  if (field === "headers") {
    const header = `${subject} header \`${String(mediaType ?? "")}\``;
    if (mediaField === undefined && diff.action === "remove") {
      return { level: "breaking", kind: "response-header-removed", message: `${header} removed` };
    }
    if (mediaField === undefined && diff.action === "add") {
      return { level: "additive", kind: "response-header-added", message: `${header} added` };
    }
    const docs = diffIsAnnotation(diff) || ANNOTATION_KEYWORDS.has(String(mediaField));
    return {
      level: docs ? "docs-only" : "additive",
      kind: docs ? "response-docs-changed" : "response-header-changed",
      message: `${header}: \`${inside.slice(3).join(".")}\` changed`,
    };
  }
  if (field === "links" || ANNOTATION_KEYWORDS.has(String(field)) || isExtension(field)) {
    return {
      level: "docs-only",
      kind: "response-docs-changed",
      message: `${subject}: ${String(field)} changed`,
    };
  }
  return library(diff, `${subject}: \`${inside.slice(1).join(".")}\` changed`);
}

function schemaVerdict(
  diff: Diff,
  schemaPath: Segment[],
  subject: string,
  direction: Direction,
  context: PathChangeContext,
): Verdict | undefined {
  return classifySchemaChange(diff, {
    subject,
    direction,
    schemaPath,
    lookup: context.lookup,
    addedOrRemovedProperties: context.addedOrRemovedProperties,
  });
}

function mediaSubject(subject: string, mediaType: Segment | undefined): string {
  return mediaType === undefined || mediaType === "application/json"
    ? subject
    : `${subject} (${String(mediaType)})`;
}

function diffIsAnnotation(diff: Diff): boolean {
  return diff.type === "annotation" || diff.type === "deprecated";
}

function library(diff: Diff, message: string): Verdict {
  const level: ChangeLevel = levelFromLibrary(diff);
  return { level, kind: "other-change", message };
}
