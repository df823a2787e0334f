// Usage fixture: @patchbay/supermemory called the way a user calls it. Type-checked, never run.
// `pnpm spec:changes` compiles the previous release's copy of this file against the newly
// generated client; if it no longer compiles, the change is breaking (docs/releasing.md).
// Keep what users rely on here; edit it only when a release has deliberately broken it.
import { createClient, type paths, type SupermemoryClientOptions } from "../src/index.js";

type Provider = paths["/v3/connections/{provider}"]["post"]["parameters"]["path"]["provider"];

export async function startNotionConnection(
  options: SupermemoryClientOptions = {},
  provider: Provider = "notion",
): Promise<{
  id: string;
  authLink: string | null;
  expiresIn: string | null;
  redirectsTo: string | undefined;
}> {
  const supermemory = createClient({ apiKey: "sm_test_key", ...options });
  const { data, error, response } = await supermemory.POST("/v3/connections/{provider}", {
    params: { path: { provider } },
    body: {
      redirectUrl: "https://app.example.com/integrations/notion/callback",
      containerTags: ["user_123", "project_alpha"],
      metadata: { source: "onboarding", seats: 5, trial: true },
      documentLimit: 5000,
    },
  });
  if (error) {
    throw new Error(`supermemory ${response.status}: ${error.error} ${error.details ?? ""}`);
  }
  const redirectsTo: string | undefined = data.redirectsTo;
  return { id: data.id, authLink: data.authLink, expiresIn: data.expiresIn, redirectsTo };
}
