import { isObject, type Json } from "@patchbay/common/json";
import { deref } from "@patchbay/openapi/examples";
import { tokensOf } from "@patchbay/openapi/json-pointer";
import { findOperation, operationsByName } from "@patchbay/openapi/operation-names";
import type { ConnectionsDeclaration, StatusRule, TimeRule } from "@patchbay/openapi/sidecar";
import type { SpecError } from "@patchbay/openapi/spec-error";

export interface OperationRef {
  /** As the sidecar names it: the operationId, or `METHOD /path` where the document gives none. */
  name: string;
  /** Lower case, as openapi-fetch's client methods and `paths` keys use it. */
  method: string;
  path: string;
  /** Its 2xx answer is text (`text/plain`, …), not JSON: read as a string, pointed at by "". */
  text?: boolean;
}

/** The sidecar's `connections`, with each operation resolved and each pointer checked. */
export interface ConnectionsModel {
  create: OperationRef;
  get?: OperationRef;
  list?: OperationRef;
  delete?: OperationRef;
  complete?: OperationRef;
  prepare?: OperationRef;
  start: ConnectionsDeclaration["start"];
  connection?: ConnectionsDeclaration["connection"];
  listItem?: ConnectionsDeclaration["listItem"];
  /** How the complete answer reads (the sidecar's `completed`, else `connection`). */
  completed?: ConnectionsDeclaration["connection"];
  record?: string;
  items?: string;
}

const OPERATIONS = ["create", "get", "list", "delete", "complete", "prepare"] as const;

/**
 * Resolves the sidecar's connection operations in the document (with its overlay) and checks
 * every mapped pointer against the operation's 2xx JSON response schema, so a vendor's document
 * change that removes a mapped field fails generation at the sidecar's file:line.
 */
