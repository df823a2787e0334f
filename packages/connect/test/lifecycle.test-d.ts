// Type tests for the lifecycle methods, checked by `tsc --noEmit`: each input is exactly the
// vendor's operation's openapi-fetch init, a wrong one does not compile, and `raw` is typed.
import type { components as datagrid, paths as datagridPaths } from "@patchbay/datagrid";
import type { paths as polytomicPaths } from "@patchbay/polytomic";
import { expectTypeOf } from "vitest";
import {
  type Connection,
  type ConnectionStatus,
  createPatchbay,
  type GetConnectionInput,
  type VendorName,
  type VendorsWith,
} from "../src/index.js";

// Every vendor's get needs which connection: `{}` is no get input for any of them (the id in
// its path, or, for Plaid, the access token in its body).
expectTypeOf<
  { [V in VendorsWith<"get">]: {} extends GetConnectionInput[V] ? V : never }[VendorsWith<"get">]
>().toBeNever();
// A vendor is in a method's vendor type only where its sidecar declares the operation.
expectTypeOf<VendorsWith<"get">>().toExtend<VendorName>();
expectTypeOf<"myspace">().not.toExtend<VendorsWith<"get">>();

const patchbay = createPatchbay({ datagrid: { apiKey: "k" }, polytomic: { apiKey: "k" } });

async function calls() {
  const connection = await patchbay.getConnection("datagrid", {
    params: { path: { connection_id: "3f6c1d2e" } },
  });
  expectTypeOf(connection.vendor).toEqualTypeOf<"datagrid">();
  expectTypeOf(connection.status).toEqualTypeOf<ConnectionStatus>();
  expectTypeOf(connection.name).toEqualTypeOf<string | null>();
  expectTypeOf(connection.raw).toEqualTypeOf<
    datagridPaths["/connections/{connection_id}"]["get"]["responses"]["200"]["content"]["application/json"]
  >();
  // @ts-expect-error the get needs connection_id
  await patchbay.getConnection("datagrid", { params: { path: {} } });
  // @ts-expect-error connection_id is a string
  await patchbay.getConnection("datagrid", { params: { path: { connection_id: 1 } } });
  // @ts-expect-error not a vendor
  await patchbay.getConnection("myspace", {});

  // The list input is optional where the operation needs nothing; items are typed list items.
  for await (const item of patchbay.listConnections("datagrid")) {
    expectTypeOf(item).toEqualTypeOf<Connection<"datagrid", datagrid["schemas"]["Connection"]>>();
  }
  for await (const item of patchbay.listConnections(
    "datagrid",
    { params: { query: { limit: 5 } } },
    { maxPages: 2 },
  ))
    void item;
  // @ts-expect-error limit is a number
  patchbay.listConnections("datagrid", { params: { query: { limit: "5" } } });
  // @ts-expect-error chartbrew's list needs team_id
  patchbay.listConnections("chartbrew");
  patchbay.listConnections("chartbrew", { params: { path: { team_id: "42" } } });

  await patchbay.disconnect("polytomic", { params: { path: { id: "248df4b7" } } });
  // @ts-expect-error polytomic's delete takes the id as `id`
  await patchbay.disconnect("polytomic", { params: { path: { connection_id: "248df4b7" } } });
  type PolytomicGet = polytomicPaths["/api/connections/{id}"]["get"];
  const waited = await patchbay.waitForConnection(
    "polytomic",
    { params: { path: { id: "248df4b7" } } },
    { timeoutMs: 60_000, intervalMs: 1_000, signal: AbortSignal.timeout(1) },
  );
  expectTypeOf(waited.raw).toEqualTypeOf<
    PolytomicGet["responses"]["200"]["content"]["application/json"]
  >();
  // @ts-expect-error an unknown wait option
  await patchbay.waitForConnection("polytomic", { params: { path: { id: "x" } } }, { every: 1 });

  // Only a vendor whose sidecar names a complete operation has completeConnection.
  // @ts-expect-error datagrid has no call after the user comes back
  await patchbay.completeConnection("datagrid", {});

  // listAllConnections: inputs typed per vendor; connections discriminated by vendor.
  const all = await patchbay.listAllConnections({
    vendors: ["datagrid", "chartbrew"],
    input: { chartbrew: { params: { path: { team_id: "42" } } } },
    concurrency: 2,
    maxPages: 3,
  });
  type Listed = (typeof all.connections)[number];
  expectTypeOf<Extract<Listed, { vendor: "datagrid" }>["raw"]>().toEqualTypeOf<
    datagrid["schemas"]["Connection"]
  >();
  for (const listing of all.vendors) if (!listing.ok) expectTypeOf(listing.error).toBeUnknown();
  await patchbay.listAllConnections({
    // @ts-expect-error chartbrew's team_id is a string
    input: { chartbrew: { params: { path: { team_id: 42 } } } },
  });
  // @ts-expect-error "myspace" is no vendor
  await patchbay.listAllConnections({ vendors: ["myspace"] });
}
void calls;
