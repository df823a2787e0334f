// Type tests, checked by `tsc --noEmit` (the typecheck task): each vendor's input is exactly its
// create-connection init, and a wrong one does not compile.
import type { components as agentstack } from "@patchbay/agentstack";
import type { components as chartbrew } from "@patchbay/chartbrew";
import type { components as datagrid } from "@patchbay/datagrid";
import type { components as polytomic } from "@patchbay/polytomic";
import type { paths as supermemoryPaths } from "@patchbay/supermemory";
import { expectTypeOf } from "vitest";
import {
  type ConnectInput,
  type ConnectionStart,
  type ConnectionStatus,
  createPatchbay,
  type VendorName,
} from "../src/index.js";
import type { registry } from "../src/registry.generated.js";

// The registry's names, as a union of literals: never widened to `string`.
expectTypeOf<VendorName>().toEqualTypeOf<keyof typeof registry>();
expectTypeOf<string>().not.toExtend<VendorName>();
expectTypeOf<"datagrid">().toExtend<VendorName>();

/** Mutual assignability: openapi-fetch's `Writable` rebuilds the body types structurally. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

// The input is openapi-fetch's init for the operation, taken from the generated package.
expectTypeOf<
  Same<
    ConnectInput["datagrid"]["body"],
    {
      connector_id: string;
      connection_provider_id?: string | null;
    }
  >
>().toEqualTypeOf<true>();
expectTypeOf<ConnectInput["supermemory"]["params"]["path"]>().toEqualTypeOf<
  supermemoryPaths["/v3/connections/{provider}"]["post"]["parameters"]["path"]
>();
expectTypeOf<
  Same<
    ConnectInput["supermemory"]["body"],
    supermemoryPaths["/v3/connections/{provider}"]["post"]["requestBody"]["content"]["application/json"]
  >
>().toEqualTypeOf<true>();
expectTypeOf<
  Same<ConnectInput["polytomic"]["body"], polytomic["schemas"]["ConnectCardRequest"]>
>().toEqualTypeOf<true>();
expectTypeOf<
  Same<ConnectInput["agentstack"]["body"], agentstack["schemas"]["ConnectorCreateRequest"]>
>().toEqualTypeOf<true>();
// openapi-fetch's `Writable` reads the document's free-form `{}` objects as
// `{ [x: string]: undefined }`, so here the document's type fits the input but not back.
expectTypeOf<chartbrew["schemas"]["NewConnection"]>().toExtend<ConnectInput["chartbrew"]["body"]>();

// raw is the vendor's typed success body (agentstack's is its 201).
expectTypeOf<ConnectionStart<"datagrid">["raw"]>().toEqualTypeOf<
  datagrid["schemas"]["RedirectURLResponse"]
>();
expectTypeOf<ConnectionStart<"supermemory">["raw"]>().toEqualTypeOf<
  supermemoryPaths["/v3/connections/{provider}"]["post"]["responses"]["200"]["content"]["application/json"]
>();
expectTypeOf<ConnectionStart<"polytomic">["raw"]>().toEqualTypeOf<
  polytomic["schemas"]["ConnectCardResponseEnvelope"]
>();
expectTypeOf<ConnectionStart<"agentstack">["raw"]>().toEqualTypeOf<
  agentstack["schemas"]["ConnectorResponse"]
>();
expectTypeOf<
  Same<ConnectionStart<"chartbrew">["raw"], chartbrew["schemas"]["Connection"]>
>().toEqualTypeOf<true>();
expectTypeOf<ConnectionStart["status"]>().toEqualTypeOf<ConnectionStatus>();
expectTypeOf<ConnectionStart<"chartbrew">["connectionId"]>().toEqualTypeOf<string | null>();
expectTypeOf<ConnectionStart["expiresAt"]>().toEqualTypeOf<string | null>();

const patchbay = createPatchbay({
  supermemory: { apiKey: "sm_key" },
  agentstack: { baseUrl: "https://agentstack.example.com", username: "u", password: "p" },
  polytomic: { version: "2025-09-18", apiKey: "pt_key" },
  retry: { maxRetries: 1 },
  timeoutMs: 5_000,
});

async function calls() {
  const start = await patchbay.connect("supermemory", {
    params: { path: { provider: "notion" } },
    body: { redirectUrl: "https://app.example.com/callback" },
  });
  expectTypeOf(start.vendor).toEqualTypeOf<"supermemory">();
  expectTypeOf(start.raw.expiresIn).toEqualTypeOf<string | null>();

  await patchbay.connect("datagrid", { body: { connector_id: "google_drive" } });
  await patchbay.connect("datagrid", {
    params: { header: { "Datagrid-Teamspace": "ts_1" } },
    body: { connector_id: "hubspot", connection_provider_id: null },
  });
  await patchbay.connect("polytomic", {
    params: { header: { "Idempotency-Key": "8e0f3c0a" } },
    body: {
      name: "Salesforce",
      redirect_url: "https://app.example.com/done",
      whitelist: ["salesforce"],
    },
  });
  await patchbay.connect("agentstack", { body: { url: "https://mcp.example.com/mcp" } });
  await patchbay.connect("chartbrew", {
    params: { path: { team_id: "42" } },
    body: { name: "Postgres", type: "postgres", team_id: 42 },
  });
  // The supermemory body is required in its published document, if only {}.
  await patchbay.connect("supermemory", {
    params: { path: { provider: "web-crawler" } },
    body: {},
  });
  // @ts-expect-error the supermemory body is required
  await patchbay.connect("supermemory", { params: { path: { provider: "web-crawler" } } });

  // @ts-expect-error an unknown body field does not compile
  await patchbay.connect("datagrid", { body: { connector_id: "x", connector: "typo" } });
  // @ts-expect-error connector_id is required
  await patchbay.connect("datagrid", { body: {} });
  // @ts-expect-error another vendor's body is a compile error
  await patchbay.connect("datagrid", { body: { redirectUrl: "https://app.example.com/callback" } });
  // @ts-expect-error supermemory needs its path parameter
  await patchbay.connect("supermemory", { body: { redirectUrl: "https://app.example.com/cb" } });
  // @ts-expect-error not one of supermemory's providers
  await patchbay.connect("supermemory", { params: { path: { provider: "dropbox" } } });
  await patchbay.connect("supermemory", {
    params: { path: { provider: "notion" } },
    // @ts-expect-error documentLimit is a number
    body: { documentLimit: "5" },
  });
  await patchbay.connect("polytomic", {
    // @ts-expect-error redirect_url is required by polytomic
    body: { name: "Salesforce" },
  });
  // @ts-expect-error agentstack's url is required
  await patchbay.connect("agentstack", { body: { client_id: "id" } });
  await patchbay.connect("chartbrew", {
    params: { path: { team_id: "42" } },
    // @ts-expect-error not a chartbrew connection type
    body: { name: "Postgres", type: "oracle", team_id: 42 },
  });
  // @ts-expect-error chartbrew needs team_id in the path
  await patchbay.connect("chartbrew", {
    body: { name: "Postgres", type: "postgres", team_id: 42 },
  });
  // @ts-expect-error an unknown key next to params and body
  await patchbay.connect("datagrid", { body: { connector_id: "x" }, headers: {} });
  // @ts-expect-error not a known vendor
  await patchbay.connect("myspace", { body: {} });

  // Without a literal vendor, the result is the union, discriminated by `vendor`.
  const vendor = "agentstack" as VendorName;
  const any: ConnectionStart = await patchbay.connect(vendor, {} as ConnectInput[typeof vendor]);
  if (any.vendor === "agentstack")
    expectTypeOf(any.raw.state).toEqualTypeOf<agentstack["schemas"]["ConnectorState"]>();

  // The underlying typed clients stay reachable.
  const client = await patchbay.client("datagrid");
  await client.POST("/connections", { body: { connector_id: "google_drive" } });
}
void calls;

// @ts-expect-error datagrid has no Basic auth options
createPatchbay({ datagrid: { username: "u" } });
// @ts-expect-error not a vendor nor a shared option
createPatchbay({ myspace: { apiKey: "k" } });
