import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import writeFileAtomic from "write-file-atomic";

/** What the last successful pull of one vendor saw; committed, so CI remembers it too. */
export interface SourceState {
  url: string;
  etag: string | null;
  lastModified: string | null;
  /** sha256 of specs/<vendor>.yaml as that pull wrote it (or found it, when the bytes matched). */
  sha256: string;
}

export type PullState = Record<string, SourceState>;

/**
 * Kept beside the tool, not in specs/: the generator, the mocks and `pnpm lint:specs` treat every
 * `specs/*.{yaml,yml,json}` as a vendor document.
 */
export const STATE_FILE = "tools/specs-pull/state.json";

export function statePath(root: string): string {
  return join(root, STATE_FILE);
}

export function readPullState(path: string): PullState {
  if (!existsSync(path)) return {};
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`${path} is not valid JSON (${(error as Error).message}); fix or delete it`);
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new Error(
      `${path} must be a JSON object of vendor → { url, etag, lastModified, sha256 }`,
    );
  }
  const state: PullState = {};
  for (const [vendor, entry] of Object.entries(value as Record<string, unknown>)) {
    const record = entry as Partial<SourceState> | null;
    if (record && typeof record.url === "string" && typeof record.sha256 === "string") {
      state[vendor] = {
        url: record.url,
        etag: typeof record.etag === "string" ? record.etag : null,
        lastModified: typeof record.lastModified === "string" ? record.lastModified : null,
        sha256: record.sha256,
      };
    }
  }
  return state;
}

/** Vendors sorted, fixed key order, no timestamps: an unchanged state is unchanged bytes. */
export function renderPullState(state: PullState): string {
  const sorted: PullState = {};
  for (const vendor of Object.keys(state).sort()) {
    const { url, etag, lastModified, sha256 } = state[vendor] as SourceState;
    sorted[vendor] = { url, etag, lastModified, sha256 };
  }
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

/** Writes the state only when its bytes change (and never creates an empty one). */
export function writePullState(path: string, state: PullState): boolean {
  const text = renderPullState(state);
  if (!existsSync(path) && Object.keys(state).length === 0) return false;
  if (existsSync(path) && readFileSync(path, "utf8") === text) return false;
  mkdirSync(dirname(path), { recursive: true });
  writeFileAtomic.sync(path, text);
  return true;
}