export function resolveConnections(
  doc: Json,
  declared: ConnectionsDeclaration,
  errorAt: (pointer: string, problem: string) => SpecError,
): { model?: ConnectionsModel; problems: SpecError[] } {
  const problems: SpecError[] = [];
  const byName = operationsByName(doc);
  const found: Partial<
    Record<(typeof OPERATIONS)[number], { ref: OperationRef; operation: Json }>
  > = {};
  for (const role of OPERATIONS) {
    const name = declared[role];
    if (name === undefined) continue;
    const operation = findOperation(byName, name);
    if ("problem" in operation) problems.push(errorAt(`#/connections/${role}`, operation.problem));
    else
      found[role] = {
        ref: {
          name,
          method: operation.method,
          path: operation.path,
          ...(answersText(doc, operation.operation) && { text: true }),
        },
        operation: operation.operation,
      };
  }
  const check = (role: string, schema: Json | undefined, rules: object, at: string) => {
    if (schema && "status" in rules)
      problems.push(
        ...unmappedStatusValues(doc, schema, rules.status as StatusRule).map((problem) =>
          errorAt(`${at}/status`, problem),
        ),
      );
    for (const [field, rule] of Object.entries(rules)) {
      for (const pointer of field === "status"
        ? statusPointers(rule as StatusRule)
        : pointersOf(timePointer(rule as TimeRule))) {
        if (!schema)
          problems.push(
            errorAt(
              `${at}/${field}`,
              `reads ${pointer}, but the ${role} operation has no 2xx JSON response schema`,
            ),
          );
        else if (schema[TEXT_ANSWER] && pointer !== "")
          problems.push(
            errorAt(
              `${at}/${field}`,
              `reads ${pointer}, but the ${role} operation answers text, not JSON: "" reads the whole body`,
            ),
          );
        else if (!schemaHas(doc, schema, tokensOf(pointer)))
          problems.push(
            errorAt(
              `${at}/${field}`,
              `reads ${pointer}, which the ${role} operation's 2xx response schema does not have`,
            ),
          );
      }
    }
  };
  if (found.create)
    check(
      "create",
      successSchema(doc, found.create.operation),
      declared.start,
      "#/connections/start",
    );
  if (declared.connection) {
    if (found.get) {
      const record = schemasAt(
        doc,
        successSchema(doc, found.get.operation),
        tokensOf(declared.record ?? ""),
      )[0];
      if (!record)
        problems.push(
          errorAt(
            "#/connections/record",
            `must point at the connection in the get operation's 2xx response (got ${JSON.stringify(declared.record ?? "")})`,
          ),
        );
      else check("get", record, declared.connection, "#/connections/connection");
    }
    if (found.list) {
      const items = listItemsSchema(
        doc,
        successSchema(doc, found.list.operation),
        declared.items ?? "",
      );
      if (!items)
        problems.push(
          errorAt(
            "#/connections/items",
            `must point at an array in the list operation's 2xx response (got ${JSON.stringify(declared.items ?? "")})`,
          ),
        );
      else if (declared.listItem)
        check("list item", items, declared.listItem, "#/connections/listItem");
      else check("list item", items, declared.connection, "#/connections/connection");
    }
  } else if (found.get || found.list) {
    problems.push(
      errorAt(
        "#/connections",
        "declares get or list but no `connection` mapping (how their answers read)",
      ),
    );
  }
  const completed = declared.completed ?? declared.connection;
  if (found.complete && !completed)
    problems.push(
      errorAt(
        "#/connections",
        "declares complete but no `completed` (or `connection`) mapping: how its answer reads",
      ),
    );
  else if (declared.completed && !found.complete)
    problems.push(
      errorAt("#/connections/completed", "maps an answer, but no `complete` operation"),
    );
  else if (found.complete && completed)
    check(
      "complete",
      successSchema(doc, found.complete.operation),
      completed,
      declared.completed ? "#/connections/completed" : "#/connections/connection",
    );
  if (problems.length > 0 || !found.create) return { problems };
  return {
    problems,
    model: {
      create: found.create.ref,
      ...(found.get && { get: found.get.ref }),
      ...(found.list && { list: found.list.ref }),
      ...(found.delete && { delete: found.delete.ref }),
      ...(found.complete && { complete: found.complete.ref }),
      ...(found.prepare && { prepare: found.prepare.ref }),
      start: declared.start,
      ...(declared.connection && { connection: declared.connection }),
      ...(found.list && declared.listItem && { listItem: declared.listItem }),
      ...(found.complete && completed && { completed }),
      ...(found.get && { record: declared.record ?? "" }),
      ...(found.list && { items: declared.items ?? "" }),
    },
  };
}

const pointersOf = (pointer: string | null | undefined) =>
  typeof pointer === "string" ? [pointer] : [];
const statusPointers = (rule: StatusRule): string[] =>
  typeof rule === "string"
    ? []
    : "first" in rule
      ? rule.first.map((test) => test.pointer)
      : [rule.pointer];
const timePointer = (rule: TimeRule | undefined) =>
  isObject(rule) ? ("duration" in rule ? rule.duration : rule.epoch) : rule;

/**
 * Each value a status test's field may take (its schema's `enum`, through $ref and anyOf/oneOf)
 * that the test does not map: a value the document defines must get its word, so one added
 * later is the only one `otherwise` reads.
 */
export function unmappedStatusValues(doc: Json, schema: Json, rule: StatusRule): string[] {
  if (typeof rule === "string") return [];
  const tests = "first" in rule ? rule.first : [rule];
  return tests.flatMap((test) => {
    if (!test.values) return [];
    const defined = new Set(
      schemasAt(doc, schema, tokensOf(test.pointer)).flatMap((found) =>
        Array.isArray(found.enum)
          ? found.enum.filter((value) => value !== null).map((value) => String(value))
          : [],
      ),
    );
    const mapped = Object.keys(test.values);
    const missing = [...defined].filter((value) => !mapped.includes(value));
    const unknown = defined.size > 0 ? mapped.filter((value) => !defined.has(value)) : [];
    return [
      ...(missing.length > 0
        ? [
            `does not map ${missing.map((value) => JSON.stringify(value)).join(", ")}, which the document defines for ${test.pointer}: give each its status word in \`values\` (\`otherwise\` is for values added later)`,
          ]
        : []),
      ...(unknown.length > 0
        ? [
            `maps ${unknown.map((value) => JSON.stringify(value)).join(", ")}, which the document does not define for ${test.pointer} (it defines ${[...defined].map((value) => JSON.stringify(value)).join(", ")})`,
          ]
        : []),
    ];
  });
}

