// The child process of the generation-scaling measurement (run with tsx, as `pnpm generate` is):
// generates every document under `<root>/specs` into `<root>/packages` and prints one JSON line
// with the wall and CPU time of the `generate()` call and the process's peak resident memory.
import { generate } from "@patchbay/generator/generate";

export interface GenerationRun {
  ok: boolean;
  wallMs: number;
  cpuMs: number;
  maxRssMiB: number;
  filesWritten: number;
  error?: string;
}

const root = process.argv[2];
if (!root) throw new Error("usage: generate-child.ts <root>");
const cpu = process.cpuUsage();
const started = process.hrtime.bigint();
let run: Omit<GenerationRun, "wallMs" | "cpuMs" | "maxRssMiB">;
try {
  const result = await generate({ root });
  run = { ok: true, filesWritten: result.changed.length };
} catch (error) {
  run = { ok: false, filesWritten: 0, error: (error as Error).message.slice(0, 500) };
}
const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
const { user, system } = process.cpuUsage(cpu);
// maxRSS is in KiB.
const maxRssMiB = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ ...run, wallMs, cpuMs: (user + system) / 1000, maxRssMiB }));
