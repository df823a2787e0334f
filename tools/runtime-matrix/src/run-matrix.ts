// The runtime matrix: the packed packages installed once, Prism and the stub started in this
// process, then the same program on every runtime at once (they mostly wait: a 1 s Retry-After).
import { rmSync } from "node:fs";
import { join } from "node:path";
import { type MockServers, startMocks } from "@patchbay/mocks/start-mocks";
import { type ConsumerProject, installConsumerProject } from "./consumer-install.ts";
import { type CheckResults, runtimes } from "./runtimes.ts";
import { type StubServer, startStub } from "./stub-server.ts";

export const workspaceRoot = join(import.meta.dirname, "..", "..", "..");

export interface RuntimeRow {
  runtime: string;
  version: string;
  seconds: number;
  checks: CheckResults;
  /** Checks the runtime cannot have, and why. */
  lacks?: Record<string, string>;
  /** Why the program gave no result at all (it crashed, or could not be bundled): every cell fails. */
  failure?: string;
}

export interface MatrixResult {
  rows: RuntimeRow[];
  /** How the packages got into the project, and how long the steps took. */
  installed: string;
  seconds: { pack: number; install: number; runtimes: number; total: number };
  projectDir: string;
}

/** A key that is recognisable if it leaks, never a real one. */
const apiKey = "pb-matrix-key-7c0ffee5ecret";

export interface MatrixOptions {
  root?: string;
  /** Keep the consumer project (its path is in the result) for a look afterwards. */
  keep?: boolean;
}

export async function runMatrix(options: MatrixOptions = {}): Promise<MatrixResult> {
  const root = options.root ?? workspaceRoot;
  const started = performance.now();
  const project: ConsumerProject = await installConsumerProject(root);
  let mocks: MockServers | undefined;
  let stub: StubServer | undefined;
  try {
    mocks = await startMocks({ root, vendors: ["datagrid"] });
    stub = await startStub(apiKey);
    const prismUrl = mocks.urls.datagrid as string;
    const stubUrl = stub.url;
    const runtimesStarted = performance.now();
    const rows = await Promise.all(
      runtimes().map(async (runtime): Promise<RuntimeRow> => {
        const begun = performance.now();
        const config = {
          prismUrl,
          stubUrl,
          apiKey,
          runId: runtime.name.replace(/\W+/g, "-").toLowerCase(),
        };
        const row = {
          runtime: runtime.name,
          version: runtime.version,
          lacks: runtime.lacks,
          checks: {},
        };
        try {
          const checks = await runtime.run(project.dir, config);
          return { ...row, checks, seconds: (performance.now() - begun) / 1000 };
        } catch (error) {
          const failure = (error as Error).message.replaceAll(apiKey, "[the key]");
          return { ...row, failure, seconds: (performance.now() - begun) / 1000 };
        }
      }),
    );
    const now = performance.now();
    return {
      rows,
      installed: project.installed,
      seconds: {
        ...project.seconds,
        runtimes: (now - runtimesStarted) / 1000,
        total: (now - started) / 1000,
      },
      projectDir: project.dir,
    };
  } finally {
    await Promise.all([mocks?.close(), stub?.close()]);
    if (!options.keep) rmSync(project.dir, { recursive: true, force: true });
  }
}
