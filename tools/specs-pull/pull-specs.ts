import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Json } from "@patchbay/common/json";
import { parseDocumentBytes } from "@patchbay/openapi/load-document";
import { loadSidecar } from "@patchbay/openapi/sidecar";
import { type VendorDocument, vendorDocumentOf } from "@patchbay/openapi/vendor-document";
import { listDocuments, sidecarFileOf, vendorOfDocument } from "@patchbay/openapi/vendor-documents";
import { type Classification, classify } from "@patchbay/spec-changes/classify";
import writeFileAtomic from "write-file-atomic";
import { checkPulledDocument, extensionOf, isJson } from "./check-document.ts";
import { fetchDocument, PullRefused } from "./fetch-document.ts";
import { type PullState, readPullState, statePath, writePullState } from "./pull-state.ts";

export interface PullOptions {
  /** Repository root: specs/ is read and written there, and the state file kept under it. */
  root: string;
  /** Vendors to pull; every vendor with a document or a sidecar when empty. */
  vendors?: string[];
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** Tests only: see FetchDocumentOptions.fetch. */
  fetch?: typeof globalThis.fetch;
}

export const PULL_DEFAULTS = {
  timeoutMs: 30_000,
  /** 16 MiB: over four times the largest document a vendor publishes here (Airbyte's, 3.3 MB). */
  maxBytes: 16 * 1024 * 1024,
  maxRedirects: 5,
} as const;

export type PullOutcome =
  | { vendor: string; source: null; result: "no-source" }
  | { vendor: string; source: string; result: "unchanged"; why: "not-modified" | "same-bytes" }
  | {
      vendor: string;
      source: string;
      result: "updated";
      /** Repository-relative path of the written document. */
      file: string;
      /** The vendor had no document before this pull (so no package yet). */
      newDocument: boolean;
      /** Against the document it replaced; null for a vendor's first document. */
      classification: Classification | null;
      /** Set when classify itself failed: the update stands, the level is unknown. */
      classifyError?: string;
    }
  | { vendor: string; source: string | null; result: "refused"; reason: string };

/**
 * Pulls every selected vendor's published document (concurrently), writes the ones that changed
 * and validate, and remembers ETag / Last-Modified for next time. A refused vendor changes nothing;
 * the others are unaffected by it. Throws only for a usage error (an unknown vendor).
 */
export async function pullSpecs(options: PullOptions): Promise<PullOutcome[]> {
  const specsDir = join(options.root, "specs");
  const known = knownVendors(options.root);
  const wanted = options.vendors?.length ? options.vendors : [...known.keys()];
  const unknown = wanted.filter((vendor) => !known.has(vendor));
  if (unknown.length > 0) {
    throw new Error(
      `No document or sidecar in specs/ for ${unknown.join(", ")} (known: ${[...known.keys()].join(", ")})`,
    );
  }
  const path = statePath(options.root);
  const state = readPullState(path);
  const nextState: PullState = { ...state };
  const outcomes = await Promise.all(
    [...new Set(wanted)].sort().map((vendor) =>
      pullVendor(vendor, known.get(vendor) ?? null, specsDir, state, options).then((pulled) => {
        if (pulled.state) nextState[vendor] = pulled.state;
        return pulled.outcome;
      }),
    ),
  );
  writePullState(path, nextState);
  return outcomes;
}

/** Vendor → its current document (repository-relative) or null when only a sidecar exists. */
function knownVendors(root: string): Map<string, string | null> {
  const vendors = new Map<string, string | null>();
  for (const file of readdirSync(join(root, "specs")).sort()) {
    const sidecar = /^(.+)\.patchbay\.yaml$/.exec(file);
    if (sidecar?.[1]) vendors.set(sidecar[1], null);
  }
  for (const file of listDocuments(root)) vendors.set(vendorOfDocument(file) as string, file);
  return new Map([...vendors].sort(([a], [b]) => a.localeCompare(b)));
}

