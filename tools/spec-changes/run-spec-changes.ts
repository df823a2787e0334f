import { existsSync, readdirSync, readFileSync } from "node:fs";
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
import { applyOverlay } from "@patchbay/openapi/overlay";
import { overlayFileOf, vendorOfDocument } from "@patchbay/openapi/vendor-documents";
import { type Bump, bumpFor } from "./bump.ts";
import {
  CHANGESET_DIR,
  changesetFileName,
  packageNameOf,
  removeChangesets,
  renderChangeset,
  renderFirstReleaseChangeset,
  staleChangesets,
  writeChangeset,
} from "./changeset.ts";
import {
  type Classification,
  classify,
  escalateWithTypeCheck,
  type TypeCheck,
} from "./classify.ts";

/** The version the generator gives a new package (tools/generator); the first release publishes it as is. */
const GENERATED_INITIAL_VERSION = "0.1.0";

export interface SpecChangesOptions {
  /** Any directory inside the repository. */
  cwd: string;
  /** Diff every vendor from this ref instead of its default base (see defaultBase). */
  base?: string;
  /** Only these vendors (file stems of specs/*.{yaml,yml,json}); default: every document here or at the base. */
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

type Fields = Omit<VendorResult, "vendor" | "base" | "removed" | "notes"> & Partial<VendorResult>;

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
      const fields = await runVendor(root, vendor, base, options);
      results.push({
        vendor,
        base,
        removed: [],
        notes: sidecarNotes(root, vendor, base),
        ...fields,
      });
    } catch (error) {
      const line = `${vendor}: failed: ${(error as Error).message}`;
      results.push({ vendor, status: "failed", base, removed: [], line, notes: [] });
    }
  }
  return results;
}

/**
 * A vendor's document on one side of the diff, as the generator reads it: the document file
 * (`specs/<vendor>.yaml`, `.yml` or `.json`) and the overlay applied to it, where there is one.
 */
interface SpecSide {
  file: string;
  /** The document's blob, and `+` the overlay's where there is one: equal keys, same API. */
  key: string;
  read: () => Promise<unknown>;
}

function specSide(
  vendor: string,
  files: readonly string[],
  git: {
    blobOf: (file: string) => string | undefined;
    bytesOf: (file: string, blob: string) => Buffer;
    label: (file: string) => string;
  },
): SpecSide | undefined {
  const { blobOf, bytesOf, label } = git;
  const file = files.find((name) => vendorOfDocument(name) === vendor);
  const documentBlob = file && blobOf(file);
  if (!file || !documentBlob) return undefined;
  const overlayFile = overlayFileOf(vendor);
  const overlayBlob = blobOf(overlayFile);
  return {
    file,
    key: overlayBlob ? `${documentBlob}+${overlayBlob}` : documentBlob,
    read: async () => {
      // The generator's own safe reader: the same limits (alias bombs, size) and `file:line` errors.
      const loaded = parseDocumentBytes(bytesOf(file, documentBlob), label(file));
      if (!overlayBlob) return loaded.document;
      const overlay = parseDocumentBytes(bytesOf(overlayFile, overlayBlob), label(overlayFile));
      return (await applyOverlay(loaded.document, overlay)).document;
    },
  };
}

