import {
  type DisconnectInput,
  type GetConnectionInput,
  type ListConnectionsInput,
  registry,
  type VendorName,
  type VendorsWith,
  vendorNames,
} from "@patchbay/connect";
import { type OperationInput, operationExample } from "@patchbay/openapi/operation-example";

/** The calls after `connect()` that a vendor's sidecar may declare. */
export type LifecycleRole = "get" | "list" | "delete";

/** Whether `vendor` offers the `role` call (`getConnection`, `listConnections`, `disconnect`). */
export const offers = <R extends LifecycleRole>(
  vendor: VendorName,
  role: R,
): vendor is VendorsWith<R> => Object.hasOwn(registry[vendor].operations, role);

type Examples = Partial<Record<LifecycleRole, OperationInput & { idParameter?: string }>>;

/**
 * Each vendor's get and delete paths end in the connection's id (`/connections/{connection_id}`,
 * `/api/connections/{id}`, `/team/{team_id}/connections/{connection_id}`): its last parameter.
 */
function idParameterOf(vendor: VendorName, path: string): string {
  const name = /\{([^}]+)\}$/.exec(path)?.[1];
  if (!name) throw new Error(`${vendor}: ${path} does not end in the connection's id parameter`);
  return name;
}

async function examplesOf(vendor: VendorName): Promise<Examples> {
  const operations = registry[vendor].operations as Record<
    string,
    { method: string; path: string }
  >;
  const examples: Examples = {};
  for (const role of ["get", "list", "delete"] as const) {
    const operation = operations[role];
    if (!operation) continue;
    const example = await operationExample(vendor, operation);
    examples[role] =
      role === "list"
        ? example
        : { ...example, idParameter: idParameterOf(vendor, operation.path) };
  }
  return examples;
}

/**
 * The input of every call but `create`, from the document's examples (the parameters a real app
 * has of its own — Chartbrew's team, Polytomic's API version header — are the example's), with
 * the connection's id put in the path. Edit this where your app knows better.
 */
const examples = Object.fromEntries(
  await Promise.all(vendorNames.map(async (vendor) => [vendor, await examplesOf(vendor)])),
) as Record<VendorName, Examples>;

function withId(vendor: VendorName, role: "get" | "delete", connectionId: string | null) {
  const { idParameter, ...example } = examples[vendor][role] ?? { params: {} };
  if (connectionId === null || !idParameter) return example;
  const path = { ...(example.params.path as object), [idParameter]: connectionId };
  return { ...example, params: { ...example.params, path } };
}

/** `getConnection`'s input for one connection; without an id, the example's connection. */
export const getInput = <V extends VendorsWith<"get">>(vendor: V, connectionId: string | null) =>
  withId(vendor, "get", connectionId) as GetConnectionInput[V];

/** `listConnections`'s input: the example's (Chartbrew's team, Supermemory's container tags). */
export const listInput = <V extends VendorsWith<"list">>(vendor: V) =>
  (examples[vendor].list ?? { params: {} }) as ListConnectionsInput[V];

/** `disconnect`'s input for one connection. */
export const deleteInput = <V extends VendorsWith<"delete">>(vendor: V, connectionId: string) =>
  withId(vendor, "delete", connectionId) as DisconnectInput[V];
