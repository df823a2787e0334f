import { expectTypeOf } from "vitest";
import { createClient, type paths } from "../src/index.js";

type Body =
  paths["/team/{team_id}/connections"]["post"]["requestBody"]["content"]["application/json"];
expectTypeOf<Body["team_id"]>().toEqualTypeOf<number>();

const client = createClient({ apiKey: "key" });
async function calls() {
  await client.POST("/team/{team_id}/connections", {
    params: { path: { team_id: "42" } },
    // @ts-expect-error "oracle" is not a connection type
    body: { name: "x", type: "oracle", team_id: 42 },
  });
}
void calls;
