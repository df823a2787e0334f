import { resolve } from "node:path";
import { exampleCall } from "./examples.ts";
import { loadVendorDocument } from "./vendor-document.ts";
import { listDocuments, vendorOfDocument } from "./vendor-documents.ts";

type Json = Record<string, unknown>;
const repositoryRoot = resolve(import.meta.dirname, "../..");

/** The input openapi-fetch takes for one operation: `params`, and `body` where it has one. */
export interface OperationInput {
  params: Json;
  body?: unknown;
}

/**
 * `{ params, body }` for `method path` of a vendor's document (its overlay applied), from the
 * document's own examples; fails naming the operation and what has no example.
 */
export async function operationExample(
  vendor: string,
  { method, path }: { method: string; path: string },
  root = repositoryRoot,
): Promise<OperationInput> {
  const file = listDocuments(root).find((name) => vendorOfDocument(name) === vendor);
  if (!file) throw new Error(`No document in specs/ for ${vendor}`);
  const { document } = await loadVendorDocument(root, file);
  const pathItem = (document.paths as Record<string, Json> | undefined)?.[path];
  const operation = pathItem?.[method.toLowerCase()] as Json | undefined;
  if (!pathItem || !operation) throw new Error(`${file} has no operation ${method} ${path}`);
  const { params, body, missing } = exampleCall(document, pathItem, operation);
  if (missing.length > 0) {
    throw new Error(`${file}: ${method.toUpperCase()} ${path} has no example for ${missing.join(", ")}`);
  }
  return body === undefined ? { params } : { params, body };
}
