import { isObject, type Json } from "@patchbay/common/json";
import { deref } from "@patchbay/openapi/examples";
import { pointerOf, resolvePointer, tokensOf } from "@patchbay/openapi/json-pointer";
import { findOperation, operationsByName } from "@patchbay/openapi/operation-names";
import type {
  FieldRules,
  StatusRule,
  TimeRule,
  WebhookEventsDeclaration,
  WebhooksDeclaration,
} from "@patchbay/openapi/sidecar";
import type { SpecError } from "@patchbay/openapi/spec-error";
import { schemasAt, successSchema, unmappedStatusValues } from "./connections-model.ts";

/** The sidecar's `webhooks`, its key operation resolved (for a JWT scheme) and every pointer checked. */
export interface WebhooksModel {
  source: string;
  signature: WebhooksDeclaration["signature"];
  /** The operation that answers a JWT scheme's key, as openapi-fetch calls it. */
  keyOperation?: { method: string; path: string };
  events: WebhookEventsDeclaration;
}

type SchemaMap = Record<string, string>;

const fieldPointers = (rule: FieldRules | undefined): string[] =>
  Array.isArray(rule) ? rule : typeof rule === "string" ? [rule] : [];
const timePointers = (rule: TimeRule | undefined): string[] =>
  isObject(rule) ? ["duration" in rule ? rule.duration : rule.epoch] : fieldPointers(rule);
const statusPointers = (rule: StatusRule): string[] =>
  typeof rule === "string"
    ? []
    : "first" in rule
      ? rule.first.map((test) => test.pointer)
      : [rule.pointer];

/**
 * The schema a pointer into an event reads, by the longest prefix of it the schemas name
 * (`/data/object/id` by `/data/object` → `#/components/schemas/account`), with the rest of it.
 */
function schemaFor(schemas: SchemaMap, pointer: string): { ref: string; rest: string[] } | null {
  const prefix = Object.keys(schemas)
    .filter((at) => at === "" || pointer === at || pointer.startsWith(`${at}/`))
    .sort((a, b) => b.length - a.length)[0];
  if (prefix === undefined) return null;
  return { ref: schemas[prefix] as string, rest: tokensOf(pointer.slice(prefix.length)) };
}

/**
 * Resolves the sidecar's `webhooks` in the document: each schema it names must exist, every
 * pointer (event type, connection id, status fields, time) must be one the named schemas have,
 * every status value the document defines must be mapped, and a JWT scheme's key operation must
 * take the kid and answer the JWK where the sidecar says. Problems are at the sidecar's file:line.
 */
