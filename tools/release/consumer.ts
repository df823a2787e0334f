// The consumer test: a fresh npm project outside the workspace installs the packed tarballs,
// calls every vendor's create-connection operation from ESM and CommonJS against Prism mocks,
// calls connect() through the aggregator, runs an app's vitest test on @patchbay/datagrid/msw, and
// compiles a TypeScript user under node16 and bundler.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { cleanEnvironment, mustRun } from "@patchbay/common/run";
import { workLimitMs } from "@patchbay/common/work-limit";
import { startMocks } from "@patchbay/mocks/start-mocks";
import { createConnectionExample } from "@patchbay/openapi/operation-example";
import { listDocuments, vendorOfDocument } from "@patchbay/openapi/vendor-documents";
import {
  type ModuleResolution,
  renderConsumerPackageJson,
  renderConsumerTsconfig,
} from "./consumer-project.ts";
import type { PackedPackage } from "./pack-release.ts";

const fixturesDir = join(import.meta.dirname, "fixtures", "consumer");
const workspaceRoot = join(import.meta.dirname, "..", "..");

export interface ConsumerCheck {
  name: string;
  ok: boolean;
  seconds: number;
  detail: string;
}

export interface ConsumerTestOptions {
  packages: readonly PackedPackage[];
  /** Repository whose specs/ the mocks serve (the packed copy). */
  specsRoot: string;
  /** Keep the consumer project for a look afterwards. */
  keep?: boolean;
  onStep?: (step: string) => void;
}

export interface ConsumerTestResult {
  dir: string;
  checks: ConsumerCheck[];
  /** Whether connect() was exercised (only when @patchbay/connect was packed). */
  connect: boolean;
  seconds: number;
}

export async function runConsumerTest(options: ConsumerTestOptions): Promise<ConsumerTestResult> {
  const started = performance.now();
  const step = (name: string) => options.onStep?.(name);
  const dir = mkdtempSync(join(tmpdir(), "patchbay-consumer-"));
  const withConnect = options.packages.some((pkg) => pkg.name === "@patchbay/connect");
  const checks: ConsumerCheck[] = [];
  const measure = async (name: string, body: () => Promise<string>): Promise<ConsumerCheck> => {
    const begun = performance.now();
    const seconds = () => (performance.now() - begun) / 1000;
    try {
      const detail = await body();
      return { name, ok: true, seconds: seconds(), detail };
    } catch (error) {
      return { name, ok: false, seconds: seconds(), detail: (error as Error).message };
    }
  };
  const check = async (name: string, body: () => Promise<string>) => {
    checks.push(await measure(name, body));
  };

  try {
    const withMsw = writeProject(dir, options.packages, withConnect);
    const requested = await writeRequests(dir, options.packages, options.specsRoot);
    step(`npm install ${options.packages.length} tarballs + typescript in ${dir}`);
    await check("npm install (tarballs, no workspace links)", async () => {
      const result = await mustRun(
        "npm",
        ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"],
        { cwd: dir, env: cleanEnvironment(), killAfterMs: workLimitMs({ install: 1 }) },
      );
      return `${(result.elapsedMs / 1000).toFixed(1)}s; ${installedFrom(dir, options.packages)}`;
    });
    if (checks.some((entry) => !entry.ok)) return finish();

    step("Prism mocks + ESM and CommonJS callers");
    // only the vendors the callers send to (the mock of a 3 MB document takes seconds to load)
    const mocks = await startMocks({ root: options.specsRoot, vendors: requested });
    try {
      const env = cleanEnvironment({
        PATCHBAY_MOCK_URLS: JSON.stringify(mocks.urls),
        PATCHBAY_CONSUMER_CONNECT: withConnect ? "1" : "0",
      });
      for (const [name, script] of [
        ["ESM import: createClient + connect()", "esm.mjs"],
        ["CommonJS require: createClient + connect()", "cjs.cjs"],
      ] as const) {
        await check(withConnect ? name : name.replace(" + connect()", ""), async () => {
          const result = await mustRun(process.execPath, [script], {
            cwd: dir,
            env,
            killAfterMs: workLimitMs({ process: 1 }),
          });
          return result.output.trim().split("\n").at(-1) ?? "";
        });
      }
    } finally {
      await mocks.close();
    }

    if (withMsw) {
      step("vitest with @patchbay/datagrid/msw");
      await check("vitest: @patchbay/datagrid/msw handlers and overrides", async () => {
        const result = await mustRun(
          process.execPath,
          [join("node_modules", "vitest", "vitest.mjs"), "run", "msw.test.ts"],
          { cwd: dir, env: cleanEnvironment(), killAfterMs: workLimitMs({ process: 1 }) },
        );
        return result.output.match(/Tests\s+(\d+ passed[^\n]*)/)?.[1]?.trim() ?? "passed";
      });
    }

    step("tsc --noEmit under node16 and bundler");
    const compiled = await Promise.all(
      (["node16", "bundler"] as ModuleResolution[]).map((mode) =>
        measure(
          mode === "node16"
            ? "TypeScript, module node16 / moduleResolution node16 (.ts as ESM, .cts as CJS)"
            : "TypeScript, module esnext / moduleResolution bundler",
          async () => {
            await mustRun(
              process.execPath,
              [join("node_modules", "typescript", "bin", "tsc"), "-p", `tsconfig.${mode}.json`],
              { cwd: dir, env: cleanEnvironment(), killAfterMs: workLimitMs({ typeCheck: 1 }) },
            );
            return "no errors";
          },
        ),
      ),
    );
    checks.push(...compiled);
    return finish();
  } finally {
    if (!options.keep) rmSync(dir, { recursive: true, force: true });
  }

  function finish(): ConsumerTestResult {
    return { dir, checks, connect: withConnect, seconds: (performance.now() - started) / 1000 };
  }
}

