import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  type BaseRef,
  blobAt,
  commitOf,
  defaultBase,
  filesAt,
  readBlob,
  repositoryRoot,
  workingTreeBlob,
} from "@patchbay/common/git";
import { parseDocumentBytes } from "@patchbay/openapi/load-document";
import { vendorOfDocument } from "@patchbay/openapi/vendor-documents";
import { type Bump, bumpFor } from "./bump.ts";
import {
  changesetFileName,
  isSpecChangesetOf,
  packageNameOf,
  renderChangeset,
  renderFirstReleaseChangeset,
} from "./changeset.ts";
import {
  type Classification,
  classify,
  escalateWithTypeCheck,
  type TypeCheck,
} from "./classify.ts";

/** The version the generator gives a new package (tools/generator); the first release publishes it as is. */
const GENERATED_INITIAL_VERSION = "0.1.0";
const CHANGESET_DIR = ".changeset";

export interface SpecChangesOptions {
  /** Any directory inside the repository. */
  cwd: string;
  /** Diff every vendor from this ref instead of its default base (see defaultBase). */
  base?: string;
  /** Only these vendors (file stems of specs/*.yaml); default: every document here or at the base. */
  vendors?: readonly string[];
  /** Report, but write and remove nothing. */
  dryRun?: boolean;
  /** The type-level check; without it, bumps come from the spec diff alone. */
  typeCheck?: TypeCheck;
}

export type VendorStatus =
  | "written"
  | "already-written"
  | "would-write"
  | "unchanged"
  | "no-api-change"
  | "new-package"
  | "deleted"
  | "failed";

export interface VendorResult {
  vendor: string;
  status: VendorStatus;
  base: BaseRef | undefined;
  classification?: Classification;
  bump?: Bump;
  /** Repository-relative path of the changeset written or found. */
  changeset?: string;
  /** Earlier spec changesets of this vendor replaced by this run (repository-relative). */
  removed: string[];
  /** What the type check said, when one ran. */
  typeCheck?: "ok" | "failed";
  /** One line for a person, e.g. `datagrid: breaking → minor (0.x policy) .changeset/spec-datagrid-1a2b3c4.md`. */
  line: string;
  /** Anything else worth saying (sidecar changed, how to retire a package). */
  notes: string[];
}

export async function runSpecChanges(options: SpecChangesOptions): Promise<VendorResult[]> {
  const root = repositoryRoot(options.cwd);
  if (options.base !== undefined && !commitOf(root, options.base)) {
    throw new Error(`--base ${options.base}: no such commit, branch or tag`);
  }
  const vendors = options.vendors?.length ? [...options.vendors] : listVendors(root, options.base);
  const results: VendorResult[] = [];
  for (const vendor of vendors) {
    const base: BaseRef | undefined =
      options.base !== undefined
        ? { ref: options.base, reason: "--base" }
        : defaultBase(root, vendor);
    try {
      results.push(await runVendor(root, vendor, base, options));
    } catch (error) {
      results.push({
        vendor,
        status: "failed",
        base,
        removed: [],
        line: `${vendor}: failed: ${(error as Error).message}`,
        notes: [],
      });
    }
  }
  return results;
}

