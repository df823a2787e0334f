const REDACTED = "[redacted]";
/** Keys whose values are secret. */
const secretName =
  /authorization|cookie|passw(?:or)?d|secret|token|api.?key|private.?key|credential/i;
/**
 * `Bearer x`, `Basic x`, and `name: x` / `name=x` / `"name":"x"` for a secret-looking name, also
 * as the last key of a form field in bracket notation (`card[token]=x`, `card%5Btoken%5D=x`).
 */
const secretText =
  /((?:\b(?:Bearer|Basic)|(?:authorization|cookie|passw(?:or)?d|secret|token|api.?key|private.?key|credential)[\w-]*(?:\]|%5D)?["']?\s*[:=])\s*(?:(?:Bearer|Basic)\s+)?)("(?:\\.|[^"\\])*"|'[^']*'|[^\s"'&,;}]+)/gi;

const lowerEscapes = (text: string): string =>
  text.replace(/%[\dA-F]{2}/g, (code) => code.toLowerCase());

/**
 * The forms in which a server plausibly echoes `secret`: as sent, URL-encoded with upper- and
 * lower-case escapes, form-encoded (space as `+`), JSON-escaped, and JSON with `\uXXXX` escapes
 * (Python's default).
 */
export function encodingsOf(secret: string): string[] {
  const uri = encodeURIComponent(secret);
  const form = `${new URLSearchParams({ "": secret })}`.slice(1);
  const json = JSON.stringify(secret).slice(1, -1);
  const ascii = json.replace(
    /[\u007f-\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  return [secret, uri, lowerEscapes(uri), form, lowerEscapes(form), json, ascii];
}

/** Every encoding of every secret, without repeats, longest first (a secret inside another). */
export const secretForms = (secrets: readonly string[]): string[] =>
  [...new Set(secrets.filter(Boolean).flatMap(encodingsOf))].sort((a, b) => b.length - a.length);

/** Values `redact` must hide: credentials of one client, or secrets of one request body. */
export type Redactor = <T>(value: T) => T;

/**
 * A `redact` that also hides `secrets`, each in every encoding of `encodingsOf` (already
 * expanded by `secretForms` when `expanded`: then the very list, so that the redactor keeps alive
 * what `registerSecrets` holds weakly for as long as its client lives).
 */
export function createRedactor(secrets: readonly string[], expanded = false): Redactor {
  const forms = expanded ? secrets : secretForms(secrets);
  return ((value: unknown) => redactWith(value, () => forms)) as Redactor;
}

/**
 * Credentials of the clients alive in this process, for the exported `redact`; a client's entry
 * goes when the client is garbage, so none is forgotten while it can still be echoed. Each
 * client's own errors use its own list.
 */
const live = new Set<WeakRef<string[]>>();
const collected =
  typeof FinalizationRegistry === "function"
    ? new FinalizationRegistry<WeakRef<string[]>>((ref) => live.delete(ref))
    : undefined;

/** Registers a client's secret forms with the exported `redact` for as long as `owner` lives. */
export function registerSecrets(forms: string[]): void {
  if (forms.length === 0 || typeof WeakRef !== "function") return;
  const ref = new WeakRef(forms);
  live.add(ref);
  collected?.register(forms, ref);
}

const liveForms = (): string[] => {
  const forms: string[] = [];
  for (const ref of live) forms.push(...(ref.deref() ?? []));
  return forms.sort((a, b) => b.length - a.length);
};

function redactWith(value: unknown, forms: () => readonly string[]): unknown {
  if (value === undefined) return value;
  let known: readonly string[] | undefined;
  const replacer = (key: string, item: unknown): unknown => {
    if (key && item != null && secretName.test(key)) return REDACTED;
    if (typeof item === "string") {
      let text = item;
      known ??= forms();
      for (const secret of known) text = text.replaceAll(secret, REDACTED);
      return text.replace(secretText, `$1${REDACTED}`);
    }
    if (item instanceof Headers) return Object.fromEntries(item);
    if (item instanceof Error)
      return { name: item.name, message: item.message, cause: item.cause, ...(item as object) };
    return item;
  };
  try {
    return JSON.parse(JSON.stringify(value, replacer));
  } catch {
    // circular, too deep for the stack, a BigInt: nothing of it is shown
    return REDACTED;
  }
}

/**
 * A JSON-safe copy of `value` that is safe to show: credential values of the clients alive in
 * this process (in every encoding of `encodingsOf`), `Bearer`/`Basic` credentials, and values
 * under secret-looking names (`authorization`, `cookie`, `password`, `client_secret`, `token`,
 * `apiKey`, `private_key`...) become `[redacted]`, in strings, nested objects and arrays,
 * `Headers` and errors (both become plain objects). Values JSON cannot hold are dropped, as
 * `JSON.stringify` does; a value JSON cannot write at all (circular, too deep) is `[redacted]`.
 */
export function redact(value: string): string;
export function redact(value: Headers | Error): Record<string, unknown>;
export function redact<T>(value: T): T;
export function redact(value: unknown): unknown {
  return redactWith(value, liveForms);
}

const formEscape = (char: string) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`;

/**
 * The strings a request body holds under secret-looking names (`password`, `client_secret`,
 * `token`, and everything inside `credentials: {...}`), at least 4 characters long, as sent,
 * URL-encoded and form-encoded: what to hide if a vendor echoes them in free text, where no name gives them away.
 * Walks at most 64 levels deep.
 */
export function secretsOf(body: unknown): string[] {
  const found = new Set<string>();
  const walk = (value: unknown, secret: boolean, depth: number): void => {
    if (typeof value === "string") {
      if (secret && value.length >= 4) {
        const uri = encodeURIComponent(value);
        // and as a form field's value (form-body.ts): !'()* escaped too
        found
          .add(value)
          .add(uri)
          .add(uri.replace(/[!'()*]/g, formEscape));
      }
    } else if (value && typeof value === "object" && depth < 64) {
      for (const [key, item] of Object.entries(value))
        walk(item, secret || secretName.test(key), depth + 1);
    }
  };
  walk(body, false, 0);
  return [...found].sort((a, b) => b.length - a.length);
}
