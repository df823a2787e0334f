import { expectTypeOf } from "vitest";
import { createClient, type PolytomicClientOptions } from "../src/index.js";

expectTypeOf<PolytomicClientOptions["version"]>().toEqualTypeOf<string | undefined>();
expectTypeOf<PolytomicClientOptions["apiKey"]>().toEqualTypeOf<string | undefined>();
expectTypeOf<PolytomicClientOptions["username"]>().toEqualTypeOf<string | undefined>();

const client = createClient({ apiKey: "key" });
async function calls() {
  // The version header is sent by the client, so a call need not repeat it.
  await client.POST("/api/connections/connect", {
    body: { name: "Salesforce", redirect_url: "https://app.example.com" },
  });
  // @ts-expect-error redirect_url is required
  await client.POST("/api/connections/connect", { body: { name: "Salesforce" } });
}
void calls;
