import {
  type CompleteConnectionInput,
  type DisconnectInput,
  type GetConnectionInput,
  type ListConnectionsInput,
  type VendorName,
  type VendorsWith,
  vendorNames,
} from "@patchbay/connect";
import { registry } from "@patchbay/connect/registry";
import { type OperationInput, operationExample } from "@patchbay/openapi/operation-example";

/** The calls besides `create` that a vendor's sidecar may declare. */
export type LifecycleRole = "get" | "list" | "delete" | "complete";

/**
 * Whether `vendor` offers the `role` call (`getConnection`, `listConnections`, `disconnect`,
 * `completeConnection`).
 */
export const offers = <R extends LifecycleRole>(
  vendor: VendorName,
  role: R,
): vendor is VendorsWith<R> => Object.hasOwn(registry[vendor].operations, role);

/**
 * Where a get or delete operation names the connection: the last parameter of its path
 * (`/connections/{connection_id}`, `/team/{team_id}/connections/{connection_id}`), or, for an
 * operation whose path names none, the one field of its body (Plaid's `{ access_token }`).
 */
export interface IdSlot {
  in: "path" | "body";
  name: string;
}

type Example = OperationInput & { slot?: IdSlot };
type Examples = Partial<Record<LifecycleRole, Example>>;

/** `vendor`'s `role` operation, as its registry entry declares it. */
const operationOf = (vendor: VendorName, role: LifecycleRole) =>
  (registry[vendor].operations as Partial<Record<string, { method: string; path: string }>>)[role];

function slotOf(vendor: VendorName, role: "get" | "delete", example: OperationInput): IdSlot {
  const { method, path } = operationOf(vendor, role) ?? { method: "?", path: "?" };
  const inPath = /\{([^}]+)\}$/.exec(path)?.[1];
  if (inPath) return { in: "path", name: inPath };
  const { body } = example;
  const fields = body !== null && typeof body === "object" ? Object.keys(body) : [];
  if (fields.length === 1 && fields[0]) return { in: "body", name: fields[0] };
  throw new Error(
    `${vendor}: ${method.toUpperCase()} ${path} names the connection neither in its path's last parameter nor in its body's one field`,
  );
}

async function examplesOf(vendor: VendorName): Promise<Examples> {
  const examples: Examples = {};
  for (const role of ["get", "list", "delete", "complete"] as const) {
    const operation = operationOf(vendor, role);
    if (!operation) continue;
    const example = await operationExample(vendor, operation);
    examples[role] =
      role === "get" || role === "delete"
        ? { ...example, slot: slotOf(vendor, role, example) }
        : example;
  }
  return examples;
}

/**
 * The input of every call but `create`, from the document's examples (the parameters a real app
 * has of its own — Chartbrew's team, Polytomic's API version header, Plaid's user — are the
 * example's), with the connection put where the operation names it. Edit this where your app
 * knows better.
 */
const examples = Object.fromEntries(
  await Promise.all(vendorNames.map(async (vendor) => [vendor, await examplesOf(vendor)])),
) as Record<VendorName, Examples>;

/** Where `vendor`'s get or delete operation names the connection. */
export const idSlot = (vendor: VendorName, role: "get" | "delete"): IdSlot | undefined =>
  examples[vendor][role]?.slot;

/**
 * What the app keeps of one connection beyond its id: the fields of the complete answer that the
 * get and delete operations name a connection by (Plaid's `access_token`, which only the
 * public_token exchange returns). A real app stores them, encrypted, with the user.
 */
export type Kept = Readonly<Record<string, string>>;

/** The fields of `vendor`'s complete answer (`raw`) that its get or delete body takes. */
export function keptFrom(vendor: VendorName, raw: unknown): Kept {
  const kept: Record<string, string> = {};
  for (const role of ["get", "delete"] as const) {
    const slot = idSlot(vendor, role);
    const value =
      slot?.in === "body" && raw !== null && typeof raw === "object"
        ? (raw as Record<string, unknown>)[slot.name]
        : undefined;
    if (slot && typeof value === "string") kept[slot.name] = value;
  }
  return kept;
}

/**
 * The example's input, naming the connection: its id in the path; in the body, the value the app
 * kept for it. Without an id (the create answer gave none) or a kept value (the Items a mock lists,
 * which this app never completed), the example's connection: the mock answers its example anyway.
 */
function naming(
  vendor: VendorName,
  role: "get" | "delete",
  connectionId: string | null,
  kept: Kept = {},
) {
  const { slot, ...example } = examples[vendor][role] ?? { params: {} };
  if (!slot) return example;
  if (slot.in === "path") {
    if (connectionId === null) return example;
    const path = { ...(example.params.path as object), [slot.name]: connectionId };
    return { ...example, params: { ...example.params, path } };
  }
  const value = kept[slot.name];
  return value === undefined
    ? example
    : { ...example, body: { ...(example.body as object), [slot.name]: value } };
}

/** `getConnection`'s input for one connection; without an id, the example's connection. */
export const getInput = <V extends VendorsWith<"get">>(
  vendor: V,
  connectionId: string | null,
  kept?: Kept,
) => naming(vendor, "get", connectionId, kept) as GetConnectionInput[V];

/** `listConnections`'s input: the example's (Chartbrew's team, Plaid's user, Supermemory's tags). */
export const listInput = <V extends VendorsWith<"list">>(vendor: V) =>
  (examples[vendor].list ?? { params: {} }) as ListConnectionsInput[V];

/** `disconnect`'s input for one connection. */
export const deleteInput = <V extends VendorsWith<"delete">>(
  vendor: V,
  connectionId: string,
  kept?: Kept,
) => naming(vendor, "delete", connectionId, kept) as DisconnectInput[V];

/**
 * `completeConnection`'s input: the example's. Plaid's is the `public_token` Plaid Link hands the
 * page in a real app; Airbyte's the source's configuration with the `secret_id` its redirect brings.
 */
export const completeInput = <V extends VendorsWith<"complete">>(vendor: V) =>
  (examples[vendor].complete ?? { params: {} }) as CompleteConnectionInput[V];
