const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A name the literal refers to (a function imported beside it), written as is, not as data. */
export class TsReference {
  constructor(
    readonly name: string,
    /** The module it is imported from. */
    readonly from: string,
  ) {
    if (!IDENTIFIER.test(name)) throw new Error(`not an identifier: ${name}`);
  }
}

/** An expression written as it is (`() => import("./rules/acme.js")`), imported from nowhere. */
export class TsCode {
  constructor(readonly code: string) {}
}

/** Every `TsReference` in `value`, each once, in order: what a module writing it must import. */
export function referencesIn(value: unknown, found: TsReference[] = []): TsReference[] {
  if (value instanceof TsReference) {
    if (!found.some((known) => known.name === value.name)) found.push(value);
  } else if (value !== null && typeof value === "object" && !(value instanceof TsCode)) {
    for (const item of Object.values(value)) referencesIn(item, found);
  }
  return found;
}

/** A JSON-like value as a TypeScript literal, laid out the way the formatter keeps it (byte-stable). */
export function tsLiteral(value: unknown, indent = ""): string {
  const inner = `${indent}  `;
  if (value instanceof TsReference) return value.name;
  if (value instanceof TsCode) return value.code;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[\n${value.map((item) => `${inner}${tsLiteral(item, inner)},`).join("\n")}\n${indent}]`;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    if (entries.length === 0) return "{}";
    const lines = entries.map(([key, item]) => {
      // `__proto__: x` (quoted or not) would set the literal's prototype; a computed key is a
      // property of that name, as in the document.
      const name =
        key === "__proto__"
          ? `[${JSON.stringify(key)}]`
          : IDENTIFIER.test(key)
            ? key
            : JSON.stringify(key);
      return `${inner}${name}: ${tsLiteral(item, inner)},`;
    });
    return `{\n${lines.join("\n")}\n${indent}}`;
  }
  return JSON.stringify(value);
}
