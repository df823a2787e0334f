const REDACTED = "[redacted]";
/** Keys whose values are secret. */
const secretName =
  /authorization|cookie|passw(?:or)?d|secret|token|api.?key|private.?key|credential/i;
/** `Bearer x`, `Basic x`, and `name: x` / `name=x` / `"name":"x"` for a secret-looking name. */
const secretText =
  /((?:\b(?:Bearer|Basic)|(?:authorization|cookie|passw(?:or)?d|secret|token|api.?key|private.?key|credential)[\w-]*["']?\s*[:=])\s*(?:(?:Bearer|Basic)\s+)?)("(?:\\.|[^"\\])*"|'[^']*'|[^\s"'&,;}]+)/gi;

/**
 * Credential values of the clients created most recently (a process that makes a client per
 * tenant must not grow this without bound), each also query-encoded and JSON-escaped.
 */
const recent: string[] = [];
/** `recent`, longest first, so a secret inside another is never half replaced. */
let secrets: string[] = [];

/** Makes `redact` replace `value` wherever it appears in a string. */
export const addSecret = (value: string): void => {
  recent.includes(value) ||
    recent.unshift(
      value,
      `${new URLSearchParams({ "": value })}`.slice(1),
      JSON.stringify(value).slice(1, -1),
    );
  recent.splice(150);
  secrets = [...recent].sort((a, b) => b.length - a.length);
};

const replacer = (key: string, value: unknown): unknown =>
  key && value != null && secretName.test(key)
    ? REDACTED
    : typeof value === "string"
      ? secrets
          .reduce((text, secret) => text.replaceAll(secret, REDACTED), value)
          .replace(secretText, `$1${REDACTED}`)
      : value instanceof Headers
        ? Object.fromEntries(value)
        : value instanceof Error
          ? { name: value.name, message: value.message, cause: value.cause, ...(value as object) }
          : value;

/**
 * A JSON-safe copy of `value` that is safe to show: credential values of the clients created
 * in this process, `Bearer`/`Basic` credentials, and values under secret-looking names
 * (`authorization`, `cookie`, `password`, `client_secret`, `token`, `apiKey`, `private_key`...)
 * become `[redacted]`, in strings, nested objects and arrays, `Headers` and errors (both become
 * plain objects). Values JSON cannot hold are dropped, as `JSON.stringify` does.
 */
export function redact(value: string): string;
export function redact(value: Headers | Error): Record<string, unknown>;
export function redact<T>(value: T): T;
export function redact(value: unknown): unknown {
  try {
    return value === undefined ? value : JSON.parse(JSON.stringify(value, replacer));
  } catch {
    return REDACTED;
  }
}

/**
 * The strings a request body holds under secret-looking names (`password`, `client_secret`,
 * `token`, and everything inside `credentials: {...}`), at least 4 characters long, as sent and
 * URL-encoded: what to hide if a vendor echoes them in free text, where no name gives them away.
 */
export function secretsOf(body: unknown): string[] {
  const found = new Set<string>();
  const walk = (value: unknown, secret: boolean): void => {
    if (typeof value === "string") {
      if (secret && value.length >= 4) found.add(value).add(encodeURIComponent(value));
    } else if (value && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) walk(item, secret || secretName.test(key));
    }
  };
  walk(body, false);
  return [...found].sort((a, b) => b.length - a.length);
}
