import type { AuthScheme } from "./auth.js";
import { PatchbayError } from "./errors.js";

/** Where a client's credential goes: a header (Authorization, an API-key header, Cookie) or the query. */
export interface Credential {
  name: string;
  value: string;
  inQuery: boolean;
  /** What redaction must hide: the value as configured, and what is sent. */
  secrets: string[];
}

/** Headers that carry credentials whoever set them; dropped on a redirect to another origin. */
export const credentialHeaders = ["authorization", "cookie", "proxy-authorization"];

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
const controlCharacter = /[\u0000-\u001f\u007f]/;
const notHeaderSafe = /[^\u0020-\u007e]/;

/** Refuses a value a request cannot carry intact, naming the option and never the value. */
function check(vendor: string, option: string, value: string, pattern: RegExp): string {
  if (pattern.test(value)) {
    throw new PatchbayError(
      `${vendor}: the ${option} value holds a character it cannot be sent with (a line break, a control character${pattern === notHeaderSafe ? " or non-ASCII" : ""})`,
      { vendor, option },
    );
  }
  return value;
}

/**
 * The credential of the first scheme whose values are all present (`setting` reads an option,
 * else its environment variable), checked: a line break or another control character anywhere,
 * or a non-ASCII character where it is sent raw in a header, is refused before anything is sent.
 */
export function resolveCredential(
  vendor: string,
  schemes: readonly AuthScheme[],
  setting: (option: string, env: string) => string | undefined,
): Credential | undefined {
  for (const scheme of schemes) {
    if (scheme.type === "basic") {
      const username = setting(scheme.usernameOption, scheme.usernameEnv);
      const password = setting(scheme.passwordOption, scheme.passwordEnv);
      if (!username || !password) continue;
      check(vendor, scheme.usernameOption, username, controlCharacter);
      check(vendor, scheme.passwordOption, password, controlCharacter);
      const pair = btoa(unescape(encodeURIComponent(`${username}:${password}`)));
      const value = `Basic ${pair}`;
      return { name: "authorization", value, inQuery: false, secrets: [password, pair] };
    }
    const raw = setting(scheme.option, scheme.env);
    if (!raw) continue;
    const inQuery = scheme.type === "apiKey" && scheme.in === "query";
    check(vendor, scheme.option, raw, inQuery ? controlCharacter : notHeaderSafe);
    const [name, value] =
      scheme.type === "bearer"
        ? ["authorization", `Bearer ${raw}`]
        : scheme.in === "cookie"
          ? ["cookie", `${scheme.name}=${raw}`]
          : [scheme.name, raw];
    return { name, value, inQuery, secrets: [raw] };
  }
  return undefined;
}

/**
 * Puts `credential` on a request to `url` with `headers` (mutated): the one place credentials are
 * applied. Returns the URL to send to (with the query credential, where that is its place).
 */
export function applyCredential(credential: Credential, url: string, headers: Headers): string {
  const { name, value, inQuery } = credential;
  if (!inQuery) {
    if (!headers.has(name)) headers.set(name, value);
    return url;
  }
  const withKey = new URL(url);
  withKey.searchParams.set(name, value);
  return `${withKey}`;
}

/** Removes every credential from `headers`: the runtime's and any the caller set. */
export function stripCredentials(credential: Credential | undefined, headers: Headers): void {
  for (const name of credentialHeaders) headers.delete(name);
  if (credential && !credential.inQuery) headers.delete(credential.name);
}
