import { join } from "node:path";

/** The bench package's directory. */
export const benchDir = join(import.meta.dirname, "..");
/** The repository root. */
export const repositoryRoot = join(benchDir, "..");
/** Committed results. */
export const resultsDir = join(benchDir, "results");
/** Scratch space (gitignored): generated documents, transpiled child scripts. */
export const tmpDir = join(resultsDir, "tmp");
