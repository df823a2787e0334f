import { pointerOf, resolvePointer, tokensOf } from "../openapi/json-pointer.ts";

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * A `$ref` into a component schema's own `definitions` or `$defs`
 * (`#/components/schemas/Account/definitions/accountInstitution`) is valid, but openapi-typescript
 * writes it as `components["schemas"]["Account"]["definitions"][…]`, a property no type has. In the
 * copy given to openapi-typescript, each such schema becomes a component of its own, named
 * `Account.definitions.accountInstitution`, and the references point at it. Mutates `copy`, never
 * the vendor's document; returns the names added, for a note in schema.ts.
 */
export function hoistNestedDefinitions(copy: Json): string[] {
  const components = isObject(copy.components) ? copy.components : undefined;
  const schemas = components && isObject(components.schemas) ? components.schemas : undefined;
  if (!schemas) return [];
  const hoisted = new Map<string, string>();
  const nameFor = (ref: string): string | undefined => {
    const tokens = tokensOf(ref);
    if (tokens.length < 5 || tokens[0] !== "components" || tokens[1] !== "schemas")
      return undefined;
    if (tokens[3] !== "definitions" && tokens[3] !== "$defs") return undefined;
    const name = tokens.slice(2).join(".");
    if (!hoisted.has(ref)) {
      if (Object.hasOwn(schemas, name) || resolvePointer(copy, ref) === undefined) return undefined;
      hoisted.set(ref, name);
    }
    return hoisted.get(ref);
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
  // Copied out first (a hoisted schema may itself refer to another nested one), then pointed at.
  for (const [ref, name] of hoisted) schemas[name] = resolvePointer(copy, ref);
  for (const node of refs)
    node.$ref = pointerOf(["components", "schemas", hoisted.get(node.$ref as string) as string]);
  return [...hoisted.values()];
}
