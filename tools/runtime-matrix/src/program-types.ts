// What the matrix program takes and reports, shared by every runtime's runner.

/** What the program reports: each check's outcome; `ok: null` where the runtime has no such thing. */
export type CheckResults = Record<string, { ok: boolean | null; detail: string }>;

/** What the program needs: where Prism and the stub listen, the key, a name for this run. */
export interface ProgramConfig {
  prismUrl: string;
  stubUrl: string;
  apiKey: string;
  runId: string;
}
