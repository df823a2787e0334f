import { join, resolve } from "node:path";
import type { Json } from "@patchbay/common/json";
import { exampleCall } from "./examples.ts";
import { findOperation, operationsByName } from "./operation-names.ts";
import { loadSidecar } from "./sidecar.ts";
import { synthesize } from "./synthesize.ts";
import { loadVendorDocument } from "./vendor-document.ts";
import { listDocuments, sidecarFileOf, vendorOfDocument } from "./vendor-documents.ts";

const repositoryRoot = resolve(import.meta.dirname, "../..");

/** The input openapi-fetch takes for one operation: `params`, and `body` where it has one. */
export interface OperationInput {
  params: Json;
  body?: unknown;
}

/** An operation of a document: its lower-case method and its `paths` key. */
export interface OperationRef {
  method: string;
  path: string;
}

async function vendorDocument(vendor: string, root: string) {
  const file = listDocuments(root).find((name) => vendorOfDocument(name) === vendor);
  if (!file) throw new Error(`No document in specs/ for ${vendor}`);
  return loadVendorDocument(root, file);
}

function exampleOf(document: Json, file: string, { method, path }: OperationRef): OperationInput {
  const pathItem = (document.paths as Record<string, Json> | undefined)?.[path];
  const operation = pathItem?.[method.toLowerCase()] as Json | undefined;
  if (!pathItem || !operation) throw new Error(`${file} has no operation ${method} ${path}`);
  // where the document gives no example, the value the contract suite synthesizes from the schema
  const { params, body, missing } = exampleCall(document, pathItem, operation, {
    synthesize: (schema) => synthesize(document, schema, "request"),
  });
  if (missing.length > 0) {
    throw new Error(
      `${file}: ${method.toUpperCase()} ${path} has no example for ${missing.join(", ")}`,
    );
  }
  return body === undefined ? { params } : { params, body };
}

/**
 * `{ params, body }` for `method path` of a vendor's document (its overlay applied), from the
 * document's own examples; fails naming the operation and what has no example.
 */
export async function operationExample(
  vendor: string,
  operation: OperationRef,
  root = repositoryRoot,
): Promise<OperationInput> {
  const { document, file } = await vendorDocument(vendor, root);
  return exampleOf(document, file, operation);
}

/** The 4xx statuses `method path` of a vendor's document (overlay applied) declares, in order. */
export async function documentedClientErrors(
  vendor: string,
  { method, path }: OperationRef,
  root = repositoryRoot,
): Promise<number[]> {
  const { document } = await vendorDocument(vendor, root);
  const operation = (document.paths as Record<string, Json> | undefined)?.[path]?.[
    method.toLowerCase()
  ] as Json | undefined;
  const responses = (operation?.responses ?? {}) as Record<string, unknown>;
  return Object.keys(responses)
    .filter((status) => /^4\d\d$/.test(status))
    .map(Number);
}

/**
 * The create-connection operation the vendor's sidecar declares (`connections.create`, an
 * operationId or `METHOD /path`), with its example input; undefined when the sidecar declares none.
 */
export async function createConnectionExample(
  vendor: string,
  root = repositoryRoot,
): Promise<(OperationRef & { input: OperationInput }) | undefined> {
  const sidecarFile = sidecarFileOf(vendor);
  const name = loadSidecar(join(root, sidecarFile), sidecarFile).connections?.create;
  if (name === undefined) return undefined;
  const { document, file } = await vendorDocument(vendor, root);
  const named = findOperation(operationsByName(document), name);
  if ("problem" in named) throw new Error(`${sidecarFile}: ${file} ${named.problem}`);
  const found: OperationRef = { method: named.method, path: named.path };
  return { ...found, input: exampleOf(document, file, found) };
}
