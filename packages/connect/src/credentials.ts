import type { VendorDescriptor } from "@patchbay/runtime";

/** One way to authenticate: these options, else these environment variables, all set. */
export interface CredentialWay {
  options: string[];
  env: string[];
}

/**
 * The ways to authenticate most of the vendor's operations: each of the descriptor's `security`
 * requirements, with all of its schemes (each scheme alone where the descriptor predates it).
 */
export const credentialWays = (descriptor: VendorDescriptor): CredentialWay[] =>
  (descriptor.security ?? descriptor.auth.map((_, index) => [index])).map((requirement) => {
    const way: CredentialWay = { options: [], env: [] };
    for (const scheme of requirement.flatMap((index) => descriptor.auth[index] ?? [])) {
      if (scheme.type === "basic") {
        way.options.push(scheme.usernameOption, scheme.passwordOption);
        way.env.push(scheme.usernameEnv, scheme.passwordEnv);
      } else {
        way.options.push(scheme.option);
        way.env.push(scheme.env);
      }
    }
    return way;
  });

/** A copy of `process.env`; empty where there is none or reading it throws (Deno without --allow-env). */
const processEnv = (): Record<string, string | undefined> => {
  try {
    return {
      ...(globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env,
    };
  } catch {
    return {};
  }
};

/**
 * The environment variables still unset for each way to authenticate, as the generated client
 * reads them (an option, else its variable); `undefined` when one way is complete or the vendor
 * needs no credentials.
 */
export function missingCredentials(
  descriptor: VendorDescriptor,
  options: object,
  env = processEnv(),
): string[][] | undefined {
  const ways = credentialWays(descriptor);
  const given = options as Record<string, unknown>;
  const missing = ways.map((way) =>
    way.env.filter((name, index) => !(given[way.options[index] as string] || env[name])),
  );
  return missing.length === 0 || missing.some((names) => names.length === 0) ? undefined : missing;
}

/** `A and B, or C`. */
export const describeWays = (ways: string[][]): string =>
  ways.map((names) => names.join(" and ")).join(", or ");

/** `set SUPERMEMORY_API_KEY or pass apiKey`; one clause per way to authenticate. */
export const credentialHint = (descriptor: VendorDescriptor): string =>
  credentialWays(descriptor)
    .map((way) => `set ${way.env.join(" and ")} or pass ${way.options.join(" and ")}`)
    .join("; or ");
