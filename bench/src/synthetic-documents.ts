import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { repositoryRoot } from "./locations.ts";
import { vendors } from "./subjects.ts";

export interface DocumentSet {
  /** A repository root for `generate({ root })`: a `specs/` folder and nothing else. */
  root: string;
  documents: number;
  /** Bytes of all the documents (sidecars not counted). */
  totalBytes: number;
}

const realSpecs = join(repositoryRoot, "specs");

function freshRoot(root: string): string {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, "specs"), { recursive: true });
  return join(root, "specs");
}

/** The five vendor documents and their sidecars, as they are in specs/. */
export function vendorDocuments(root: string): DocumentSet {
  const specs = freshRoot(root);
  let totalBytes = 0;
  for (const vendor of vendors) {
    copyFileSync(join(realSpecs, `${vendor}.yaml`), join(specs, `${vendor}.yaml`));
    copyFileSync(
      join(realSpecs, `${vendor}.patchbay.yaml`),
      join(specs, `${vendor}.patchbay.yaml`),
    );
    totalBytes += statSync(join(specs, `${vendor}.yaml`)).size;
  }
  return { root, documents: vendors.length, totalBytes };
}

/**
 * `count` documents `synthetic-001.yaml`..., made from a template: the five vendor documents in
 * turn, each under a new name with its own title, and its sidecar with its own env prefix.
 */
export function syntheticDocuments(root: string, count: number): DocumentSet {
  const specs = freshRoot(root);
  let totalBytes = 0;
  for (let index = 1; index <= count; index++) {
    const template = vendors[(index - 1) % vendors.length] as string;
    const name = `synthetic-${String(index).padStart(3, "0")}`;
    const document = readFileSync(join(realSpecs, `${template}.yaml`), "utf8").replace(
      /^( {2}title: )(.*)$/m,
      `$1$2 (synthetic copy ${index})`,
    );
    // The template's env prefix (DATAGRID, DATAGRID_API_KEY, ...) becomes the copy's own.
    const sidecar = readFileSync(join(realSpecs, `${template}.patchbay.yaml`), "utf8").replaceAll(
      template.toUpperCase(),
      `SYNTHETIC_${index}`,
    );
    writeFileSync(join(specs, `${name}.yaml`), document);
    writeFileSync(join(specs, `${name}.patchbay.yaml`), sidecar);
    totalBytes += Buffer.byteLength(document);
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
