// The child process of the generation measurements (run with tsx, as `pnpm generate` is):
// `generate({ root, vendors, check })` of the documents under `<root>/specs` (every one, or those
// named), writing into `<root>/packages` or, with --check, only comparing with it (as CI's
// `pnpm generate` does), and prints one JSON line with the wall and CPU time of the `generate()`
// call, the operations generated and the process's peak resident memory.
import { generate } from "@patchbay/generator/generate";

export interface GenerationRun {
  ok: boolean;
  wallMs: number;
  cpuMs: number;
  maxRssMiB: number;
  /** Files written (with --check: files that differ from what is on disk). */
  filesWritten: number;
  /** Operations of the documents generated (older results have none). */
  operations?: number;
  error?: string;
}

const [root, ...rest] = process.argv.slice(2);
if (!root) throw new Error("usage: generate-child.ts <root> [--check] [vendor...]");
const check = rest.includes("--check");
const vendors = rest.filter((arg) => arg !== "--check");
const cpu = process.cpuUsage();
const started = process.hrtime.bigint();
let run: Omit<GenerationRun, "wallMs" | "cpuMs" | "maxRssMiB">;
try {
  const result = await generate({ root, vendors, check });
  run = {
    ok: true,
    filesWritten: result.changed.length,
    operations: result.vendors.reduce((sum, vendor) => sum + vendor.model.operations.length, 0),
  };
} catch (error) {
  run = { ok: false, filesWritten: 0, error: (error as Error).message.slice(0, 500) };
}
const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
const { user, system } = process.cpuUsage(cpu);
// maxRSS is in KiB.
const maxRssMiB = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ ...run, wallMs, cpuMs: (user + system) / 1000, maxRssMiB }));
