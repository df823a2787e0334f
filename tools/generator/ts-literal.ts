const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A JSON-like value as a TypeScript literal, laid out the way the formatter keeps it (byte-stable). */
export function tsLiteral(value: unknown, indent = ""): string {
  const inner = `${indent}  `;
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
