import type { Json } from "@patchbay/common/json";
import { exampleCall, type OperationExample } from "@patchbay/openapi/examples";
import type { ConnectionsModel } from "./connections-model.ts";

export type ConnectionRole = "create" | "get" | "list" | "delete" | "complete" | "prepare";

/**
 * Each connection operation's call built from the document's examples, with placeholders where
 * it has none: the CLI's help shows them (`patchbay get <vendor> --path …`).
 */
export function connectionExampleCalls(
  doc: Json,
  connections: ConnectionsModel,
): Partial<Record<ConnectionRole, OperationExample>> {
  const roles: ConnectionRole[] = ["create", "get", "list", "delete", "complete", "prepare"];
  return Object.fromEntries(
    roles.flatMap((role) => {
      const ref = connections[role];
      if (!ref) return [];
      const pathItem = (doc.paths as Json)[ref.path] as Json;
      const operation = pathItem[ref.method.toLowerCase()] as Json;
      return [[role, exampleCall(doc, pathItem, operation, { placeholders: true })]];
    }),
  );
}
