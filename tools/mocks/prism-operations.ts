// The operations a Prism mock serves, built from a vendor's document the way Prism 5.12's
// getHttpOperationsFromSpec builds them (@stoplight/prism-http dist/utils/operations.js) but for
// one step: a schema on a `$ref` cycle stays a `$ref`.
//
// Why: getHttpOperationsFromSpec dereferences the document (@stoplight/json-schema-ref-parser),
// turns what cycles remain into `$ref`s (@stoplight/json `decycle`), and bundles each operation.
// Both the dereference and decycle walk every path through the schemas: the crawl keeps no record
// of what it already walked (APIDevTools/json-schema-ref-parser#176, fixed upstream in #380, not in
// Stoplight's fork 9.2.7), and decycle copies a schema anew wherever it is reached. On a document
// whose recursive schemas reach each other many ways that is exponential: every one of Stripe's
// resources (`customer`, `charge`, ...) expands to over 10^8 nodes through its expandable fields,
// and Prism had not loaded it after 10 minutes. Prism's mock itself handles `$ref`s into an
// operation's `__bundled__` (its validator and its static example sampler resolve them): it is
// how getHttpOperationsFromSpec leaves every cycle. So here the schemas on a cycle stay `$ref`s,
// each bundled once per operation that reaches it (bundleOf), and everything else is inlined as
// getHttpOperationsFromSpec inlines it: for a document without recursive schemas the operations are
// the same, value for value (prism-operations.test.ts compares them; so did a one-off run on the 9
// such vendors' documents). Airbyte's and Supermemory's recursive schemas are now referred to
// where Prism unrolled them once; their contract cases come out the same, case for case.
//
// Left as Prism reads it: OpenAPI 3.0's `nullable: true` beside no `type` (421 times in Stripe's
// document, 448 in Composio's, 15 in Plaid's), which http-spec does not translate and Ajv will
// not compile, so Prism checks no request or answer whose schema holds one. Reading it as a null
// alternative made Prism validate Stripe's answers, compiling most of Stripe's schemas for each
// operation: the contract suite had not finished after 12 minutes (4 GB).
import { createRequire } from "node:module";
import { isObject, type Json } from "@patchbay/common/json";
import type { createServer } from "@stoplight/prism-http-server";

/** An operation as Prism's server takes it (@stoplight/types' IHttpOperation). */
export type IHttpOperation = Parameters<typeof createServer>[0][number];

/** The parts of Prism's dependencies getHttpOperationsFromSpec is made of. */
export interface PrismTransforms {
  transformOas3Operations(document: Json): IHttpOperation[];
  transformOas2Operations(document: Json): IHttpOperation[];
  /** http-spec's OpenAPI schema → JSON Schema translation (`nullable`, boolean `exclusiveMinimum`, ...). */
  convertToJsonSchema(document: Json, schema: Json): Json;
  decycle<T>(value: T): T;
}

/** Prism's own copies of http-spec and @stoplight/json, as prism-http requires them. */
export function loadPrismTransforms(): PrismTransforms {
  const fromPrism = createRequire(createRequire(import.meta.url).resolve("@stoplight/prism-http"));
  const oas3 = fromPrism("@stoplight/http-spec/oas3/operation");
  const oas2 = fromPrism("@stoplight/http-spec/oas2/operation");
  const oas = fromPrism("@stoplight/http-spec/oas");
  const json = fromPrism("@stoplight/json");
  return {
    transformOas3Operations: oas3.transformOas3Operations,
    transformOas2Operations: oas2.transformOas2Operations,
    convertToJsonSchema: oas.convertToJsonSchema,
    decycle: json.decycle,
  };
}

/**
 * What Prism serves for `document` (OpenAPI 3 or Swagger 2, internal `$ref`s only, as in specs/).
 * Takes the document over: it is dereferenced in place.
 */
export function prismOperationsOf(document: Json, prism: PrismTransforms): IHttpOperation[] {
  const transform =
    document.swagger !== undefined
      ? prism.transformOas2Operations
      : document.openapi !== undefined
        ? prism.transformOas3Operations
        : undefined;
  if (!transform) throw new Error("Unsupported document format");
  const { recursive, targets, targetOf } = dereferenceAcyclic(document);
  const bundle = bundleOf(document, recursive, targets, targetOf, prism);
  // As getHttpOperationsFromSpec: decycle (no cycle is left, but it also copies what is shared,
  // as Prism's operations always were), then http-spec's transform.
  const result = prism.decycle(document);
  // Not bundleTarget: it rewrites the `$ref`s of what it bundles in place, and here the recursive
  // schemas are shared by every operation (with Prism's own loading, each operation's cycles are
  // its own copies). Each operation gets its own copy, its `$ref`s pointing into its `__bundled__`.
  return transform(result).map((operation) => bundle(operation));
}

