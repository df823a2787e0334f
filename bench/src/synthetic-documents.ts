import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { basename, extname, join } from "node:path";
import { envPrefixOf, loadSidecar } from "@patchbay/openapi/sidecar";
import {
  listDocuments,
  overlayFileOf,
  sidecarFileOf,
  vendorOfDocument,
} from "@patchbay/openapi/vendor-documents";
import { repositoryRoot } from "./locations.ts";

export interface DocumentSet {
  /** A repository root for `generate({ root })`: a `specs/` folder and nothing else. */
  root: string;
  documents: number;
  /** Bytes of all the documents (sidecars not counted). */
  totalBytes: number;
}

const realSpecs = join(repositoryRoot, "specs");

export function freshRoot(root: string): string {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, "specs"), { recursive: true });
  return join(root, "specs");
}

/** A vendor's document in specs/, with its sidecar and overlay where there are: file names there. */
export interface VendorFiles {
  vendor: string;
  document: string;
  companions: string[];
}

/** The vendor documents in specs/ (with their sidecars and overlays) and their file names there. */
export const vendorFiles: VendorFiles[] = listDocuments(repositoryRoot).map((file) => {
  const vendor = vendorOfDocument(file) as string;
  const companions = [sidecarFileOf(vendor), overlayFileOf(vendor)].filter((companion) =>
    existsSync(join(repositoryRoot, companion)),
  );
  return { vendor, document: basename(file), companions: companions.map((c) => basename(c)) };
});

/** Copies one vendor's document, sidecar and overlay from specs/ into `specs`; the document's bytes. */
export function copyVendorFiles(specs: string, vendor: string): number {
  const found = vendorFiles.find((files) => files.vendor === vendor);
  if (!found) throw new Error(`No document in specs/ for ${vendor}`);
  for (const file of [found.document, ...found.companions]) {
    copyFileSync(join(realSpecs, file), join(specs, file));
  }
  return statSync(join(specs, found.document)).size;
}

/** The vendor documents, their sidecars and overlays, as they are in specs/. */
export function vendorDocuments(root: string): DocumentSet {
  const specs = freshRoot(root);
  let totalBytes = 0;
  for (const { vendor } of vendorFiles) totalBytes += copyVendorFiles(specs, vendor);
  return { root, documents: vendorFiles.length, totalBytes };
}

/** One vendor's document, its sidecar and overlay, alone in `<root>/specs`. */
export function oneVendorDocument(root: string, vendor: string): DocumentSet {
  const specs = freshRoot(root);
  return { root, documents: 1, totalBytes: copyVendorFiles(specs, vendor) };
}

/** A YAML document's `info.title` (plain or quoted) with ` (synthetic copy <index>)` added. */
export const retitled = (document: string, index: number): string =>
  document.replace(/^( {2}title: )(["']?)(.*?)\2[ \t]*$/m, `$1$2$3 (synthetic copy ${index})$2`);

/**
 * `template`'s document as `<name>.<ext>` in `specs`, with its own title (`(synthetic copy
 * <index>)`), and its sidecar (its own env prefix, `SYNTHETIC_<index>`) and overlay; the
 * document's bytes.
 */
export function writeSyntheticCopy(
  specs: string,
  template: VendorFiles,
  name: string,
  index: number,
): number {
  const extension = extname(template.document);
  const document = retitled(readFileSync(join(realSpecs, template.document), "utf8"), index);
  writeFileSync(join(specs, `${name}${extension}`), document);
  const sidecarFile = sidecarFileOf(template.vendor);
  // The template's env prefix (DATAGRID, DATAGRID_API_KEY, ...) becomes the copy's own.
  const prefix = envPrefixOf(
    template.vendor,
    loadSidecar(join(repositoryRoot, sidecarFile), sidecarFile),
  );
  for (const companion of template.companions) {
    const text = readFileSync(join(realSpecs, companion), "utf8");
    writeFileSync(
      join(specs, companion.replace(template.vendor, name)),
      companion.endsWith(".patchbay.yaml") ? text.replaceAll(prefix, `SYNTHETIC_${index}`) : text,
    );
  }
  return Buffer.byteLength(document);
}

/**
 * `count` documents `synthetic-001.yaml`..., made from a template: the vendor documents in turn,
 * each under a new name with its own title, with its sidecar (its own env prefix) and overlay.
 */
export function syntheticDocuments(root: string, count: number): DocumentSet {
  const specs = freshRoot(root);
  let totalBytes = 0;
  for (let index = 1; index <= count; index++) {
    const template = vendorFiles[(index - 1) % vendorFiles.length] as VendorFiles;
    const name = `synthetic-${String(index).padStart(3, "0")}`;
    totalBytes += writeSyntheticCopy(specs, template, name, index);
  }
  return { root, documents: count, totalBytes };
}

/** One large real document: GitHub's REST API description as `@octokit/openapi` ships it. */
export function githubDocument(root: string): DocumentSet & { version: string } {
  const specs = freshRoot(root);
  const source = join(
    import.meta.dirname,
    "../node_modules/@octokit/openapi/generated/api.github.com.json",
  );
  copyFileSync(source, join(specs, "github.json"));
  const version = JSON.parse(
    readFileSync(
      join(import.meta.dirname, "../node_modules/@octokit/openapi/package.json"),
      "utf8",
    ),
  ).version as string;
  return { root, documents: 1, totalBytes: statSync(source).size, version };
}
