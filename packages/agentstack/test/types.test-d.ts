import { expectTypeOf } from "vitest";
import { type components, createClient } from "../src/index.js";

type Connector = components["schemas"]["ConnectorResponse"];
expectTypeOf<Connector["state"]>().toEqualTypeOf<
  "created" | "auth_required" | "connected" | "disconnected"
>();

const client = createClient({ baseUrl: "http://localhost:8333", username: "u", password: "p" });
async function calls() {
  const { data } = await client.POST("/api/v1/connectors", {
    body: { url: "https://mcp.example.com" },
  });
  if (data) expectTypeOf(data).toEqualTypeOf<Connector>();
  // @ts-expect-error url is required
  await client.POST("/api/v1/connectors", { body: { match_preset: true } });
}
void calls;
