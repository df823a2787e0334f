import { expectTypeOf } from "vitest";
import { type components, createClient, type DatagridClient, type paths } from "../src/index.js";

const client: DatagridClient = createClient({ apiKey: "key", teamspace: "ts_1" });

type CreateBody = NonNullable<
  paths["/connections"]["post"]["requestBody"]
>["content"]["application/json"];
expectTypeOf<CreateBody["connector_id"]>().toEqualTypeOf<string>();
expectTypeOf<CreateBody["connection_provider_id"]>().toEqualTypeOf<string | null | undefined>();

async function calls() {
  const { data } = await client.POST("/connections", { body: { connector_id: "google_drive" } });
  if (data) expectTypeOf(data).toEqualTypeOf<components["schemas"]["RedirectURLResponse"]>();

  // @ts-expect-error connector_id is required
  await client.POST("/connections", { body: {} });
  // @ts-expect-error unknown fields do not compile
  await client.POST("/connections", { body: { connector_id: "x", connector: "typo" } });
  // @ts-expect-error the document has no GET /connections
  await client.GET("/connections");
}
void calls;
