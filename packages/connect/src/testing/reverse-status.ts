// The sidecar's status mapping read backwards: which of the four words a rule can read, and an
// answer body that reads as a given word. Pure; the forward reading (mapping.ts) checks each result.
import type {
  ConnectionStatus,
  Pointer,
  StartStatusRule,
  StatusRule,
  StatusTest,
} from "../define-vendor.js";
import { statusFrom, valueAt } from "../mapping.js";

export const STATUS_WORDS: readonly ConnectionStatus[] = [
  "authorization_required",
  "pending",
  "connected",
  "disconnected",
];

type AnyStatusRule = StatusRule | StartStatusRule;

const testsOf = (rule: Exclude<AnyStatusRule, ConnectionStatus>): readonly StatusTest[] =>
  "first" in rule ? rule.first : [rule];

/** The words a rule can read, in the four words' order. */
export function wordsOf(rule: AnyStatusRule): ConnectionStatus[] {
  if (typeof rule === "string") return [rule];
  const words = new Set<ConnectionStatus>([rule.otherwise]);
  for (const test of testsOf(rule)) {
    for (const word of Object.values(test.values ?? {})) words.add(word);
    if (test.present) words.add(test.present);
  }
  return STATUS_WORDS.filter((word) => words.has(word));
}

/** How a rule reads its body, in words: `valid: true → connected, false → disconnected; else connected`. */
export function describeRule(rule: AnyStatusRule): string {
  if (typeof rule === "string") return `always ${rule}`;
  const tests = testsOf(rule).map((test) => {
    const field = test.pointer.join(".");
    const values = Object.entries(test.values ?? {}).map(([value, word]) => `${value} → ${word}`);
    if (test.present) values.push(`any value → ${test.present}`);
    return `${field}: ${values.join(", ")}`;
  });
  return `${tests.join("; ")}; else ${rule.otherwise}`;
}

const copy = <T>(value: T): T => (value === undefined ? value : structuredClone(value));

const isIndex = (token: string) => /^(0|[1-9]\d*)$/.test(token);

/** `body` with `value` at `pointer`, parents made where missing (the root replaced for `[]`). */
export function setAt(body: unknown, pointer: Pointer, value: unknown): unknown {
  if (pointer.length === 0) return value;
  const root = body !== null && typeof body === "object" ? body : {};
  let node = root as Record<string, unknown>;
  pointer.forEach((token, index) => {
    if (index === pointer.length - 1) {
      node[token] = value;
      return;
    }
    const next = node[token];
    if (next === null || typeof next !== "object")
      node[token] = isIndex(pointer[index + 1] as string) ? [] : {};
    node = node[token] as Record<string, unknown>;
  });
  return root;
}

/** Removes what `pointer` names, where it is there (an array is cut before the index). */
export function clearAt(body: unknown, pointer: Pointer): void {
  const parent = valueAt(body, pointer.slice(0, -1));
  const token = pointer.at(-1);
  if (token === undefined || parent === null || typeof parent !== "object") return;
  if (Array.isArray(parent) && isIndex(token)) parent.length = Math.min(parent.length, +token);
  else delete (parent as Record<string, unknown>)[token];
}

/** A value list key as the field holds it: `"true"` a boolean, `"3"` a number where the field is one. */
function valueFor(key: string, current: unknown): unknown {
  if (typeof current === "number" && Number.isFinite(Number(key))) return Number(key);
  if (
    (typeof current === "boolean" || current === undefined || current === null) &&
    /^(true|false)$/.test(key)
  )
    return key === "true";
  return key;
}

const holdsValue = (value: unknown) => value !== undefined && value !== null && value !== "";

/**
 * A copy of `body` that `rule` reads as `word`, or undefined where the rule cannot read it. The body
 * is kept where it already reads so (the document's example stays as it is); else the first test
 * that can give the word is made to (the tests before it cleared); else, for the rule's
 * `otherwise`, every test's field is cleared. `filler` is the value a `present` test gets where
 * its field holds none.
 */
export function expressStatus(
  body: unknown,
  rule: AnyStatusRule,
  word: ConnectionStatus,
  filler: (pointer: Pointer) => unknown = () => "scenario",
): unknown {
  if (typeof rule === "string") return rule === word ? copy(body) : undefined;
  const reads = (candidate: unknown) => statusFrom(candidate, rule) === word;
  if (reads(body)) return copy(body);
  const tests = testsOf(rule);
  for (const [index, test] of tests.entries()) {
    const key = Object.entries(test.values ?? {}).find(([, value]) => value === word)?.[0];
    if (key === undefined && test.present !== word) continue;
    let candidate = copy(body);
    for (const earlier of tests.slice(0, index)) clearAt(candidate, earlier.pointer);
    const current = valueAt(candidate, test.pointer);
    const value =
      key !== undefined
        ? valueFor(key, current)
        : holdsValue(current) && typeof current !== "object"
          ? current
          : filler(test.pointer);
    candidate = setAt(candidate, test.pointer, value);
    if (reads(candidate)) return candidate;
  }
  if (rule.otherwise !== word) return undefined;
  const candidate = copy(body);
  for (const test of tests) clearAt(candidate, test.pointer);
  return reads(candidate) ? candidate : undefined;
}
