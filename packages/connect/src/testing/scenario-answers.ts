// The bodies a scenario answers: each operation's default answer (the document's example, from
// the vendor's MSW mocks) with the connection's id and status written in by the sidecar's rules.
import type { ConnectionRules, ConnectionStatus, Pointer } from "../define-vendor.js";
import { valueAt } from "../mapping.js";
import { clearAt, expressStatus, setAt } from "./reverse-status.js";
import type { ScenarioPlan, ScenarioRole } from "./scenario-plan.js";

/** What a scenario needs of `@patchbay/<vendor>/msw`'s mocks. */
export interface AnswerSource {
  /** A fresh copy of the operation's default answer body (`method` in capitals). */
  answerOf(method: string, path: string, status?: number): unknown;
}

/** The default answer of the role's operation; undefined where it has none. */
export function defaultAnswer(
  source: AnswerSource,
  plan: ScenarioPlan,
  role: ScenarioRole,
  status?: number,
): unknown {
  const operation = plan.definition.operations[role];
  if (!operation) return undefined;
  try {
    return source.answerOf(operation.method.toUpperCase(), operation.path, status);
  } catch {
    return undefined;
  }
}

const sameType = (id: string, current: unknown) =>
  typeof current === "number" && /^\d+$/.test(id) ? Number(id) : id;

/** `body` with the connection's id at `pointer` (a number where the field holds one). */
const withId = (body: unknown, pointer: Pointer | null, id: string): unknown =>
  pointer ? setAt(body, pointer, sameType(id, valueAt(body, pointer))) : body;

const placeholderUrl = (plan: ScenarioPlan) => `https://${plan.vendor}.example.com/authorize`;

/** A record (a get answer's connection, or a list item) that reads as `status`, with the id. */
function recordAs(
  plan: ScenarioPlan,
  rules: ConnectionRules,
  template: unknown,
  status: ConnectionStatus,
): unknown {
  const written = expressStatus(template ?? {}, rules.status, status);
  if (written === undefined)
    throw new Error(`${plan.vendor}: no answer reads "${status}" (a bug of the scenario)`);
  return withId(written, rules.connectionId, plan.connectionId);
}

/** The create answer, read by `connect()` as the first state. */
export function createAnswer(source: AnswerSource, plan: ScenarioPlan, status: ConnectionStatus) {
  const { start } = plan.definition;
  const urlPointer = start.authorizationUrl;
  const filler = (pointer: Pointer) =>
    urlPointer && pointer.join("/") === urlPointer.join("/") ? placeholderUrl(plan) : "scenario";
  // The example's authorization URL (or none: Plaid's Link runs in the app's page) is kept; one
  // is made up only where the status is read from its presence (Supermemory's authLink).
  const body = expressStatus(defaultAnswer(source, plan, "create"), start.status, status, filler);
  if (body === undefined)
    throw new Error(`${plan.vendor}: no create answer reads "${status}" (a bug of the scenario)`);
  return withId(body, start.connectionId, plan.connectionId);
}

/** The get answer for a connection that reads as `status`. */
export function getAnswer(source: AnswerSource, plan: ScenarioPlan, status: ConnectionStatus) {
  const rules = plan.connection as ConnectionRules;
  const recordPointer = plan.definition.record ?? [];
  const body = defaultAnswer(source, plan, "get");
  return setAt(body, recordPointer, recordAs(plan, rules, valueAt(body, recordPointer), status));
}

/** The answer of a page of the list: the connection where it is listed, and nothing after it. */
export function listAnswer(
  source: AnswerSource,
  plan: ScenarioPlan,
  status: ConnectionStatus | undefined,
): unknown {
  const itemsPointer = plan.definition.items ?? [];
  let body = defaultAnswer(source, plan, "list");
  const listed = valueAt(body, itemsPointer);
  const template =
    Array.isArray(listed) && listed.length > 0 ? listed[0] : getTemplate(source, plan);
  const rules = plan.listItem;
  const item =
    status !== undefined &&
    rules &&
    expressStatus(template ?? {}, rules.status, status) !== undefined
      ? recordAs(plan, rules, template, status)
      : undefined;
  body = setAt(body, itemsPointer, item === undefined ? [] : [item]);
  // The last page: no next cursor, no "more".
  const { cursor, offset } = plan.pagination ?? {};
  if (cursor?.fromBody) clearAt(body, cursor.fromBody);
  for (const more of [cursor?.more, offset?.more])
    if (more)
      if (typeof valueAt(body, more) === "boolean") body = setAt(body, more, false);
      else clearAt(body, more);
  return body;
}

/** The get answer's connection, where the list answer holds no item to start from. */
const getTemplate = (source: AnswerSource, plan: ScenarioPlan) =>
  valueAt(defaultAnswer(source, plan, "get"), plan.definition.record ?? []);

/** The complete answer (Plaid's token exchange, Airbyte's createSource), with the connection's id. */
export function completeAnswer(source: AnswerSource, plan: ScenarioPlan): unknown {
  const body = defaultAnswer(source, plan, "complete");
  return plan.completed ? withId(body, plan.completed.connectionId, plan.connectionId) : body;
}