export function resolveWebhooks(
  doc: Json,
  declared: WebhooksDeclaration,
  errorAt: (pointer: string, problem: string) => SpecError,
): { model?: WebhooksModel; problems: SpecError[] } {
  const problems: SpecError[] = [];
  const events = declared.events;
  const checkSchemas = (schemas: SchemaMap | undefined, at: string) => {
    for (const [pointer, ref] of Object.entries(schemas ?? {}))
      if (!isObject(resolvePointer(doc, ref)))
        problems.push(
          errorAt(
            `${at}/${pointer.replaceAll("~", "~0").replaceAll("/", "~1")}`,
            `names ${ref}, which the document does not have (a schema: #/components/schemas/<name>, or #/webhooks/<name>/post/requestBody/content/application~1json/schema)`,
          ),
        );
  };
  /** Checks `pointer` (read at the sidecar's `at`) against the schemas of one event type. */
  const checkPointer = (schemas: SchemaMap, pointer: string, at: string, what: string) => {
    const found = schemaFor(schemas, pointer);
    if (!found || !isObject(resolvePointer(doc, found.ref))) return;
    const schema = deref<Json>(doc, { $ref: found.ref });
    if (schemasAt(doc, schema, found.rest).length === 0)
      problems.push(
        errorAt(at, `reads ${pointer}, which ${what}'s schema (${found.ref}) does not have`),
      );
  };
  checkSchemas(events.schemas, "#/webhooks/events/schemas");
  const states = Object.entries(events.states ?? {});
  // Each event type's schemas: its own over the events' (the type, the id and the time are
  // read in every event, so they are checked against every one).
  const each: [string, SchemaMap][] = [
    ["every event", events.schemas ?? {}],
    ...states.map(([type, state]): [string, SchemaMap] => [
      `the ${type} event`,
      { ...events.schemas, ...state.schemas },
    ]),
  ];
  const types = Array.isArray(events.type) ? events.type : [events.type];
  for (const [what, schemas] of each) {
    types.forEach((pointer, index) => {
      checkPointer(
        schemas,
        pointer,
        Array.isArray(events.type) ? `#/webhooks/events/type/${index}` : "#/webhooks/events/type",
        what,
      );
    });
    for (const pointer of timePointers(events.occurredAt))
      checkPointer(schemas, pointer, "#/webhooks/events/occurredAt", what);
  }
  for (const pointer of fieldPointers(events.connectionId))
    checkPointer(events.schemas ?? {}, pointer, "#/webhooks/events/connectionId", "every event");
  for (const [type, state] of states) {
    const at = `#/webhooks/events/states/${type.replaceAll("~", "~0").replaceAll("/", "~1")}`;
    checkSchemas(state.schemas, `${at}/schemas`);
    const schemas = { ...events.schemas, ...state.schemas };
    const what = `the ${type} event`;
    for (const pointer of fieldPointers(state.connectionId ?? events.connectionId))
      checkPointer(
        schemas,
        pointer,
        `${at}/${state.connectionId ? "connectionId" : "../../connectionId"}`,
        what,
      );
    for (const pointer of statusPointers(state.status))
      checkPointer(schemas, pointer, `${at}/status`, what);
    // Every value the document defines for a status field must have its word.
    const tests =
      typeof state.status === "string"
        ? []
        : "first" in state.status
          ? state.status.first
          : [state.status];
    for (const test of tests) {
      const found = schemaFor(schemas, test.pointer);
      if (!found || !isObject(resolvePointer(doc, found.ref))) continue;
      const rule = {
        ...test,
        pointer: pointerOf(found.rest).slice(1),
        otherwise: "pending" as const,
      };
      problems.push(
        ...unmappedStatusValues(doc, deref<Json>(doc, { $ref: found.ref }), rule).map((problem) =>
          errorAt(`${at}/status`, problem.replaceAll(rule.pointer, test.pointer)),
        ),
      );
    }
  }
  let keyOperation: WebhooksModel["keyOperation"];
  if ("jwt" in declared.signature) {
    const key = declared.signature.jwt.key;
    const found = findOperation(operationsByName(doc), key.operation);
    if ("problem" in found)
      problems.push(errorAt("#/webhooks/signature/jwt/key/operation", found.problem));
    else {
      keyOperation = { method: found.method, path: found.path };
      const requestBody = deref<Json>(doc, found.operation.requestBody);
      const content =
        isObject(requestBody) && isObject(requestBody.content) ? requestBody.content : {};
      const takesKid = Object.values(content).some(
        (media) => isObject(media) && schemasAt(doc, media.schema, tokensOf(key.kid)).length > 0,
      );
      if (!takesKid)
        problems.push(
          errorAt(
            "#/webhooks/signature/jwt/key/kid",
            `puts the kid at ${key.kid}, which the ${key.operation} request body's schema does not have`,
          ),
        );
      const answer = successSchema(doc, found.operation);
      for (const [field, pointer] of [
        ["jwk", key.jwk],
        ["expiredAt", key.expiredAt],
      ] as const) {
        if (
          pointer !== undefined &&
          (!answer || schemasAt(doc, answer, tokensOf(pointer)).length === 0)
        )
          problems.push(
            errorAt(
              `#/webhooks/signature/jwt/key/${field}`,
              `reads ${pointer}, which the ${key.operation} 2xx response schema does not have`,
            ),
          );
      }
    }
  }
  if (problems.length > 0) return { problems };
  return {
    problems,
    model: {
      source: declared.source,
      signature: declared.signature,
      ...(keyOperation && { keyOperation }),
      events,
    },
  };
}