/**
 * Bundles an operation as bundleTarget would: its `$ref`s to recursive schemas point into its own
 * `__bundled__`, which holds those schemas (translated as http-spec translates the schemas it
 * meets inline: `nullable`, boolean `exclusiveMinimum`, ...) and the ones they refer to. The
 * translated schemas are made once and shared by every operation's bundle.
 */
function bundleOf(
  document: Json,
  recursive: Set<Json>,
  targets: Map<string, unknown>,
  targetOf: (ref: string) => unknown,
  prism: PrismTransforms,
) {
  // Named by the last token of their pointer (bundleTarget's key), `_2`, `_3`... where taken.
  const keys = new Map<Json, string>();
  const taken = new Set<string>();
  for (const [ref, target] of targets) {
    if (!isObject(target) || !recursive.has(target) || keys.has(target)) continue;
    const name = tokensOf(ref).at(-1) ?? "root";
    let key = name;
    for (let n = 2; taken.has(key); n++) key = `${name}_${n}`;
    keys.set(target, key);
    taken.add(key);
  }
  /** A deep copy of `value`, each `$ref` to a recursive schema pointing into `__bundled__` (noted in `used`). */
  const copy = (value: unknown, used: Set<string>): unknown => {
    if (Array.isArray(value)) return value.map((item) => copy(item, used));
    if (!isObject(value)) return value;
    const key = isLocalRef(value) ? keys.get(targetOf(value.$ref) as Json) : undefined;
    const copied: Json = {};
    for (const [name, child] of Object.entries(value)) copied[name] = copy(child, used);
    if (key !== undefined) {
      used.add(key);
      copied.$ref = `#/__bundled__/${key}`;
    }
    return copied;
  };
  const translated = new Map<string, { schema: Json; uses: Set<string> }>();
  for (const [target, key] of keys) {
    const schema = prism.convertToJsonSchema(document, target);
    // Only an operation's top-level schemas name their dialect (draft-07), as with Prism's own.
    delete schema.$schema;
    const uses = new Set<string>();
    translated.set(key, { schema: copy(schema, uses) as Json, uses });
  }
  return (operation: IHttpOperation): IHttpOperation => {
    const used = new Set<string>();
    const bundled = copy(operation, used) as IHttpOperation & { __bundled__?: Json };
    if (used.size === 0) return bundled;
    const __bundled__: Json = {};
    const pending = [...used];
    for (let key = pending.pop(); key !== undefined; key = pending.pop()) {
      if (key in __bundled__) continue;
      const { schema, uses } = translated.get(key) as { schema: Json; uses: Set<string> };
      __bundled__[key] = schema;
      pending.push(...uses);
    }
    return Object.assign(bundled, { __bundled__ });
  };
}

const isLocalRef = (value: unknown): value is Json & { $ref: string } =>
  isObject(value) &&
  typeof value.$ref === "string" &&
  (value.$ref === "#" || value.$ref.startsWith("#/"));

const tokensOf = (ref: string) =>
  ref === "#"
    ? []
    : ref
        .slice(2)
        .split("/")
        .map((token) => decodeURIComponent(token.replace(/~1/g, "/").replace(/~0/g, "~")));

/** The value `ref` points at, through any `$ref` on the way (as the ref parser follows them). */
function resolveRef(document: Json, ref: string, following = new Set<string>()): unknown {
  if (following.has(ref)) throw new Error(`Circular $ref pointer "${ref}" refers to itself`);
  following.add(ref);
  let value: unknown = document;
  for (const token of tokensOf(ref)) {
    while (isLocalRef(value)) value = resolveRef(document, value.$ref, following);
    const next = isObject(value) || Array.isArray(value) ? (value as Json)[token] : undefined;
    // The ref parser's wording (MissingPointerError).
    if (next === undefined || next === null)
      throw new Error(`Missing $ref pointer "${ref}". Token "${token}" does not exist.`);
    value = next;
  }
  while (isLocalRef(value)) value = resolveRef(document, value.$ref, following);
  return value;
}

