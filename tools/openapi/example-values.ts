import { isObject, type Json } from "@patchbay/common/json";
import { resolvePointer } from "./json-pointer.ts";

const EXAMPLES_PREFIX = "#/components/examples/";

/**
 * An example's value with every `{ $ref: "#/components/examples/…" }` inside it replaced by that
 * example's own value (or, for `…/name/value`, by what it points at). Not OpenAPI (a `value` is literal), but published documents do it (GitHub
 * builds its response examples from shared ones), and read literally the example is a `{ $ref }`
 * object no schema describes. A reference that loops or names nothing stays as written.
 */
export function resolveExampleValue(doc: Json, value: unknown, seen: string[] = []): unknown {
  if (Array.isArray(value)) return value.map((item) => resolveExampleValue(doc, item, seen));
  if (!isObject(value)) return value;
  const ref = value.$ref;
  if (
    typeof ref === "string" &&
    ref.startsWith(EXAMPLES_PREFIX) &&
    Object.keys(value).length === 1 &&
    !seen.includes(ref) &&
    seen.length < 32
  ) {
    const target = resolvePointer(doc, ref);
    // `#/components/examples/owner` names an Example Object; `…/owner/value` its value.
    const whole = /^#\/components\/examples\/[^/]+$/.test(ref);
    if (whole ? isObject(target) && "value" in target : target !== undefined)
      return resolveExampleValue(doc, whole ? (target as Json).value : target, [...seen, ref]);
    return value;
  }
  const copy: Json = {};
  for (const [key, item] of Object.entries(value)) {
    // `__proto__` as an own key, as JSON.parse makes it, never the prototype
    Object.defineProperty(copy, key, {
      value: resolveExampleValue(doc, item, seen),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy;
}
