// The one way the tools and their tests run a command: no shell, output collected (stdout, stderr
// and both interleaved), optionally echoed, and optionally a bound after which the command and
// everything it started are killed (a hang, or a socket or timer that keeps a process alive, then
// fails the test instead of the run). Asynchronous on purpose: the Prism mocks the release's
// consumer scripts call live in the calling process, and a synchronous spawn would block them.
import { spawn } from "node:child_process";

export interface ProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr as they came, interleaved. */
  output: string;
  elapsedMs: number;
}

export interface RunOptions {
  cwd?: string;
  /** The whole environment (default: this process's; `cleanEnvironment()` for a fresh shell's). */
  env?: NodeJS.ProcessEnv;
  /** Kill the command's process group (tsx starts a second process) after this many ms. */
  killAfterMs?: number;
  /** Echo the command's output to stderr as it comes (a CLI); tests only keep it. */
  echo?: boolean;
}

export interface BoundedResult extends ProcessResult {
  /** Whether it was still running at `killAfterMs` and was killed. */
  timedOut: boolean;
}

/** Runs `command` to completion, collecting its output. */
export function run(
  command: string,
  args: readonly string[],
  options: RunOptions & { killAfterMs: number },
): Promise<BoundedResult>;
export function run(
  command: string,
  args: readonly string[],
  options?: RunOptions,
): Promise<ProcessResult>;
export function run(
  command: string,
  args: readonly string[],
  { cwd, env, killAfterMs, echo }: RunOptions = {},
): Promise<BoundedResult> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd,
      env: env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
      // its own process group, so that a kill reaches the processes it started
      detached: killAfterMs !== undefined,
    });
    let stdout = "";
    let stderr = "";
    let output = "";
    let timedOut = false;
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk;
      output += chunk;
      if (echo) process.stderr.write(chunk);
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk;
      output += chunk;
      if (echo) process.stderr.write(chunk);
    });
    const timer =
      killAfterMs === undefined
        ? undefined
        : setTimeout(() => {
            // After a busy spell of this process, the timer and the child's exit can fall due
            // together; timers run first, so let pending I/O (the exit) land before calling the
            // child hung.
            setImmediate(() => {
              if (child.exitCode !== null || child.signalCode !== null) return;
              timedOut = true;
              if (child.pid) process.kill(-child.pid, "SIGKILL");
            });
          }, killAfterMs);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      const elapsedMs = performance.now() - started;
      resolvePromise({ code, stdout, stderr, output, timedOut, elapsedMs });
    });
  });
}

/** Runs a command and throws with the end of its output when it fails. */
export async function mustRun(
  command: string,
  args: readonly string[],
  options: RunOptions & { cwd: string },
): Promise<ProcessResult> {
  const result: BoundedResult = await run(
    command,
    args,
    options as RunOptions & { killAfterMs: number },
  );
  if (result.timedOut) {
    throw new Error(
      `\`${[command, ...args].join(" ")}\` did not finish within ${Math.round((options.killAfterMs ?? 0) / 1000)} s in ${options.cwd} and was killed:\n${result.output.trim().split("\n").slice(-40).join("\n")}`,
    );
  }
  if (result.code !== 0) {
    throw new Error(
      `\`${[command, ...args].join(" ")}\` failed (exit ${result.code}) in ${options.cwd}:\n${result.output.trim().split("\n").slice(-40).join("\n")}`,
    );
  }
  return result;
}

/**
 * The environment a fresh shell would give a command: without what the surrounding pnpm, turbo
 * and vitest set (npm_config_* would reconfigure a consumer's plain npm, TURBO_HASH and friends a
 * nested turbo). Remote cache settings and telemetry opt-out are kept.
 */
export function cleanEnvironment(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const keptTurbo = new Set(["TURBO_TELEMETRY_DISABLED", "TURBO_API", "TURBO_TEAM", "TURBO_TOKEN"]);
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    const lower = name.toLowerCase();
    if (lower.startsWith("npm_") || lower.startsWith("pnpm_") || name.startsWith("VITEST"))
      continue;
    if (name.startsWith("TURBO_") && !keptTurbo.has(name)) continue;
    if (name === "NODE_ENV" || name === "INIT_CWD" || name === "NODE_OPTIONS") continue;
    env[name] = value;
  }
  return { ...env, ...extra };
}
