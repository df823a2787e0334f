import { expectTypeOf } from "vitest";
import { createClient, type paths } from "../src/index.js";

type Provider = paths["/v3/connections/{provider}"]["post"]["parameters"]["path"]["provider"];
expectTypeOf<Provider>().toEqualTypeOf<
  "notion" | "google-drive" | "onedrive" | "gmail" | "github" | "web-crawler" | "s3" | "granola"
>();

const client = createClient({ apiKey: "key" });
async function calls() {
  const { data } = await client.POST("/v3/connections/{provider}", {
    params: { path: { provider: "web-crawler" } },
    body: { metadata: { startUrl: "https://docs.example.com" } },
  });
  if (data) expectTypeOf(data.authLink).toEqualTypeOf<string | null>();

  await client.POST("/v3/connections/{provider}", {
    // @ts-expect-error "dropbox" is not a provider
    params: { path: { provider: "dropbox" } },
  });
}
void calls;
