import { append, get, type Json, nil, pointerSegments } from "@hyperjump/json-pointer";
import { isObject } from "@patchbay/common/json";

// JSON pointers (RFC 6901) through @hyperjump/json-pointer; patchbay's pointers are URI fragments
// (`#/paths/~1things/get`), percent-decoded per RFC 6901 section 6.

export function escapePointerToken(token: string | number): string {
  return append(String(token), nil).slice(1);
}

export function pointerOf(tokens: readonly (string | number)[]): string {
  return `#${tokens.reduce<string>((pointer, token) => append(String(token), pointer), nil)}`;
}

/** The tokens of a pointer (`#/a~1b/0` → `["a/b", "0"]`); throws on one that is not a pointer. */
export function tokensOf(pointer: string): string[] {
  const path = pointer.startsWith("#") ? pointer.slice(1) : pointer;
  return [...pointerSegments(path)].map((token) => decodeURIComponent(token));
}

/** The value a local JSON pointer names, or `undefined` when nothing is there. */
export function resolvePointer(root: unknown, pointer: string): unknown {
  let tokens: string[];
  try {
    tokens = tokensOf(pointer);
  } catch {
    return undefined;
  }
  try {
    return get(pointerOf(tokens).slice(1), root as Json);
  } catch {
    // the library throws where a token names into a scalar, null or nothing
    return undefined;
  }
}

/** The location after following every local `$ref` met on the way to `tokens`. */
export function follow(doc: unknown, tokens: string[]): string[] {
  let at: string[] = [];
  for (const token of tokens) {
    at = [...at, token];
    for (let hops = 0; hops < 32; hops++) {
      const node = resolvePointer(doc, pointerOf(at));
      if (!isObject(node) || typeof node.$ref !== "string" || !node.$ref.startsWith("#")) break;
      at = tokensOf(node.$ref);
    }
  }
  return at;
}