/**
 * Writes the project; returns whether it has the MSW user (`msw.test.ts`, where
 * @patchbay/datagrid is packed: msw and vitest are then installed beside it).
 */
function writeProject(
  dir: string,
  packages: readonly PackedPackage[],
  withConnect: boolean,
): boolean {
  mkdirSync(join(dir, "tarballs"));
  for (const pkg of packages)
    copyFileSync(pkg.tarball, join(dir, "tarballs", basename(pkg.tarball)));
  const withMsw = packages.some((pkg) => pkg.name === "@patchbay/datagrid");
  const typescript = workspaceVersion("typescript");
  const versions = withMsw
    ? { typescript, msw: workspaceVersion("msw"), vitest: workspaceVersion("vitest") }
    : { typescript };
  writeFileSync(join(dir, "package.json"), renderConsumerPackageJson(packages, versions));
  const sources = ["esm.mjs", "cjs.cjs", "credentials.cjs", "clients.ts", "clients.cts"];
  if (withConnect) sources.push("connect.ts", "connect.cts");
  if (withMsw) sources.push("msw.test.ts");
  for (const file of sources) copyFileSync(join(fixturesDir, file), join(dir, file));
  // the MSW user is run by vitest, not compiled by tsc: vitest's and msw's own declarations are
  // not what is under test (skipLibCheck is off there)
  const typed = sources.filter((file) => /\.c?ts$/.test(file) && !file.endsWith(".test.ts"));
  for (const mode of ["node16", "bundler"] as const) {
    writeFileSync(join(dir, `tsconfig.${mode}.json`), renderConsumerTsconfig(mode, typed));
  }
  return withMsw;
}

/** The version of `name` the workspace has installed (msw and vitest: the runtime's). */
function workspaceVersion(name: string): string {
  for (const base of [workspaceRoot, join(workspaceRoot, "packages", "runtime")]) {
    const path = join(base, "node_modules", name, "package.json");
    if (existsSync(path)) return JSON.parse(readFileSync(path, "utf8")).version as string;
  }
  throw new Error(`the workspace has no ${name} installed`);
}

/**
 * `requests.json`: for each packed vendor package, its sidecar's create-connection operation and
 * the input its document's examples give (what the ESM and CommonJS callers send to the mocks).
 * Returns the vendors it names.
 */
async function writeRequests(
  dir: string,
  packages: readonly PackedPackage[],
  root: string,
): Promise<string[]> {
  const packed = new Set(packages.map((pkg) => pkg.name));
  const requests: Record<string, unknown> = {};
  for (const file of listDocuments(root)) {
    const vendor = vendorOfDocument(file) as string;
    if (!packed.has(`@patchbay/${vendor}`)) continue;
    const create = await createConnectionExample(vendor, root);
    if (create) requests[vendor] = { method: create.method, path: create.path, init: create.input };
  }
  writeFileSync(
    join(dir, "requests.json"),
    `${JSON.stringify(requests, null, 2)}
`,
  );
  return Object.keys(requests);
}

/** Proof that npm took each @patchbay/* package from its tarball: the lockfile's `resolved`. */
export function installedFrom(dir: string, packages: readonly PackedPackage[]): string {
  const lock = JSON.parse(readFileSync(join(dir, "package-lock.json"), "utf8")) as {
    packages: Record<string, { resolved?: string; version?: string; link?: boolean }>;
  };
  const problems: string[] = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    const name = path.replace(/^.*node_modules\//, "");
    if (!name.startsWith("@patchbay/")) continue;
    if (entry.link || !entry.resolved?.startsWith("file:")) {
      problems.push(`${path} resolved to ${entry.resolved ?? (entry.link ? "a link" : "?")}`);
    }
  }
  if (problems.length > 0) throw new Error(`not from the tarballs: ${problems.join("; ")}`);
  const nested = Object.keys(lock.packages).filter((path) =>
    /node_modules\/.+\/node_modules\/@patchbay\//.test(path),
  );
  return `${packages.length} @patchbay/* packages from file: tarballs${nested.length > 0 ? `, ${nested.length} nested copies` : ", one copy each"}`;
}