/** The `$ref`s inside `value`, not looking behind them. */
function refsWithin(value: unknown, found: Json[] = [], seen = new Set<unknown>()): Json[] {
  if (value === null || typeof value !== "object" || seen.has(value)) return found;
  seen.add(value);
  if (isLocalRef(value)) found.push(value);
  else for (const child of Object.values(value)) refsWithin(child, found, seen);
  return found;
}

/**
 * Replaces every `$ref` with what it points at, as the ref parser does (the same object wherever
 * it is referred to; a `$ref` with siblings becomes a merged copy), except a `$ref` to a schema
 * that can reach itself through `$ref`s: that one stays. Visits each object once. Returns the
 * schemas left referred to.
 */
function dereferenceAcyclic(document: Json): {
  recursive: Set<Json>;
  /** What each `$ref` string met resolved to, in the order met. */
  targets: Map<string, unknown>;
  targetOf: (ref: string) => unknown;
} {
  const targets = new Map<string, unknown>();
  const targetOf = (ref: string) => {
    if (!targets.has(ref)) targets.set(ref, resolveRef(document, ref));
    return targets.get(ref);
  };

  const recursive = onCycles(document, targetOf);

  const visited = new Set<unknown>();
  // The ref parser caches what a plain `$ref` resolved to; a `$ref` with siblings that comes after
  // one is merged the other way round (the target's keys win), and this keeps that order.
  const cached = new Set<string>();
  const replacement = (ref: Json & { $ref: string }): unknown => {
    const target = targetOf(ref.$ref);
    if (isObject(target) && recursive.has(target)) return ref;
    crawl(target);
    const extended = Object.keys(ref).length > 1 && isObject(target);
    if (!extended) {
      cached.add(ref.$ref);
      return target;
    }
    const siblings = Object.fromEntries(Object.entries(ref).filter(([key]) => key !== "$ref"));
    const without = (from: Json, keys: Json) =>
      Object.fromEntries(Object.entries(from).filter(([key]) => !(key in keys)));
    const merged = cached.has(ref.$ref)
      ? { ...target, ...without(siblings, target) }
      : { ...siblings, ...without(target, siblings) };
    crawl(merged);
    return merged;
  };
  function crawl(value: unknown): void {
    if (value === null || typeof value !== "object" || visited.has(value)) return;
    visited.add(value);
    const object = value as Json;
    for (const key of Object.keys(object)) {
      const child = object[key];
      if (isLocalRef(child)) {
        const replaced = replacement(child);
        if (replaced !== child) object[key] = replaced;
      } else crawl(child);
    }
  }
  crawl(document);
  return { recursive, targets, targetOf };
}

/**
 * The `$ref` targets that reach themselves through other `$ref`s: the members of the strongly
 * connected components (Tarjan) of the graph whose edges are the `$ref`s inside each target.
 */
function onCycles(document: Json, targetOf: (ref: string) => unknown): Set<Json> {
  const edges = new Map<Json, Json[]>();
  const pending = refsWithin(document).map((ref) => targetOf(ref.$ref as string));
  while (pending.length > 0) {
    const target = pending.pop();
    if (!isObject(target) || edges.has(target)) continue;
    const next = refsWithin(target)
      .map((ref) => targetOf(ref.$ref as string))
      .filter(isObject);
    edges.set(target, next);
    pending.push(...next);
  }

  const cyclic = new Set<Json>();
  const index = new Map<Json, number>();
  const lowest = new Map<Json, number>();
  const stack: Json[] = [];
  const onStack = new Set<Json>();
  const connect = (node: Json) => {
    index.set(node, index.size);
    lowest.set(node, index.get(node) as number);
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        connect(next);
        lowest.set(node, Math.min(lowest.get(node) as number, lowest.get(next) as number));
      } else if (onStack.has(next)) {
        lowest.set(node, Math.min(lowest.get(node) as number, index.get(next) as number));
      }
    }
    if (lowest.get(node) !== index.get(node)) return;
    const component: Json[] = [];
    let member: Json | undefined;
    do {
      member = stack.pop() as Json;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || edges.get(node)?.includes(node))
      for (const schema of component) cyclic.add(schema);
  };
  for (const node of edges.keys()) if (!index.has(node)) connect(node);
  return cyclic;
}
