// For the type-check tests: a vendor package generated from a (changed) copy of its document,
// in a directory under tools/.tmp/ so that it resolves this workspace's node_modules.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fixtureSpecsDir } from "@patchbay/common/temp-repo";
import { generateVendor } from "@patchbay/generator/generate-vendor";
import { parse, stringify } from "yaml";

export const repoRoot = join(import.meta.dirname, "..", "..");
const tmpBase = join(repoRoot, "tools", ".tmp");

// biome-ignore lint/suspicious/noExplicitAny: documents are edited freely in tests
export type DocumentEdit = (document: any) => void;

/** A fresh directory under tools/.tmp/ holding the fixture `specs/` and this checkout's `tsconfig.base.json`. */
export function makeScratchRoot(prefix: string): string {
  mkdirSync(tmpBase, { recursive: true });
  const root = mkdtempSync(join(tmpBase, `${prefix}-`));
  cpSync(fixtureSpecsDir, join(root, "specs"), { recursive: true });
  cpSync(join(repoRoot, "tsconfig.base.json"), join(root, "tsconfig.base.json"));
  return root;
}

export function removeScratchRoot(root: string | undefined): void {
  if (root?.startsWith(tmpBase)) rmSync(root, { recursive: true, force: true });
}

export const readDocument = (root: string, vendor: string): unknown =>
  parse(readFileSync(join(root, "specs", `${vendor}.yaml`), "utf8"));

/** Edits `specs/<vendor>.yaml` under `root`, in place. */
export function editDocument(root: string, vendor: string, edit: DocumentEdit): void {
  const document = readDocument(root, vendor);
  edit(document);
  writeFileSync(join(root, "specs", `${vendor}.yaml`), stringify(document));
}

/** `pnpm generate <vendor>` under `root`, through the generator's library entry. */
export async function generatePackage(root: string, vendor: string): Promise<void> {
  const { files } = await generateVendor(
    { root, openapiFetchRange: "^0.17.0" },
    `specs/${vendor}.yaml`,
  );
  for (const [path, text] of files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

export const usageFixtureOf = (vendor: string) =>
  readFileSync(join(fixtureSpecsDir, "..", "usage", `${vendor}.ts`), "utf8");
