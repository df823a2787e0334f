import type { AuthScheme, SecurityRequirement, VendorDescriptor } from "./auth.js";
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
 * The credential of `scheme` when its values are all present (`setting` reads an option, else its
 * environment variable), checked: a line break or another control character anywhere, or a
 * non-ASCII character where it is sent raw in a header, is refused before anything is sent.
 */
function credentialOf(
  vendor: string,
  scheme: AuthScheme,
  setting: (option: string, env: string) => string | undefined,
): Credential | undefined {
  if (scheme.type === "basic") {
    const username = setting(scheme.usernameOption, scheme.usernameEnv);
    const password = setting(scheme.passwordOption, scheme.passwordEnv);
    if (!username || !password) return undefined;
    check(vendor, scheme.usernameOption, username, controlCharacter);
    check(vendor, scheme.passwordOption, password, controlCharacter);
    const pair = btoa(unescape(encodeURIComponent(`${username}:${password}`)));
    const value = `Basic ${pair}`;
    return { name: "authorization", value, inQuery: false, secrets: [password, pair] };
  }
  const raw = setting(scheme.option, scheme.env);
  if (!raw) return undefined;
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

/**
 * What a list of alternatives (the document's security, or an operation's) sends: `send` when the
 * configured credentials decide it alone (the first non-empty requirement whose schemes are all
 * configured; `[]` when the list is empty or holds an empty requirement and none is met), else
 * left to each request (`credentialsFor`).
 */
export interface SecurityPlan {
  requirements: readonly SecurityRequirement[];
  send?: readonly Credential[];
}

/** A client's credentials, fixed at `createClient`. */
export interface ClientAuth {
  schemes: readonly AuthScheme[];
  /** Each scheme's credential (same index as `schemes`), where its values are all present. */
  credentials: readonly (Credential | undefined)[];
  /** What the document's security sends. */
  security: SecurityPlan;
  /** What each operation whose own security differs sends, by `"GET /path/{template}"`. */
  operations: ReadonlyMap<string, SecurityPlan>;
  /** Header names that may carry a credential (any scheme's, or set by the caller). */
  headers: readonly string[];
}

function planOf(
  requirements: readonly SecurityRequirement[],
  credentials: readonly (Credential | undefined)[],
): SecurityPlan {
  const met = requirements.find(
    (requirement) => requirement.length > 0 && requirement.every((index) => credentials[index]),
  );
  if (met) return { requirements, send: met.map((index) => credentials[index] as Credential) };
  const none = requirements.length === 0 || requirements.some((r) => r.length === 0);
  return none ? { requirements, send: [] } : { requirements };
}

/**
 * Every scheme's credential, each checked (see `credentialOf`), and what the document's and each
 * operation's security sends with them. A descriptor without `security` makes each scheme an
 * alternative of its own.
 */
export function clientAuth(
  { vendor, auth: schemes, security, operationSecurity }: VendorDescriptor,
  setting: (option: string, env: string) => string | undefined,
): ClientAuth {
  const credentials = schemes.map((scheme) => credentialOf(vendor, scheme, setting));
  const operations = new Map<string, SecurityPlan>();
  for (const [operation, requirements] of Object.entries(operationSecurity ?? {}))
    operations.set(operation, planOf(requirements, credentials));
  const headers = new Set(credentialHeaders);
  for (const scheme of schemes)
    if (scheme.type === "apiKey" && scheme.in === "header") headers.add(scheme.name.toLowerCase());
  return {
    schemes,
    credentials,
    security: planOf(security ?? schemes.map((_, index) => [index]), credentials),
    operations,
    headers: [...headers],
  };
}

/** Whether the caller already put `scheme`'s credential on the request (`headers`, the query). */
function carries(scheme: AuthScheme | undefined, url: string, headers: Headers): boolean {
  if (!scheme) return false;
  if (scheme.type !== "apiKey") return headers.has("authorization");
  if (scheme.in === "header") return headers.has(scheme.name);
  if (scheme.in === "query") return new URL(url).searchParams.has(scheme.name);
  return (headers.get("cookie") ?? "").split(/;\s*/).some((c) => c.startsWith(`${scheme.name}=`));
}

/** `pass apiKey (or set ACME_API_KEY)`: how to give one requirement's credentials. */
function howToGive(schemes: readonly AuthScheme[], requirement: SecurityRequirement): string {
  const options: string[] = [];
  const env: string[] = [];
  for (const index of requirement) {
    const scheme = schemes[index];
    if (scheme?.type === "basic") {
      options.push(scheme.usernameOption, scheme.passwordOption);
      env.push(scheme.usernameEnv, scheme.passwordEnv);
    } else if (scheme) {
      options.push(scheme.option);
      env.push(scheme.env);
    }
  }
  const and = (names: string[]) =>
    names.length < 2 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  return `pass ${and(options)} (or set ${and(env)})`;
}

/**
 * The credentials a request sends under `plan`. Where the configured credentials alone meet no
 * requirement, a scheme whose header (or query parameter) the caller set counts as met, and the
 * rest of that requirement is sent. Where still none is met: without any credential configured,
 * nothing (the request goes without auth, as it always did: the caller may authenticate through
 * `headers` or `fetch`); with some configured but not what `operation` needs, a `PatchbayError`
 * naming the options and environment variables to set, before anything is sent.
 */
export function credentialsFor(
  vendor: string,
  auth: ClientAuth,
  plan: SecurityPlan,
  request: { method: string; url: string; headers: Headers },
  operation?: string,
): readonly Credential[] {
  if (plan.send) return plan.send;
  const { schemes, credentials } = auth;
  const { url, headers } = request;
  const met = plan.requirements.find((requirement) =>
    requirement.every((index) => credentials[index] || carries(schemes[index], url, headers)),
  );
  if (met) return met.flatMap((index) => credentials[index] ?? []);
  if (!credentials.some(Boolean)) return [];
  const label = operation ?? `${request.method} ${new URL(url).pathname}`;
  throw new PatchbayError(
    `${vendor}: ${label} needs credentials this client was not given: ${plan.requirements.map((requirement) => howToGive(schemes, requirement)).join("; or ")}`,
    { vendor, operation: label },
  );
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

/**
 * Removes every credential from `headers`: the runtime's and any the caller set (`names`: the
 * client's `ClientAuth.headers`).
 */
export function stripCredentials(names: readonly string[], headers: Headers): void {
  for (const name of names) headers.delete(name);
}
