import type { Diff } from "api-smart-diff";

type Segment = string | number;
export type Lookup = (path: readonly Segment[]) => unknown;

const HTTP_METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

/** Where a diff is, in the terms of the generated client. */
export interface Where {
  /** `GET /connections`; a bare path for path-level fields; null outside `paths`. */
  operation: string | null;
  area:
    | "path"
    | "operation"
    | "parameter"
    | "request body"
    | "response"
    | "security"
    | "component"
    | "other";
  /** What the client does with it: sends it (`request`) or reads it (`response`). */
  direction?: "request" | "response";
  /** e.g. `query parameter \`limit\``, `response 200`, `security scheme \`bearerAuth\``; "" for an operation's own fields. */
  subject: string;
  /** Whether `tail` is inside a schema: it starts with a keyword (`properties`, `enum`, `type`...). */
  inSchema: boolean;
  /** The field inside the schema, e.g. `data[].status`; "" at the schema's root. */
  field: string;
  /** What changed on the subject (or field): [] for the subject itself, `["enum", 2]`, `["operationId"]`... */
  tail: Segment[];
}

export function locate(diff: Diff, lookup: Lookup): Where {
  const [root, key, second, ...rest] = diff.path;
  const where = (fields: Partial<Where>): Where => ({
    operation: null,
    area: "other",
    subject: "",
    inSchema: false,
    field: "",
    tail: [],
    ...fields,
  });
  if (root === "paths" && typeof second === "string" && HTTP_METHODS.has(second)) {
    const operation = `${second.toUpperCase()} ${String(key)}`;
    return where({ operation, ...inOperation(diff, diff.path.slice(0, 3), rest, lookup) });
  }
  if (root === "paths") {
    const subject = key === undefined ? "paths" : second === undefined ? "path" : "";
    const path = key ?? (diff.action === "rename" ? diff.before : undefined);
    const operation = path === undefined ? null : String(path);
    return where({ area: "path", operation, subject, tail: diff.path.slice(2) });
  }
  if (root === "security") return where({ area: "security", ...security(diff.path.slice(1)) });
  if (root === "components" && key === "securitySchemes" && second !== undefined) {
    return where({
      area: "security",
      subject: `security scheme \`${String(second)}\``,
      tail: rest,
    });
  }
  if (root === "components" && second === undefined) {
    return where({ area: "component", subject: `\`${diff.path.join(".")}\`` });
  }
  if (root === "components") {
    // Changes inside a component that operations use are reported under each of them instead.
    const subject = `\`components.${String(key)}.${String(second)}\`${rest.length > 0 ? " (used by no operation)" : ""}`;
    const inside = key === "schemas" ? schema(rest) : { tail: rest };
    return where({ area: "component", subject, ...inside });
  }
  return where({ tail: [...diff.path] });
}

function inOperation(
  diff: Diff,
  operationPath: Segment[],
  [field, ...inside]: Segment[],
  lookup: Lookup,
): Partial<Where> {
  if (field === undefined) return { area: "operation", subject: "operation" };
  const [index, next, mediaType, mediaField, ...schemaPath] = inside;
  if (field === "parameters") {
    if (index === undefined) return { area: "parameter", subject: "parameters" };
    const whole = next === undefined ? (diff.after ?? diff.before) : undefined;
    const parameter = (lookup([...operationPath, field, index]) ?? whole) as
      | { name?: unknown; in?: unknown }
      | undefined;
    // A renamed parameter is named as it was.
    const name = next === "name" ? diff.before : parameter?.name;
    const subject = `${String(parameter?.in ?? "")} parameter \`${String(name ?? index)}\``.trim();
    const rest = inside.slice(1);
    const inner = next === "schema" ? schema(rest.slice(1)) : { tail: rest };
    return { area: "parameter", direction: "request", subject, ...inner };
  }
  if (field === "requestBody") {
    const body = { area: "request body", direction: "request" } as const;
    if (index === "content" && next !== undefined && mediaType === "schema") {
      return { ...body, subject: media("request body", next), ...schema(inside.slice(3)) };
    }
    return { ...body, subject: "request body", tail: inside };
  }
  if (field === "responses" && index !== undefined) {
    const response = {
      area: "response",
      direction: "response",
      subject: `response ${String(index)}`,
    } as const;
    if (next === "content" && mediaType !== undefined && mediaField === "schema") {
      return { ...response, subject: media(response.subject, mediaType), ...schema(schemaPath) };
    }
    return { ...response, tail: inside.slice(1) };
  }
  if (field === "security") return { area: "security", ...security(inside) };
  return { area: "operation", tail: [field, ...inside] };
}

function security([, name, ...tail]: Segment[]): Partial<Where> {
  const subject =
    name === undefined ? "security requirements" : `security requirement \`${String(name)}\``;
  return { subject, tail };
}

function media(subject: string, mediaType: Segment): string {
  return mediaType === "application/json" ? subject : `${subject} (${String(mediaType)})`;
}

/** Walks `properties/<name>`, `items`, `additionalProperties` and combinators into a field path. */
export function schema(path: readonly Segment[]): Pick<Where, "inSchema" | "field" | "tail"> {
  let field = "";
  let index = 0;
  const more = (count: number) => index + count < path.length;
  const join = (name: string) => `${field}${field && name !== "[]" ? "." : ""}${name}`;
  while (index < path.length) {
    const segment = path[index];
    if (segment === "properties" && more(2)) {
      field = join(String(path[index + 1]));
      index += 2;
    } else if (segment === "items" && more(1)) {
      field = join("[]");
      index += 1;
    } else if (segment === "additionalProperties" && more(1)) {
      field = join("*");
      index += 1;
    } else if ((segment === "allOf" || segment === "oneOf" || segment === "anyOf") && more(2)) {
      index += 2;
    } else if (segment === "not" && more(1)) {
      index += 1;
    } else break;
  }
  return { inSchema: true, field, tail: path.slice(index) };
}
