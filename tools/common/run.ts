// The one way tests run a command: no shell, output collected, and optionally a bound after which
// the command and everything it started are killed (a hang, or a socket or timer that keeps a
// process alive, then fails the test instead of the run).
import { spawn } from "node:child_process";

export interface ProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  /** The whole environment (default: this process's). */
  env?: NodeJS.ProcessEnv;
  /** Kill the command's process group (tsx starts a second process) after this many ms. */
  killAfterMs?: number;
}

export interface BoundedResult extends ProcessResult {
  /** Whether it was still running at `killAfterMs` and was killed. */
  timedOut: boolean;
  elapsedMs: number;
}

/** Runs `command` to completion, collecting its output. */
export function run(
  command: string,
  args: string[],
  options: RunOptions & { killAfterMs: number },
): Promise<BoundedResult>;
export function run(command: string, args: string[], options?: RunOptions): Promise<ProcessResult>;
export function run(
  command: string,
  args: string[],
  { cwd, env, killAfterMs }: RunOptions = {},
): Promise<BoundedResult> {
  return new Promise((resolvePromise, reject) => {
    const started = Date.now();
    const child = spawn(command, args, {
      cwd,
      env: env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
      // its own process group, so that a kill reaches the processes it started
      detached: killAfterMs !== undefined,
    });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
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
      resolvePromise({ code, stdout, stderr, timedOut, elapsedMs: Date.now() - started });
    });
  });
}
