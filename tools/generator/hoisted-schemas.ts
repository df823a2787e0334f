import { isObject, type Json } from "@patchbay/common/json";
import { pointerOf, resolvePointer, tokensOf } from "@patchbay/openapi/json-pointer";

/**
 * A `$ref` to a schema that is not itself a component schema (one nested in another's
 * `definitions` or `allOf`, a parameter's or a response's `schema`, a property of a schema inside
 * `paths`) is valid, but openapi-typescript writes it as a property path no type has
 * (`components["schemas"]["Account"]["definitions"][…]`, `…["schema"]`). In the copy given to
 * openapi-typescript, each such schema becomes a component of its own, named by its location
 * (`Account.definitions.accountInstitution`), and the references point at it. Mutates `copy`, never
 * the vendor's document; returns the names added, for a note in schema.ts.
 */
export function hoistNestedSchemas(copy: Json): string[] {
  const components = isObject(copy.components) ? copy.components : {};
  const existing = isObject(components.schemas) ? components.schemas : {};
  const hoisted = new Map<string, string>();
  const nameFor = (ref: string): string | undefined => {
    if (!ref.startsWith("#/")) return undefined;
    if (hoisted.has(ref)) return hoisted.get(ref);
    const tokens = tokensOf(ref);
    const component = tokens[0] === "components" && tokens[1] === "schemas";
    // a component schema itself, or not a schema at all (a parameter, a response)
    if (component ? tokens.length <= 3 : !tokens.includes("schema")) return undefined;
    const name = (component ? tokens.slice(2) : tokens).join(".");
    if (Object.hasOwn(existing, name) || resolvePointer(copy, ref) === undefined) return undefined;
    hoisted.set(ref, name);
    return name;
  };
  const stack: unknown[] = [copy];
  const refs: Json[] = [];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) stack.push(...node);
    if (!isObject(node)) continue;
    if (typeof node.$ref === "string" && nameFor(node.$ref)) refs.push(node);
    for (const value of Object.values(node)) if (typeof value === "object") stack.push(value);
  }
  if (hoisted.size === 0) return [];
  // Copied out first (a hoisted schema may itself refer to another nested one), then pointed at.
  const schemas: Json = { ...existing };
  for (const [ref, name] of hoisted) schemas[name] = resolvePointer(copy, ref);
  copy.components = { ...components, schemas };
  for (const node of refs)
    node.$ref = pointerOf(["components", "schemas", hoisted.get(node.$ref as string) as string]);
  return [...hoisted.values()];
}
