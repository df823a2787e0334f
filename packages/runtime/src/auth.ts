import { addSecrets } from "./redact.js";

export type AuthScheme =
  | { type: "bearer"; option: string; env: string }
  | {
      type: "basic";
      usernameOption: string;
      passwordOption: string;
      usernameEnv: string;
      passwordEnv: string;
    }
  | {
      type: "apiKey";
      in: "header" | "query" | "cookie";
      name: string;
      option: string;
      env: string;
    };

export interface HeaderOption {
  header: string;
  option: string;
  env?: string;
  default?: string;
}

/** The header (or, with `inQuery`, query parameter) that carries a credential, and its value. */
export type Credential = readonly [name: string, value: string, inQuery?: boolean];

/** Reads a named option, else the named environment variable (never in browsers). */
export type Setting = (option: string, env?: string) => string | undefined;

export const settingReader =
  (options: object): Setting =>
  (option, env) =>
    (options as Record<string, string | undefined>)[option] ||
    (env &&
      (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env[
        env
      ]) ||
    undefined;

/**
 * The credential of the first scheme whose values are all present, registered with `redact`;
 * `undefined` when there is none.
 */
export function resolveCredential(
  schemes: readonly AuthScheme[],
  setting: Setting,
): Credential | undefined {
  for (const scheme of schemes) {
    let value: string | undefined;
    if (scheme.type === "basic") {
      const username = setting(scheme.usernameOption, scheme.usernameEnv);
      const password = setting(scheme.passwordOption, scheme.passwordEnv);
      if (username && password) {
        addSecrets(password);
        value = `Basic ${btoa(unescape(encodeURIComponent(`${username}:${password}`)))}`;
      }
    } else value = setting(scheme.option, scheme.env);
    if (value) {
      addSecrets(value);
      return scheme.type !== "apiKey"
        ? ["authorization", scheme.type === "bearer" ? `Bearer ${value}` : value]
        : scheme.in === "cookie"
          ? ["cookie", `${scheme.name}=${value}`]
          : [scheme.name, value, scheme.in === "query"];
    }
  }
  return undefined;
}

/** Headers for every request: each vendor header's option, else its environment variable, else `extra`, else its default. */
export function vendorHeaders(
  list: readonly HeaderOption[],
  setting: Setting,
  extra?: Record<string, string>,
): Headers {
  const headers = new Headers(extra);
  for (const { header, option, env, default: fallback } of list) {
    const value = setting(option, env) || (headers.has(header) ? undefined : fallback);
    if (value) headers.set(header, value);
  }
  return headers;
}

/** Whether credentials may go to `url`: https, or plain http on a loopback host. */
export const isSafeTransport = ({ protocol, hostname }: URL): boolean =>
  protocol === "https:" ||
  (protocol === "http:" && /^(localhost|127(\.\d+){3}|\[::1\])$/.test(hostname));
