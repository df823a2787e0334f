// Runs the release dry run's commands. Asynchronous on purpose: the Prism mocks the consumer
// scripts call live in this process, and a synchronous spawn would leave them unable to answer.
import { spawn } from "node:child_process";

export interface CommandResult {
  code: number | null;
  output: string;
  seconds: number;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Echo the command's output as it comes (the CLI); tests only keep it. */
  echo?: boolean;
}

/**
 * The environment a fresh shell would give these commands: without what the surrounding pnpm,
 * turbo and vitest set (npm_config_* would reconfigure the consumer's plain npm, TURBO_HASH and
 * friends the nested turbo). Remote cache settings and telemetry opt-out are kept.
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

export function runCommand(
  command: string,
  args: readonly string[],
  options: RunOptions,
): Promise<CommandResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? cleanEnvironment(),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const collect = (chunk: Buffer) => {
      output += chunk;
      if (options.echo) process.stderr.write(chunk);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.on("error", reject);
    child.on("close", (code) =>
      resolve({ code, output, seconds: (performance.now() - started) / 1000 }),
    );
  });
}

/** Runs a command and throws with its output when it fails. */
export async function mustRun(
  command: string,
  args: readonly string[],
  options: RunOptions,
): Promise<CommandResult> {
  const result = await runCommand(command, args, options);
  if (result.code !== 0) {
    throw new Error(
      `\`${[command, ...args].join(" ")}\` failed (exit ${result.code}) in ${options.cwd}:\n${result.output.trim().split("\n").slice(-40).join("\n")}`,
    );
  }
  return result;
}