async function runVendor(
  root: string,
  vendor: string,
  base: BaseRef | undefined,
  options: SpecChangesOptions,
): Promise<VendorResult> {
  const specFile = `specs/${vendor}.yaml`;
  const baseBlob = base ? blobAt(root, base.ref, specFile) : undefined;
  const headBlob = existsSync(join(root, specFile)) ? workingTreeBlob(root, specFile) : undefined;
  const result = (
    fields: Omit<VendorResult, "vendor" | "base" | "removed" | "notes"> & Partial<VendorResult>,
  ) => ({
    vendor,
    base,
    removed: [],
    notes: sidecarNotes(root, vendor, base),
    ...fields,
  });
  const since = base ? `since ${base.ref}` : "(no base commit)";

  if (headBlob === undefined && baseBlob === undefined) {
    throw new Error(`no ${specFile}, here or at ${base?.ref ?? "the base"}`);
  }
  if (headBlob === undefined) {
    return result({
      status: "deleted",
      line: `${vendor}: ${specFile} deleted ${since}; no changeset written`,
      notes: [
        `${packageNameOf(vendor)} is no longer generated: remove packages/${vendor} and retire the published package with \`npm deprecate\` (docs/releasing.md)`,
      ],
    });
  }
  if (baseBlob === undefined)
    return newDocument(root, vendor, specFile, headBlob, since, options, result);

  const changesetsToReplace = (keep: string | undefined) =>
    staleChangesets(root, vendor, base, keep);
  if (baseBlob === headBlob) {
    const removed = removeChangesets(root, changesetsToReplace(undefined), options.dryRun);
    return result({ status: "unchanged", removed, line: `${vendor}: unchanged ${since}` });
  }

  const before = parseSpec(readBlob(root, baseBlob), `${specFile} at ${base?.ref}`);
  const after = parseSpec(readFileSync(join(root, specFile)), specFile);
  let classification = classify(before, after);
  let typeCheck: VendorResult["typeCheck"];
  if (
    options.typeCheck &&
    (classification.level === "additive" || classification.level === "docs-only")
  ) {
    const outcome = await options.typeCheck(vendor);
    typeCheck = outcome.ok ? "ok" : "failed";
    classification = escalateWithTypeCheck(classification, outcome);
  }
  const level = classification.level;
  if (level === "none") {
    const removed = removeChangesets(root, changesetsToReplace(undefined), options.dryRun);
    return result({
      status: "no-api-change",
      classification,
      removed,
      line: `${vendor}: changed ${since}, but nothing a client user can see (formatting, key order); no changeset`,
    });
  }

  const bump = bumpFor(level, packageVersion(root, vendor) ?? GENERATED_INITIAL_VERSION);
  const fileName = changesetFileName(vendor, baseBlob, headBlob);
  const changeset = `${CHANGESET_DIR}/${fileName}`;
  const escalated = typeCheck === "failed" ? " (escalated by the type check)" : "";
  const verdict = `${vendor}: ${level}${escalated} → ${bump.releaseType} (${bump.policy}) ${changeset}`;
  if (existsSync(join(root, changeset))) {
    return result({
      status: "already-written",
      classification,
      bump,
      changeset,
      typeCheck,
      line: `${verdict} (already written)`,
    });
  }
  const removed = removeChangesets(root, changesetsToReplace(fileName), options.dryRun);
  if (options.dryRun) {
    return result({
      status: "would-write",
      classification,
      bump,
      changeset,
      typeCheck,
      removed,
      line: `${verdict} (dry run: not written)`,
    });
  }
  writeChangeset(
    root,
    changeset,
    renderChangeset({ vendor, specFile, releaseType: bump.releaseType, classification }),
  );
  return result({
    status: "written",
    classification,
    bump,
    changeset,
    typeCheck,
    removed,
    line: verdict,
  });
}

