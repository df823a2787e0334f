import { isObject, type Json } from "@patchbay/common/json";
import { tokensOf } from "@patchbay/openapi/json-pointer";

const PREFIX = "#/components/schemas/";

/**
 * A schema that contains itself outside any object type (`Node: string | Node[]`) is valid
 * OpenAPI, but openapi-typescript writes it as a type TypeScript refuses (TS2502;
 * openapi-ts/openapi-typescript#1603). In the copy given to openapi-typescript, the `$ref` that
 * closes such a loop is dropped, so that place is typed `unknown`; recursion through an object's
 * properties is left alone (object types are resolved lazily). Returns each loop, `Tree → Forest
 * → Tree`, for a note in schema.ts. Mutates `copy`, never the vendor's document.
 */
export function untypeRecursionOutsideObjects(copy: Json): string[] {
  const components = isObject(copy.components) ? copy.components : {};
  const schemas = isObject(components.schemas) ? components.schemas : {};
  const loops: string[] = [];
  for (const name of Object.keys(schemas)) {
    const seen = new Set<string>();
    const stack: { node: unknown; chain: string[] }[] = [{ node: schemas[name], chain: [name] }];
    while (stack.length > 0) {
      const { node, chain } = stack.pop() as { node: unknown; chain: string[] };
      if (!isObject(node)) continue;
      if (typeof node.$ref === "string" && node.$ref.startsWith(PREFIX)) {
        const target = tokensOf(node.$ref)[2] as string;
        if (target === name) {
          delete node.$ref;
          loops.push([...chain, name].join(" → "));
          continue;
        }
        if (!seen.has(target) && Object.hasOwn(schemas, target)) {
          seen.add(target);
          stack.push({ node: schemas[target], chain: [...chain, target] });
        }
      }
      for (const key of ["oneOf", "anyOf", "allOf"]) {
        const members = node[key];
        if (Array.isArray(members))
          for (const member of members) stack.push({ node: member, chain });
      }
      stack.push({ node: node.items, chain });
    }
  }
  return loops;
}