async function runVendor(
  root: string,
  vendor: string,
  base: BaseRef | undefined,
  options: SpecChangesOptions,
): Promise<Fields> {
  const inSpecs = (names: readonly string[]) => names.map((name) => `specs/${name}`);
  const baseSide =
    base &&
    specSide(vendor, inSpecs(filesAt(root, base.ref, "specs")), {
      blobOf: (file) => blobAt(root, base.ref, file),
      bytesOf: (_file, blob) => readBlob(root, blob),
      label: (file) => `${file} at ${base.ref}`,
    });
  const headSide = specSide(
    vendor,
    existsSync(join(root, "specs")) ? inSpecs(readdirSync(join(root, "specs")).sort()) : [],
    {
      blobOf: (file) => (existsSync(join(root, file)) ? workingTreeBlob(root, file) : undefined),
      bytesOf: (file) => readFileSync(join(root, file)),
      label: (file) => file,
    },
  );
  const specFile = headSide?.file ?? baseSide?.file ?? `specs/${vendor}.yaml`;
  const baseBlob = baseSide?.key;
  const headBlob = headSide?.key;
  const since = base ? `since ${base.ref}` : "(no base commit)";
  const readHead = async () => (headSide as SpecSide).read();

  if (headBlob === undefined) {
    return {
      status: "deleted",
      line: `${vendor}: ${specFile} deleted ${since}; no changeset written`,
      notes: [
        `${packageNameOf(vendor)} is no longer generated: remove packages/${vendor} and retire the published package with \`npm deprecate\` (docs/releasing.md)`,
      ],
    };
  }
  const version = packageVersion(root, vendor) ?? GENERATED_INITIAL_VERSION;
  if (baseBlob === undefined) {
    if (version !== "0.0.0") {
      // `changeset publish` publishes every version not yet on npm: the first release needs no
      // changeset, and one would bump the package past its initial version.
      return {
        status: "new-package",
        line: `${vendor}: new document ${since} → new package ${packageNameOf(vendor)}, first released at ${version}; no changeset`,
      };
    }
    const changeset = `${CHANGESET_DIR}/${changesetFileName(vendor, "", headBlob)}`;
    const operations = countOperations(await readHead());
    const bump: Bump = { releaseType: "minor", policy: "0.x policy" };
    const line = `${vendor}: new document ${since} → first release, minor (0.0.0 → 0.1.0) ${changeset}`;
    return settle(root, options, { bump, changeset, line }, () =>
      renderFirstReleaseChangeset(vendor, specFile, operations),
    );
  }

  if (baseBlob === headBlob) {
    const removed = removeChangesets(root, staleChangesets(root, vendor, base), options.dryRun);
    return { status: "unchanged", removed, line: `${vendor}: unchanged ${since}` };
  }
  let classification = classify(await (baseSide as SpecSide).read(), await readHead());
  let typeCheck: VendorResult["typeCheck"];
  // The previous release's usage code is the final word; a breaking change is already the highest bump.
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
    const removed = removeChangesets(root, staleChangesets(root, vendor, base), options.dryRun);
    return {
      status: "no-api-change",
      classification,
      removed,
      line: `${vendor}: changed ${since}, but nothing a client user can see (formatting, key order); no changeset`,
    };
  }
  const bump = bumpFor(level, version);
  const fileName = changesetFileName(vendor, baseBlob, headBlob);
  const changeset = `${CHANGESET_DIR}/${fileName}`;
  const escalated = typeCheck === "failed" ? " (escalated by the type check)" : "";
  const line = `${vendor}: ${level}${escalated} → ${bump.releaseType} (${bump.policy}) ${changeset}`;
  const fields = { classification, bump, changeset, typeCheck, line };
  return settle(
    root,
    options,
    fields,
    () => renderChangeset({ vendor, specFile, releaseType: bump.releaseType, classification }),
    () => staleChangesets(root, vendor, base, fileName),
  );
}

/** Writes the changeset unless it is there already or this is a dry run; replaces `stale` ones. */
function settle(
  root: string,
  options: SpecChangesOptions,
  fields: Omit<Fields, "status"> & { changeset: string },
  render: () => string,
  stale: () => string[] = () => [],
): Fields {
  if (existsSync(join(root, fields.changeset))) {
    return { ...fields, status: "already-written", line: `${fields.line} (already written)` };
  }
  const removed = removeChangesets(root, stale(), options.dryRun);
  if (options.dryRun) {
    return {
      ...fields,
      status: "would-write",
      removed,
      line: `${fields.line} (dry run: not written)`,
    };
  }
  writeChangeset(root, fields.changeset, render());
  return { ...fields, status: "written", removed };
}

/** Vendors: those with a document in specs/ (the generator's rule) here and at the base. */
function listVendors(root: string, base: string | undefined): string[] {
  const stems = (names: readonly string[]) => names.flatMap((name) => vendorOfDocument(name) ?? []);
  const here = existsSync(join(root, "specs")) ? stems(readdirSync(join(root, "specs"))) : [];
  const baseRef = base ?? defaultBase(root)?.ref;
  const there = baseRef ? stems(filesAt(root, baseRef, "specs")) : [];
  return [...new Set([...here, ...there])].sort();
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

function countOperations(document: unknown): number {
  const paths =
    (document as { paths?: Record<string, Record<string, unknown>> } | null)?.paths ?? {};
  const methods = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);
  return Object.values(paths).reduce(
    (count, item) => count + Object.keys(item ?? {}).filter((key) => methods.has(key)).length,
    0,
  );
}
