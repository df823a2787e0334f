import type {
  ConnectionFields,
  ConnectionRecordFields,
  ConnectionRules,
  ConnectionStatus,
  Pointer,
  StartRules,
  StatusRule,
  StatusTest,
  StatusTests,
  TimeRule,
} from "./define-vendor.js";

/** The value at `pointer` in `body`, or undefined; only own properties are followed. */
export const valueAt = (body: unknown, pointer: Pointer): unknown => {
  let node = body;
  for (const token of pointer) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, token)) return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
};

/** A non-empty string, or a finite number as its digits; else null (a body off its schema too). */
export const textAt = (body: unknown, pointer: Pointer | null): string | null => {
  const value = pointer && valueAt(body, pointer);
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return typeof value === "string" && value !== "" ? value : null;
};

/** A field's status word by one test, or undefined where the test gives none. */
const tested = (body: unknown, test: StatusTest): ConnectionStatus | undefined => {
  const value = valueAt(body, test.pointer);
  // A string, number or boolean (what JSON holds besides null, objects and arrays) as its text.
  const key = value !== null && typeof value !== "object" ? String(value) : undefined;
  if (key !== undefined && test.values && Object.hasOwn(test.values, key))
    return test.values[key] as ConnectionStatus;
  if (test.present && value !== undefined && value !== null && value !== "") return test.present;
  return undefined;
};

/**
 * The status a rule's tests read in `body`: the first test that gives a word, else `otherwise`.
 * The `read` of a create answer's tests: imported by the vendors whose rules need it.
 */
export const statusFrom = (body: unknown, rule: StatusTests): ConnectionStatus => {
  const tests = "first" in rule ? rule.first : [rule];
  for (const test of tests) {
    const word = tested(body, test);
    if (word) return word;
  }
  return rule.otherwise;
};

const statusOf = (body: unknown, rule: StatusRule): ConnectionStatus =>
  typeof rule === "string" ? rule : statusFrom(body, rule);

/**
 * Seconds or milliseconds since 1970 (a number, or a string of digits) as an ISO time; null for
 * anything else. The `read` of an `epoch` rule: imported by the vendors whose rules need it.
 */
export const epochTime = (value: unknown, _receivedAt: Date, unit: "s" | "ms"): string | null => {
  const count = typeof value === "string" && /^\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  if (typeof count !== "number" || !Number.isFinite(count)) return null;
  const time = new Date(unit === "s" ? count * 1000 : count);
  return Number.isNaN(time.getTime()) ? null : time.toISOString();
};

const timeAt = (body: unknown, rule: TimeRule, receivedAt: Date): string | null =>
  rule === null
    ? null
    : "read" in rule
      ? // a lifetime (`duration`) or a count since 1970 (`epoch`), by the reader the vendor imports
        rule.read(
          valueAt(body, "duration" in rule ? rule.duration : rule.epoch),
          receivedAt,
          rule.unit as "s",
        )
      : textAt(body, rule);

/**
 * An absolute http(s) URL, else null: an answer off its schema (or a hostile one) never hands the
 * app a `javascript:` link, or text that is no address, to send its user to.
 */
const webUrl = (text: string | null): string | null => {
  if (text === null || !/^https?:\/\//i.test(text)) return null;
  try {
    return new URL(text) && text;
  } catch {
    return null;
  }
};

/**
 * The create answer as `ConnectionStart` fields, by the vendor's declared rules. The
 * authorization URL (an http(s) URL only) and its expiry are reported only where the end user
 * has a step to take.
 */
export function readConnectionStart(
  rules: StartRules,
  body: unknown,
  receivedAt: Date,
): ConnectionFields {
  const rule = rules.status;
  const status = typeof rule === "string" ? rule : rule.read(body, rule);
  const step = status === "authorization_required";
  return {
    connectionId: textAt(body, rules.connectionId),
    status,
    authorizationUrl: step ? webUrl(textAt(body, rules.authorizationUrl)) : null,
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
