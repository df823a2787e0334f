import type {
  ConnectionFields,
  ConnectionRecordFields,
  ConnectionRules,
  ConnectionStatus,
  Pointer,
  StartRules,
  StatusRule,
  TimeRule,
} from "./define-vendor.js";
import { expiresAtFrom } from "./duration.js";

/** The value at `pointer` in `body`, or undefined; only own properties are followed. */
const valueAt = (body: unknown, pointer: Pointer): unknown => {
  let node = body;
  for (const token of pointer) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, token)) return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
};

/** A non-empty string, or a finite number as its digits; else null (a body off its schema too). */
const textAt = (body: unknown, pointer: Pointer | null): string | null => {
  const value = pointer && valueAt(body, pointer);
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return typeof value === "string" && value !== "" ? value : null;
};

const statusOf = (body: unknown, rule: StatusRule): ConnectionStatus => {
  if (typeof rule === "string") return rule;
  const value = valueAt(body, rule.pointer);
  const key = ["string", "number", "boolean"].includes(typeof value) ? String(value) : undefined;
  if (key !== undefined && rule.values && Object.hasOwn(rule.values, key))
    return rule.values[key] as ConnectionStatus;
  if (rule.present && value !== undefined && value !== null && value !== "") return rule.present;
  return rule.otherwise;
};

const timeAt = (body: unknown, rule: TimeRule, receivedAt: Date): string | null =>
  rule === null
    ? null
    : "duration" in rule
      ? expiresAtFrom(valueAt(body, rule.duration), receivedAt)
      : textAt(body, rule as Pointer);

/**
 * The create answer as `ConnectionStart` fields, by the vendor's declared rules. The
 * authorization URL and its expiry are reported only where the end user has a step to take.
 */
export function readConnectionStart(
  rules: StartRules,
  body: unknown,
  receivedAt: Date,
): ConnectionFields {
  const status = statusOf(body, rules.status);
  const step = status === "authorization_required";
  return {
    connectionId: textAt(body, rules.connectionId),
    status,
    authorizationUrl: step ? textAt(body, rules.authorizationUrl) : null,
    expiresAt: step ? timeAt(body, rules.expiresAt, receivedAt) : null,
  };
}

/** A get answer, or one list item, as `Connection` fields, by the vendor's declared rules. */
export function readConnection(
  rules: ConnectionRules,
  body: unknown,
  receivedAt: Date,
): ConnectionRecordFields {
  return {
    connectionId: textAt(body, rules.connectionId),
    status: statusOf(body, rules.status),
    name: textAt(body, rules.name),
    createdAt: timeAt(body, rules.createdAt, receivedAt),
  };
}

/** The items of a list answer (an empty list where the body holds no array there). */
export const itemsAt = (body: unknown, pointer: Pointer): unknown[] => {
  const value = valueAt(body, pointer);
  return Array.isArray(value) ? value : [];
};
