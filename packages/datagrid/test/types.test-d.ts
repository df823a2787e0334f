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
  // @ts-expect-error the document has no PUT /connections
  await client.PUT("/connections");
  // the connections family: list with its cursor, get, delete by id
  const listed = await client.GET("/connections", {
    params: { query: { after: "conn_1", limit: 10 } },
  });
  if (listed.data) expectTypeOf(listed.data.data[0]?.id).toEqualTypeOf<string | undefined>();
  // @ts-expect-error connection_id is required
  await client.GET("/connections/{connection_id}", { params: { path: {} } });
  await client.DELETE("/connections/{connection_id}", { params: { path: { connection_id: "c" } } });
}
void calls;
