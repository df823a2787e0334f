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

  // the upload's file part takes a Blob (a File), bytes or a stream, typed from `format: binary`
  const file = new File(["%PDF"], "report.pdf", { type: "application/pdf" });
  await client.POST("/v3/documents/file", { body: { file, containerTags: "user_123" } });
  await client.POST("/v3/documents/file", { body: { file: new Uint8Array([1]) } });
  await client.POST("/v3/documents/file", { body: { file: new Blob(["x"]).stream() } });
  await client.POST("/v3/documents/file", { body: new FormData() });
  // @ts-expect-error a file part is not a string (the document's `string` was a file's bytes)
  await client.POST("/v3/documents/file", { body: { file: "report.pdf" } });
  // @ts-expect-error nor a number
  await client.POST("/v3/documents/file", { body: { file: 1 } });
}
void calls;
