import { spawnSync } from "node:child_process";

export interface TimedRun {
  ok: boolean;
  seconds: number;
  /** Peak resident memory of the command and its children, from GNU time (`/usr/bin/time -v`). */
  peakMb?: number;
  output: string;
}

/** Runs a command under `/usr/bin/time -v`, keeping its output and its wall time and peak memory. */
export function timed(command: string, args: string[], cwd: string): TimedRun {
  const started = performance.now();
  const result = spawnSync("/usr/bin/time", ["-v", command, ...args], {
    cwd,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", FORCE_COLOR: "0" },
  });
  const seconds = (performance.now() - started) / 1000;
  const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr ?? "");
  return {
    ok: result.status === 0,
    seconds,
    ...(peak ? { peakMb: Math.round(Number(peak[1]) / 1024) } : {}),
    output: `${result.stdout ?? ""}${(result.stderr ?? "").replace(/\tCommand being timed[\s\S]*$/, "")}`,
  };
}
