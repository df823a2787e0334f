import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDocumentBytes } from "@patchbay/openapi/load-document";
import { loadSidecar } from "@patchbay/openapi/sidecar";
import { listDocuments, sidecarFileOf, vendorOfDocument } from "@patchbay/openapi/vendor-documents";
import { type Classification, classify } from "@patchbay/spec-changes/classify";
import writeFileAtomic from "write-file-atomic";
import { fetchDocument, PullRefused } from "./fetch-document.ts";
import { type PullState, readPullState, statePath, writePullState } from "./pull-state.ts";
import { renderPulledDocument } from "./render-document.ts";

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
  maxBytes: 10 * 1024 * 1024,
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
    if (currentFile?.endsWith(".json")) {
      throw new PullRefused(`${currentFile} is JSON; rename it to specs/${vendor}.yaml to pull`);
    }
    const file = currentFile ?? `specs/${vendor}.yaml`;
    const target = join(options.root, file);
    const currentBytes = existsSync(target) ? readFileSync(target) : undefined;
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
    let rendered: Awaited<ReturnType<typeof renderPulledDocument>>;
    try {
      rendered = await renderPulledDocument(fetched.bytes, fetched.url, specsDir);
    } catch (error) {
      throw new PullRefused(
        `invalid: ${(error as Error).message.split("\n").slice(0, 3).join("; ")}`,
      );
    }
    const bytes = Buffer.from(rendered.text);
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
    const { classification, classifyError } = classifyAgainst(
      currentBytes,
      file,
      rendered.document,
    );
    // beside the target, then renamed over it: a reader sees the old file or the new one
    writeFileAtomic.sync(target, bytes);
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

function classifyAgainst(
  currentBytes: Buffer | undefined,
  file: string,
  after: Record<string, unknown>,
): { classification: Classification | null; classifyError?: string } {
  if (!currentBytes) return { classification: null };
  try {
    const before = parseDocumentBytes(currentBytes, file).document;
    return { classification: classify(before, after) };
  } catch (error) {
    return { classification: null, classifyError: (error as Error).message.split("\n")[0] };
  }
}

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