interface PulledVendor {
  outcome: PullOutcome;
  state?: PullState[string];
}

async function pullVendor(
  vendor: string,
  currentFile: string | null,
  specsDir: string,
  state: PullState,
  options: PullOptions,
): Promise<PulledVendor> {
  let source: string | null = null;
  try {
    source =
      loadSidecar(join(specsDir, `${vendor}.patchbay.yaml`), sidecarFileOf(vendor)).source ?? null;
    if (source === null) return { outcome: { vendor, source: null, result: "no-source" } };
    const currentBytes = currentFile ? readFileSync(join(options.root, currentFile)) : undefined;
    const currentSha = currentBytes ? sha256(currentBytes) : undefined;
    // Validators only count while the file is what that pull wrote: a hand edit since then means
    // the whole document is fetched again and compared.
    const remembered = state[vendor];
    const validators =
      remembered && remembered.url === source && remembered.sha256 === currentSha
        ? remembered
        : undefined;

    const fetched = await fetchDocument(source, {
      etag: validators?.etag,
      lastModified: validators?.lastModified,
      timeoutMs: options.timeoutMs ?? PULL_DEFAULTS.timeoutMs,
      maxBytes: options.maxBytes ?? PULL_DEFAULTS.maxBytes,
      maxRedirects: options.maxRedirects ?? PULL_DEFAULTS.maxRedirects,
      fetch: options.fetch,
    });
    if (fetched.status === "not-modified") {
      return { outcome: { vendor, source, result: "unchanged", why: "not-modified" } };
    }
    // The vendor's bytes, as published: never re-serialized, so their words stay whole.
    const { bytes } = fetched;
    const nextState = {
      url: source,
      etag: fetched.etag,
      lastModified: fetched.lastModified,
      sha256: sha256(bytes),
    };
    if (currentBytes?.equals(bytes)) {
      return {
        outcome: { vendor, source, result: "unchanged", why: "same-bytes" },
        state: nextState,
      };
    }
    // The vendor's existing file, whatever its extension; a first one's from the answer.
    const file =
      currentFile ??
      `specs/${vendor}${extensionOf({ contentType: fetched.contentType, urls: [fetched.url, source], bytes })}`;
    let pulled: VendorDocument;
    try {
      pulled = await checkPulledDocument(options.root, file, bytes, fetched.url);
    } catch (error) {
      throw new PullRefused(
        `invalid: ${(error as Error).message.split("\n").slice(0, 3).join("; ")}`,
      );
    }
    if (file.endsWith(".json") && !isJson(bytes)) {
      throw new PullRefused(
        `${file} holds JSON, and ${fetched.url} answered a document that is not JSON; rename the file to specs/${vendor}.yaml to take it`,
      );
    }
    const { classification, classifyError } = await classifyAgainst(
      options.root,
      currentBytes,
      file,
      pulled.document,
    );
    // beside the target, then renamed over it: a reader sees the old file or the new one
    writeFileAtomic.sync(join(options.root, file), bytes);
    return {
      outcome: {
        vendor,
        source,
        result: "updated",
        file,
        newDocument: currentBytes === undefined,
        classification,
        classifyError,
      },
      state: nextState,
    };
  } catch (error) {
    const reason = error instanceof PullRefused ? error.reason : (error as Error).message;
    return { outcome: { vendor, source, result: "refused", reason } };
  }
}

/** Both sides as the generator reads them (overlay applied), as `spec:changes` classifies them. */
async function classifyAgainst(
  root: string,
  currentBytes: Buffer | undefined,
  file: string,
  after: Json,
): Promise<{ classification: Classification | null; classifyError?: string }> {
  if (!currentBytes) return { classification: null };
  try {
    const before = await vendorDocumentOf(root, file, parseDocumentBytes(currentBytes, file));
    return { classification: classify(before.document, after) };
  } catch (error) {
    return { classification: null, classifyError: (error as Error).message.split("\n")[0] };
  }
}

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
