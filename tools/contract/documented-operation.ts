// What an operation documents, read the way Prism reads it: its responses (the status each is
// forced with, body schema and examples), its request body's required fields and its credentials.
import { isObject, type Json } from "@patchbay/common/json";
import { resolveExampleValue } from "@patchbay/openapi/example-values";
import { deref } from "@patchbay/openapi/examples";
import { isJsonMediaType } from "@patchbay/openapi/form-bodies";
import { follow, pointerOf, resolvePointer } from "@patchbay/openapi/json-pointer";
import { undefinedSchemeNames } from "@patchbay/openapi/security-requirements";

export interface DocumentedResponse {
  /** The status Prism answers with (a range or `default` as the code asked for). */
  status: number;
  /** `200`, `4XX`, `default`. */
  key: string;
  /** The JSON media type its examples and schema are read from. */
  mediaType?: string;
  schema?: string;
  examples: DocumentedExample[];
  /** The document gives it no content at all (Fivetran's `401: { description }`): no body. */
  bodyless?: true;
}

/** `/a/{x}` and `/a/{y}` are one template to a router: `/a/{}`. */
const routeOf = (path: string) => path.replace(/\{[^}]*\}/g, "{}");

/**
 * The later-declared path with the same method and route, where there is one: Prism sends the
 * requests of both operations to that one (seen with Supermemory's DELETE /v3/connections/{provider}
 * and /v3/connections/{connectionId}), so only it can be tested.
 */
export function shadowedBy(doc: Json, method: string, path: string): string | undefined {
  const paths = Object.keys(isObject(doc.paths) ? doc.paths : {});
  const later = paths.slice(paths.indexOf(path) + 1);
  return later.find(
    (other) =>
      routeOf(other) === routeOf(path) &&
      isObject((doc.paths as Json)[other]) &&
      isObject(((doc.paths as Json)[other] as Json)[method]),
  );
}

/** The operation's responses with the status each is forced with, its body schema and examples. */
export function responseTable(doc: Json, operationAt: string[]): DocumentedResponse[] {
  const operation = resolvePointer(doc, pointerOf(operationAt)) as Json;
  const responses = isObject(operation.responses) ? operation.responses : {};
  const keys = Object.keys(responses);
  const explicit = new Set(keys.filter((key) => /^\d{3}$/.test(key)).map(Number));
  const unused = (from: number) => {
    for (let status = from; status < from + 100; status++) if (!explicit.has(status)) return status;
    return from;
  };
  return keys
    .map((key) => {
      const status = /^\d{3}$/.test(key)
        ? Number(key)
        : /^[1-5]XX$/i.test(key)
          ? unused(Number(key[0]) * 100)
          : unused(500);
      const at = follow(doc, [...operationAt, "responses", key]);
      const response = resolvePointer(doc, pointerOf(at));
      const content = isObject(response) && isObject(response.content) ? response.content : {};
      const mediaType = Object.keys(content).find(isJsonMediaType);
      const mediaAt = mediaType ? [...at, "content", mediaType] : undefined;
      return {
        status,
        key,
        mediaType,
        ...(mediaAt &&
        isObject(content[mediaType as string]) &&
        "schema" in (content[mediaType as string] as Json)
          ? { schema: pointerOf([...mediaAt, "schema"]) }
          : {}),
        examples: mediaType ? namedExamples(doc, content[mediaType]) : [],
        ...(Object.keys(content).length === 0 ? { bodyless: true as const } : {}),
      };
    })
    .sort((a, b) => a.status - b.status);
}

/** The response Prism picks for these statuses: an exact code, its `NXX` range, then `default`. */
export function prismResponseFor(
  responses: DocumentedResponse[],
  statuses: number[],
): DocumentedResponse | undefined {
  for (const status of statuses) {
    const found =
      responses.find((response) => response.key === String(status)) ??
      responses.find((response) => response.key.toUpperCase() === `${String(status)[0]}XX`);
    if (found) return { ...found, status };
  }
  const fallback = responses.find((response) => response.key === "default");
  return fallback && { ...fallback, status: statuses[0] as number };
}

export const lowestSuccess = (responses: DocumentedResponse[]) =>
  responses.find((response) => response.status >= 200 && response.status < 300);

export interface DocumentedExample {
  name: string;
  value: unknown;
  /** From `examples` (Prism's `example=NAME` picks it), not the single `example`. */
  named: boolean;
}

/** A media object's own examples (not its schema's): what Prism answers with. */
export function namedExamples(doc: Json, media: unknown): DocumentedExample[] {
  const object = deref<Json | undefined>(doc, media);
  if (!isObject(object)) return [];
  if (isObject(object.examples)) {
    return Object.entries(object.examples).flatMap(([name, raw]) => {
      const example = deref<Json>(doc, raw);
      return isObject(example) && "value" in example
        ? [{ name, value: resolveExampleValue(doc, example.value), named: true }]
        : [];
    });
  }
  return "example" in object
    ? [{ name: "example", value: resolveExampleValue(doc, object.example), named: false }]
    : [];
}

/** Top-level required properties of the request body's schema (through `$ref` and `allOf`). */
export function requiredFields(doc: Json, media: unknown): string[] {
  const fields = new Set<string>();
  const visit = (raw: unknown, depth: number) => {
    const schema = deref<Json>(doc, raw);
    if (!isObject(schema) || depth > 16) return;
    if (Array.isArray(schema.required))
      for (const field of schema.required) fields.add(String(field));
    if (Array.isArray(schema.allOf)) for (const part of schema.allOf) visit(part, depth + 1);
  };
  const object = deref<Json | undefined>(doc, media);
  if (isObject(object)) visit(object.schema, 0);
  return [...fields];
}

/** Whether every security alternative of the operation asks for some credential. */
export function requiresCredentials(doc: Json, operation: Json): boolean {
  const requirements = Array.isArray(operation.security) ? operation.security : doc.security;
  if (!Array.isArray(requirements) || requirements.length === 0) return false;
  return requirements.every(
    (requirement) => isObject(requirement) && Object.keys(requirement).length > 0,
  );
}

/**
 * The schemes an alternative of the operation's security names that components.securitySchemes
 * does not define (a finding: Composio's `workbench_access_key`). Prism lets a request without
 * credentials through such an alternative, so a missing credential cannot be shown to it.
 */
export function undefinedSchemesOf(doc: Json, operation: Json): string[] {
  return undefinedSchemeNames(
    doc,
    Array.isArray(operation.security) ? operation.security : doc.security,
  );
}

/**
 * The parameters that carry a security scheme's credential (`in: header`, `name: x-api-key`
 * declared beside an apiKey scheme of that name, as Composio's operations do), by location: a
 * request "without credentials" leaves them out too.
 */
export function credentialParameters(doc: Json): {
  header: string[];
  query: string[];
  cookie: string[];
} {
  const components = isObject(doc.components) ? doc.components : {};
  const schemes = isObject(components.securitySchemes) ? components.securitySchemes : {};
  const found = { header: [] as string[], query: [] as string[], cookie: [] as string[] };
  for (const raw of Object.values(schemes)) {
    const scheme = deref<Json | undefined>(doc, raw);
    if (!isObject(scheme)) continue;
    if (scheme.type === "apiKey" && typeof scheme.name === "string") {
      const location = scheme.in;
      if (location === "header" || location === "query" || location === "cookie")
        found[location].push(scheme.name.toLowerCase());
    } else if (scheme.type === "http") found.header.push("authorization");
  }
  return found;
}
