import { join, resolve } from "node:path";
import { envPrefixOf, loadSidecar } from "@patchbay/openapi/sidecar";
import { listDocuments, sidecarFileOf, vendorOfDocument } from "@patchbay/openapi/vendor-documents";

const repositoryRoot = resolve(import.meta.dirname, "../..");
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Every environment variable a vendor's client reads: `<PREFIX>_*` for each document in specs/
 * (the prefix its sidecar declares, else its name) and any header variable its sidecar names,
 * plus `PATCHBAY_LOG`.
 */
export function vendorVariablePattern(root = repositoryRoot): RegExp {
  const prefixes: string[] = [];
  const names = ["PATCHBAY_LOG"];
  for (const file of listDocuments(root)) {
    const vendor = vendorOfDocument(file) as string;
    const sidecar = loadSidecar(join(root, sidecarFileOf(vendor)), sidecarFileOf(vendor));
    prefixes.push(envPrefixOf(vendor, sidecar));
    for (const { env } of sidecar.headers ?? []) if (env) names.push(env);
  }
  const exact = names.map((name) => `^${escapeRegExp(name)}$`);
  const prefixed = prefixes.length > 0 ? [`^(?:${prefixes.map(escapeRegExp).join("|")})_`] : [];
  return new RegExp([...prefixed, ...exact].join("|"));
}
