// Types of checks.mjs for the TypeScript side of the matrix (the program itself is plain JS).
export declare const checkNames: string[];
export declare function runChecks(input: {
  esm: object | Error;
  cjs: object | Error | string;
  config: { prismUrl: string; stubUrl: string; apiKey: string; runId: string };
  nodeTransport: object | Error | string;
}): Promise<Record<string, { ok: boolean | null; detail: string }>>;
