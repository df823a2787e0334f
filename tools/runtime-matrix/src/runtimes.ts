// The runtimes of the matrix: where each binary is (the pinned packages of
// @patchbay/runtime-binaries, miniflare's workerd, and the Node running this), its version, and
// how it runs the program in the consumer project.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { cleanEnvironment } from "@patchbay/common/run";
import type { CheckResults, ProgramConfig } from "./program-types.ts";
import { runOnWorkerd } from "./workerd.ts";

export type { CheckResults, ProgramConfig } from "./program-types.ts";

export interface Runtime {
  /** `Node 22`, `Bun`...: the table's row and the vitest test's name. */
  name: string;
  version: string;
  /** Checks this runtime cannot have, and why: n/a cells, not tests. */
  lacks?: Record<string, string>;
  run(projectDir: string, config: ProgramConfig): Promise<CheckResults>;
}

const fromMatrix = createRequire(import.meta.url);
const binaries = dirname(fromMatrix.resolve("@patchbay/runtime-binaries/package.json"));
const fromBinaries = createRequire(join(binaries, "package.json"));
/**
 * Directory and version of a package of @patchbay/runtime-binaries; `dir` is undefined where it
 * is not installed (its optional dependencies are Linux x64 only).
 */
const binaryPackage = (name: string): { dir?: string; version: string } => {
  try {
    const manifest = fromBinaries.resolve(`${name}/package.json`);
    return { dir: dirname(manifest), version: readJson(manifest).version as string };
  } catch {
    return { version: `${name} not installed` };
  }
};
/** `dir/...path`, or an error saying the package is missing and why. */
const binaryIn = (pkg: { dir?: string; version: string }, ...path: string[]) => {
  if (!pkg.dir) throw new Error(`${pkg.version} (tools/runtime-binaries ships Linux x64 binaries)`);
  return join(pkg.dir, ...path);
};
const readJson = (file: string) => JSON.parse(readFileSync(file, "utf8"));

/** The runtimes, in the table's order. */
export function runtimes(): Runtime[] {
  const node22 = binaryPackage("node22");
  const node24 = binaryPackage("node24");
  const bun = binaryPackage("@oven/bun-linux-x64");
  const deno = binaryPackage("@deno/linux-x64-glibc");
  const fromMiniflare = createRequire(fromMatrix.resolve("miniflare"));
  const workerd = readJson(fromMiniflare.resolve("workerd/package.json")).version as string;
  const miniflare = readJson(fromMatrix.resolve("miniflare/package.json")).version as string;
  const major = process.versions.node.split(".")[0];
  // (named apart from a pinned Node of the same major, should the workspace's be 22 or 24)
  const workspaceNode = ["22", "24"].includes(major ?? "")
    ? `Node ${major} (workspace)`
    : `Node ${major}`;
  return [
    processRuntime(workspaceNode, process.versions.node, () => [process.execPath, "main.mjs"]),
    processRuntime("Node 22", node22.version, () => [binaryIn(node22, "bin", "node"), "main.mjs"]),
    processRuntime("Node 24", node24.version, () => [binaryIn(node24, "bin", "node"), "main.mjs"]),
    processRuntime("Bun", bun.version, () => [binaryIn(bun, "bin", "bun"), "main.mjs"]),
    // No --allow-env: a Deno app that grants none must still work with options alone.
    processRuntime("Deno", deno.version, (dir) => [
      binaryIn(deno, "deno"),
      "run",
      "--no-prompt",
      "--no-lock",
      "--allow-net=127.0.0.1",
      `--allow-read=${dir}`,
      "main.mjs",
    ]),
    {
      name: "workerd",
      version: `${workerd}, miniflare ${miniflare}`,
      lacks: {
        "require (CJS)": "workerd has no require",
        "nodeTransport via Prism": "workerd has no node:http",
      },
      run: (dir, config) => runOnWorkerd(dir, config),
    },
  ];
}

/** How long one runtime may take; the program itself needs about 2 s. */
const runTimeoutMs = 60_000;

function processRuntime(
  name: string,
  version: string,
  command: (dir: string) => string[],
): Runtime {
  return {
    name,
    version,
    run: async (dir, config) => {
      const [binary = "", ...args] = command(dir);
      return runProgram(name, binary, [...args, JSON.stringify(config)], dir);
    },
  };
}

/** Runs the program and reads its `MATRIX_RESULT` line; fails naming the runtime otherwise. */
function runProgram(name: string, binary: string, args: string[], cwd: string) {
  return new Promise<CheckResults>((resolve, reject) => {
    const child = spawn(binary, args, {
      cwd,
      stdio: ["ignore", "pipe", "pipe"],
      // Deno's and Bun's caches stay in the temporary project, deleted with it.
      env: cleanEnvironment({
        NO_COLOR: "1",
        DO_NOT_TRACK: "1",
        DENO_NO_UPDATE_CHECK: "1",
        DENO_DIR: join(cwd, ".deno"),
        BUN_RUNTIME_TRANSPILER_CACHE_PATH: "0",
      }),
    });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), runTimeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(new Error(`${name}: could not start ${binary}: ${error.message}`));
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const line = output.split("\n").find((text) => text.startsWith("MATRIX_RESULT "));
      if (line) return resolve(JSON.parse(line.slice("MATRIX_RESULT ".length)));
      const tail = output.trim().split("\n").slice(-12).join("\n");
      const end =
        signal === "SIGKILL" ? `was killed after ${runTimeoutMs / 1000} s` : `exited ${code}`;
      reject(new Error(`${name} ${end} without a result:\n${tail}`));
    });
  });
}
