/** The part of a generated package's `descriptor` read here (scripts cannot depend on the runtime). */
type AuthSchemes = {
  readonly auth: readonly (
    | { readonly type: "basic"; readonly usernameOption: string; readonly passwordOption: string }
    | { readonly type: "bearer" | "apiKey"; readonly option: string }
  )[];
};

/** Dummy credentials: mocks check that one is sent in the right scheme, not what it is. */
export const dummyCredentials = {
  apiKey: "example-mock-api-key",
  username: "example",
  password: "example-mock-password",
};

/**
 * `createClient` options carrying the dummy credentials in every auth scheme of the descriptor (a
 * key, or a username and password), so that each operation gets what its own security requires.
 */
export function dummyCredentialOptions(descriptor: AuthSchemes): Record<string, string> {
  return Object.fromEntries(
    descriptor.auth.flatMap((scheme) =>
      scheme.type === "basic"
        ? [
            [scheme.usernameOption, dummyCredentials.username],
            [scheme.passwordOption, dummyCredentials.password],
          ]
        : [[scheme.option, dummyCredentials.apiKey]],
    ),
  );
}