function newDocument(
  root: string,
  vendor: string,
  specFile: string,
  headBlob: string,
  since: string,
  options: SpecChangesOptions,
  result: (
    fields: Omit<VendorResult, "vendor" | "base" | "removed" | "notes"> & Partial<VendorResult>,
  ) => VendorResult,
): VendorResult {
  const version = packageVersion(root, vendor) ?? GENERATED_INITIAL_VERSION;
  if (version !== "0.0.0") {
    // `changeset publish` publishes every version not yet on npm: the first release needs no
    // changeset, and one would bump the package past its initial version.
    return result({
      status: "new-package",
      line: `${vendor}: new document ${since} → new package ${packageNameOf(vendor)}, first released at ${version}; no changeset`,
    });
  }
  const fileName = changesetFileName(vendor, "", headBlob);
  const changeset = `${CHANGESET_DIR}/${fileName}`;
  const bump: Bump = { releaseType: "minor", policy: "0.x policy" };
  const line = `${vendor}: new document ${since} → first release, minor (0.0.0 → 0.1.0) ${changeset}`;
  if (existsSync(join(root, changeset)))
    return result({
      status: "already-written",
      bump,
      changeset,
      line: `${line} (already written)`,
    });
  if (options.dryRun)
    return result({
      status: "would-write",
      bump,
      changeset,
      line: `${line} (dry run: not written)`,
    });
  const document = parseSpec(readFileSync(join(root, specFile)), specFile);
  writeChangeset(
    root,
    changeset,
    renderFirstReleaseChangeset(vendor, specFile, countOperations(document)),
  );
  return result({ status: "written", bump, changeset, line });
}

/** Vendors: those with a document in specs/ (the generator's rule) here and at the base. */
function listVendors(root: string, base: string | undefined): string[] {
  const stems = (names: readonly string[]) => names.flatMap((name) => vendorOfDocument(name) ?? []);
  const here = existsSync(join(root, "specs")) ? stems(readdirSync(join(root, "specs"))) : [];
  const baseRef = base ?? defaultBase(root)?.ref;
  const there = baseRef ? stems(filesAt(root, baseRef, "specs")) : [];
  return [...new Set([...here, ...there])].sort();
}

/**
 * This vendor's spec changesets that a new one replaces: those not yet in the base's tree were
 * written for changes since the base, which the new diff (from the same base) covers whole.
 */
function staleChangesets(
  root: string,
  vendor: string,
  base: BaseRef | undefined,
  keep: string | undefined,
): string[] {
  const directory = join(root, CHANGESET_DIR);
  if (!existsSync(directory)) return [];
  const atBase = new Set(base ? filesAt(root, base.ref, CHANGESET_DIR) : []);
  return readdirSync(directory)
    .filter((name) => isSpecChangesetOf(vendor, name) && name !== keep && !atBase.has(name))
    .map((name) => `${CHANGESET_DIR}/${name}`);
}

function removeChangesets(root: string, files: string[], dryRun: boolean | undefined): string[] {
  if (!dryRun) for (const file of files) rmSync(join(root, file));
  return files;
}

function writeChangeset(root: string, file: string, text: string): void {
  mkdirSync(join(root, CHANGESET_DIR), { recursive: true });
  writeFileSync(join(root, file), text, { flag: "wx" });
}

function packageVersion(root: string, vendor: string): string | undefined {
  const file = join(root, "packages", vendor, "package.json");
  if (!existsSync(file)) return undefined;
  const version = (JSON.parse(readFileSync(file, "utf8")) as { version?: unknown }).version;
  return typeof version === "string" ? version : undefined;
}

function sidecarNotes(root: string, vendor: string, base: BaseRef | undefined): string[] {
  const sidecar = `specs/${vendor}.patchbay.yaml`;
  const here = existsSync(join(root, sidecar)) ? workingTreeBlob(root, sidecar) : undefined;
  const there = base ? blobAt(root, base.ref, sidecar) : undefined;
  if (here === there || here === undefined || there === undefined) return [];
  return [
    `${sidecar} changed too; it is not classified: if the client's options or README changed, add a changeset by hand (pnpm changeset)`,
  ];
}

/** The generator's own safe reader: the same limits (alias bombs, size) and `file:line` errors. */
const parseSpec = (bytes: Buffer, label: string): unknown =>
  parseDocumentBytes(bytes, label).document;

function countOperations(document: unknown): number {
  const paths =
    (document as { paths?: Record<string, Record<string, unknown>> } | null)?.paths ?? {};
  const methods = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);
  return Object.values(paths).reduce(
    (count, item) => count + Object.keys(item ?? {}).filter((key) => methods.has(key)).length,
    0,
  );
}