/** Marks a schema found for a text answer (only "" can point into it). */
const TEXT_ANSWER = "x-patchbay-text-answer";

/** The 2xx answers' content: [media type, schema] pairs, in the document's order. */
function successContent(doc: Json, operation: Json): [string, Json | undefined][] {
  const responses = isObject(operation.responses) ? operation.responses : {};
  return Object.entries(responses).flatMap(([status, raw]) => {
    if (!/^2(\d\d|XX)$/i.test(status)) return [];
    const response = deref<Json>(doc, raw);
    const content = isObject(response) && isObject(response.content) ? response.content : {};
    return Object.entries(content).map(([type, media]): [string, Json | undefined] => {
      const schema = isObject(media) ? deref<Json>(doc, media.schema) : undefined;
      return [type, isObject(schema) ? schema : undefined];
    });
  });
}

const isJson = (type: string) => /^application\/(.+\+)?json/i.test(type);

/** Whether the operation's success answers are text only (`text/plain`, …): connect reads them as a string. */
export const answersText = (doc: Json, operation: Json): boolean => {
  const types = successContent(doc, operation).map(([type]) => type);
  return types.length > 0 && types.every((type) => /^text\//i.test(type));
};

/**
 * The schema of the first 2xx answer with a JSON body; where the operation answers only text,
 * its text schema, marked so that only "" (the whole body) reads it.
 */
export function successSchema(doc: Json, operation: Json): Json | undefined {
  const content = successContent(doc, operation);
  const json = content.find(([type, schema]) => isJson(type) && schema)?.[1];
  if (json) return json;
  if (!answersText(doc, operation)) return undefined;
  return { ...(content[0]?.[1] ?? { type: "string" }), [TEXT_ANSWER]: true };
}

function listItemsSchema(doc: Json, body: Json | undefined, pointer: string): Json | undefined {
  if (!body) return undefined;
  const tokens = tokensOf(pointer);
  for (const array of schemasAt(doc, body, tokens)) {
    const items = deref<Json>(doc, array.items);
    if (isObject(items)) return items;
  }
  return undefined;
}

/** Whether some schema the body may take has a value at `tokens`. */
function schemaHas(doc: Json, schema: Json, tokens: string[]): boolean {
  return schemasAt(doc, schema, tokens).length > 0;
}

/** Every schema found at `tokens` below `schema`, through $ref, allOf/anyOf/oneOf and items. */
export function schemasAt(doc: Json, raw: unknown, tokens: string[], depth = 0): Json[] {
  const schema = deref<Json>(doc, raw);
  if (!isObject(schema) || depth > 32) return [];
  const branches = ["allOf", "anyOf", "oneOf"].flatMap((key) =>
    Array.isArray(schema[key]) ? (schema[key] as unknown[]) : [],
  );
  const viaBranches = branches.flatMap((branch) => schemasAt(doc, branch, tokens, depth + 1));
  if (tokens.length === 0) return [schema, ...viaBranches];
  const [token, ...rest] = tokens as [string, ...string[]];
  const next: unknown[] = [];
  if (isObject(schema.properties) && Object.hasOwn(schema.properties, token))
    next.push(schema.properties[token]);
  else if (isObject(schema.additionalProperties)) next.push(schema.additionalProperties);
  if (/^\d+$/.test(token) && schema.items !== undefined) next.push(schema.items);
  return [...next.flatMap((child) => schemasAt(doc, child, rest, depth + 1)), ...viaBranches];
}
