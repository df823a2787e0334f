import type { Json } from "@patchbay/common/json";
import { exampleCall } from "@patchbay/openapi/examples";
import { pathTemplateNames } from "@patchbay/openapi/operations";
import { synthesize } from "@patchbay/openapi/synthesize";
import { loadVendorDocument } from "@patchbay/openapi/vendor-document";

export interface OperationRef {
  method: string;
  path: string;
}

export interface ExampleInput {
  params: { path?: Json; query?: Json; header?: Json };
  body?: unknown;
}

/**
 * `{ params, body }` for each of the vendor's connection operations (the ones its sidecar
 * names), from the examples of its document with patchbay's overlay; one load per document.
 */
export async function exampleInputs<Role extends string>(
  root: string,
  file: string,
  operations: Partial<Record<Role, OperationRef>>,
): Promise<Partial<Record<Role, ExampleInput>>> {
  const { document } = await loadVendorDocument(root, file);
  const inputs: Partial<Record<Role, ExampleInput>> = {};
  for (const [role, operation] of Object.entries(operations) as [
    Role,
    OperationRef | undefined,
  ][]) {
    if (!operation) continue;
    const pathItem = (document.paths as Record<string, Json>)[operation.path] as Json;
    // where the document gives no example, the value the contract suite synthesizes from the schema
    const { params, body, missing } = exampleCall(
      document,
      pathItem,
      pathItem[operation.method] as Json,
      { synthesize: (schema) => synthesize(document, schema, "request") },
    );
    if (missing.length > 0) {
      throw new Error(
        `${file}: ${operation.method.toUpperCase()} ${operation.path} has no example for ${missing.join(", ")}`,
      );
    }
    inputs[role] = body === undefined ? { params } : { params, body };
  }
  return inputs;
}

/**
 * The get's input for the connection the create made: its example with the new id in the one path
 * parameter the create's path lacks (`/connections/{connection_id}` after `/connections`);
 * undefined where there is no such single parameter.
 */
export function withConnectionId(
  get: { operation: OperationRef; input: ExampleInput },
  create: OperationRef,
  connectionId: string,
): ExampleInput | undefined {
  const own = pathTemplateNames(get.operation.path).filter(
    (name) => !pathTemplateNames(create.path).includes(name),
  );
  const [name] = own;
  if (own.length !== 1 || name === undefined) return undefined;
  const { params } = get.input;
  return { ...get.input, params: { ...params, path: { ...params.path, [name]: connectionId } } };
}
